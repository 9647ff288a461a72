using System.Globalization;
using InterviewBot.Core.Coaching;

namespace InterviewBot.Core.Tests.Coaching;

/// <summary>
/// One test per salary rule of issue 19: decades, "N figures", hedges that widen a figure into a
/// range, percentages and bonuses, gross and net, and never a number the candidate did not say.
/// </summary>
public class SalaryNormalisingTests
{
    private readonly SalaryCoach _coach = new();

    [Theory]
    [InlineData("somewhere in the 70s", 70000, 80000)]
    [InlineData("in the 40s", 40000, 50000)]
    [InlineData("mid-80s", 83000, 87000)]
    [InlineData("low 60s", 60000, 63000)]
    [InlineData("high 70s", 77000, 80000)]
    [InlineData("upper 90s", 97000, 100000)]
    public void A_decade_is_a_span_in_thousands_and_no_one_number_is_made_up_from_it(string answer, int low, int high)
    {
        var assessment = _coach.Assess(answer);
        Assert.True(assessment.IsRange);
        Assert.Equal([(decimal)low, high], assessment.Amounts);
        Assert.Null(assessment.Number);
        Assert.DoesNotContain("My expectation is 70.", assessment.Advice, StringComparison.Ordinal);
        Assert.Contains(Format(low), assessment.Advice, StringComparison.Ordinal);
        Assert.Contains(Format(high), assessment.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6 figures", "100,000")]
    [InlineData("upper 5 figures", "50,000")]
    [InlineData("low six figures would be great", "100,000")]
    public void N_figures_is_no_number_and_the_coach_says_what_the_other_side_will_hear(string answer, string heard)
    {
        var assessment = _coach.Assess(answer);
        Assert.Null(assessment.Number);
        Assert.Empty(assessment.Amounts);
        Assert.Contains(heard, assessment.Advice, StringComparison.Ordinal);
        Assert.DoesNotContain("My expectation is 6.", assessment.Advice, StringComparison.Ordinal);
        Assert.DoesNotContain("My expectation is 5.", assessment.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("90k, maybe 95k", 90000, 95000)]
    [InlineData("5000 €, maybe 5500", 5000, 5500)]
    [InlineData("$75k or maybe $80k", 75000, 80000)]
    public void A_figure_and_a_maybe_figure_are_a_range_not_one_clear_number(string answer, int low, int high)
    {
        var assessment = _coach.Assess(answer);
        Assert.True(assessment.IsRange);
        Assert.Equal([(decimal)low, high], assessment.Amounts);
        Assert.DoesNotContain("One clear number", assessment.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("flexible, around 70k", 70000, "flexible")]
    [InlineData("60k, I'm flexible", 60000, "flexible")]
    [InlineData("4.5k EUR net monthly, maybe a bit flexible", 4500, "flexible")]
    public void Flexible_next_to_a_figure_keeps_the_figure_and_is_pointed_out(string answer, int figure, string hedge)
    {
        var assessment = _coach.Assess(answer);
        Assert.Equal(figure, assessment.Number);
        Assert.Contains($"\u201C{hedge}\u201D", assessment.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_percentage_is_not_the_salary_and_a_bonus_is_kept_apart_from_the_base()
    {
        var assessment = _coach.Assess("65000 gross per annum, excluding the 10% bonus");
        Assert.False(assessment.IsRange);
        Assert.Equal(65000, assessment.Number);
        Assert.Equal("year", assessment.Period);
        Assert.Equal("gross", assessment.Basis);
        Assert.Equal("10%", assessment.Bonus);
        Assert.Contains("My expectation is 65,000 gross per year", assessment.Advice, StringComparison.Ordinal);
        Assert.Contains("bonus", assessment.Advice, StringComparison.Ordinal);
        Assert.DoesNotContain("10 per year", assessment.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("80k base + 10k bonus, EUR", 80000, "10,000")]
    [InlineData("$85k plus bonus", 85000, null)]
    [InlineData("base 90k EUR, bonus 10%", 90000, "10%")]
    [InlineData("70k + 15% bonus", 70000, "15%")]
    public void The_base_is_the_number_and_a_bonus_is_not_read_as_a_floor(string answer, int baseSalary, string? bonus)
    {
        var assessment = _coach.Assess(answer);
        Assert.False(assessment.IsRange);
        Assert.Equal(baseSalary, assessment.Number);
        Assert.Equal(bonus, assessment.Bonus);
        Assert.DoesNotContain("floor", assessment.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a 20% raise on what I make now")]
    [InlineData("10-15% above my current package")]
    [InlineData("15% more than now")]
    public void A_percentage_alone_gives_no_number(string answer)
    {
        var assessment = _coach.Assess(answer);
        Assert.Null(assessment.Number);
        Assert.Empty(assessment.Amounts);
        Assert.Contains("%", assessment.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7500 PLN net", "net")]
    [InlineData("3000 EUR netto, flexible", "net")]
    [InlineData("52 000 € brutto", "gross")]
    [InlineData("3k € after tax", "net")]
    [InlineData("85k before tax", "gross")]
    [InlineData("85k", null)]
    public void Gross_or_net_is_kept_when_the_answer_says_it(string answer, string? basis) =>
        Assert.Equal(basis, _coach.Assess(answer).Basis);

    [Theory]
    [InlineData("Rs. 18,00,000 per annum", 1800000)]
    [InlineData("24,00,000 INR CTC", 2400000)]
    public void Indian_digit_grouping_is_read_as_lakhs(string answer, int value) =>
        Assert.Equal(value, _coach.Assess(answer).Number);

    [Theory]
    [InlineData("open to discussion")]
    [InlineData("open to negotiation")]
    [InlineData("I'm open, what's the range?")]
    [InlineData("flexible, let's talk about it")]
    public void Open_to_discussion_gives_no_number_and_kind_advice(string answer)
    {
        var assessment = _coach.Assess(answer);
        Assert.Null(assessment.Number);
        Assert.Empty(assessment.Amounts);
        Assert.Contains("one figure", assessment.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("somewhere in the 70s")]
    [InlineData("6 figures")]
    [InlineData("65000 gross per annum, excluding the 10% bonus")]
    [InlineData("90k, maybe 95k")]
    [InlineData("a 20% raise on what I make now")]
    [InlineData("80k base + 10k bonus, EUR")]
    [InlineData("mid-80s")]
    public void The_number_to_say_is_always_one_the_candidate_wrote(string answer)
    {
        var assessment = _coach.Assess(answer);
        if (assessment.Number is { } n) Assert.Contains(n, assessment.Amounts);
        foreach (var said in Quoted(assessment.Advice))
            Assert.True(assessment.Amounts.Any(a => said.Contains(Format(a), StringComparison.Ordinal)) || !said.Any(char.IsDigit), $"\"{said}\" in: {assessment.Advice}");
    }

    private static IEnumerable<string> Quoted(string advice) =>
        advice.Split('\u201C').Skip(1).Select(part => part.Split('\u201D')[0]).Where(q => q.StartsWith("My expectation", StringComparison.Ordinal));

    private static string Format(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
