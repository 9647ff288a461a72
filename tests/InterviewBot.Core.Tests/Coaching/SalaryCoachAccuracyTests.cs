using InterviewBot.Core.Coaching;
using Xunit.Abstractions;

namespace InterviewBot.Core.Tests.Coaching;

/// <summary>
/// Accuracy on the labelled salary answers: the label (range / single / none), the amounts and the
/// currency. salaries-holdout.tsv was written before the coach and not used for tuning; it prints
/// only its totals.
/// </summary>
public class SalaryCoachAccuracyTests(ITestOutputHelper output)
{
    // When set, the coach read 105/105 of the main set on all three counts and the holdout as in
    // the commit note; the floors leave room for one or two deliberate trade-offs. Issue 19 added
    // decades, "N figures", percentages, bonuses and "maybe" ranges to both sets (the holdout part
    // written before the change): then 133/133 and 50/50, and the holdout floor went up to 95 %.
    private const double MainFloor = 0.97;
    private const double HoldoutFloor = 0.95;

    private readonly SalaryCoach _coach = new();

    [Fact]
    public void The_main_set_is_big_enough_and_has_every_label()
    {
        var set = LabelledSalary.Load("salaries.tsv");
        Assert.True(set.Count >= 60, $"only {set.Count} answers");
        Assert.All(new[] { "range", "single", "none" }, label => Assert.Contains(set, s => s.Label == label));
    }

    [Fact]
    public void Labels_amounts_and_currencies_are_right_on_the_main_set()
    {
        var (label, amounts, currency) = Measure("salaries.tsv", showMisses: true);
        Assert.True(label >= MainFloor, $"label accuracy {label:P1}");
        Assert.True(amounts >= MainFloor, $"amount accuracy {amounts:P1}");
        Assert.True(currency >= MainFloor, $"currency accuracy {currency:P1}");
    }

    [Fact]
    public void Labels_amounts_and_currencies_are_right_on_the_held_out_set()
    {
        var (label, amounts, currency) = Measure("salaries-holdout.tsv", showMisses: false);
        Assert.True(label >= HoldoutFloor, $"label accuracy {label:P1}");
        Assert.True(amounts >= HoldoutFloor, $"amount accuracy {amounts:P1}");
        Assert.True(currency >= HoldoutFloor, $"currency accuracy {currency:P1}");
    }

    [Theory]
    [InlineData("salaries.tsv")]
    [InlineData("salaries-holdout.tsv")]
    public void Every_answer_gets_advice_and_a_number_exactly_when_it_has_a_figure(string file)
    {
        foreach (var answer in LabelledSalary.Load(file))
        {
            var assessment = _coach.Assess(answer.Answer);
            Assert.False(string.IsNullOrWhiteSpace(assessment.Advice), answer.Answer);
            // A band said aloud ("the 70s") has amounts but no number: the coach never picks one for them.
            var band = assessment.IsRange && assessment.Number is null;
            Assert.Equal(assessment.Amounts.Count > 0 && !band, assessment.Number is not null);
            if (assessment.IsRange && !band) Assert.Equal(assessment.Amounts.Max(), assessment.Number);
            if (assessment.Number is { } n) Assert.Contains(n.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture), assessment.Advice, StringComparison.Ordinal);
        }
    }

    private (double Label, double Amounts, double Currency) Measure(string file, bool showMisses)
    {
        var set = LabelledSalary.Load(file);
        int label = 0, amounts = 0, currency = 0;
        foreach (var expected in set)
        {
            var actual = _coach.Assess(expected.Answer);
            var actualLabel = actual.IsRange ? "range" : actual.Number is null ? "none" : "single";
            var okLabel = actualLabel == expected.Label;
            var okAmounts = actual.Amounts.SequenceEqual(expected.Amounts);
            var okCurrency = actual.Currency == expected.Currency;
            label += okLabel ? 1 : 0;
            amounts += okAmounts ? 1 : 0;
            currency += okCurrency ? 1 : 0;
            if (showMisses && !(okLabel && okAmounts && okCurrency))
                output.WriteLine($"  miss: \"{expected.Answer}\" read as {actualLabel} [{string.Join(", ", actual.Amounts)}] {actual.Currency ?? "-"}");
        }
        var n = (double)set.Count;
        output.WriteLine($"{file}: label {label}/{set.Count} = {label / n:P1}; amounts {amounts}/{set.Count} = {amounts / n:P1}; currency {currency}/{set.Count} = {currency / n:P1}");
        return (label / n, amounts / n, currency / n);
    }
}
