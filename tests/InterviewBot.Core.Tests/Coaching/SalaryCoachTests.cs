using InterviewBot.Core.Coaching;

namespace InterviewBot.Core.Tests.Coaching;

public class SalaryCoachTests
{
    private readonly SalaryCoach _coach = new();

    // ---- the four examples in the issue ----

    [Theory]
    [InlineData("2,000–3,000", 2000, 3000, null)]
    [InlineData("between 4k and 5k", 4000, 5000, null)]
    [InlineData("100-120k", 100000, 120000, null)]
    [InlineData("from 5000 up to 6000 USD", 5000, 6000, "USD")]
    public void The_issue_examples_are_ranges_coached_towards_one_number(string answer, int low, int high, string? currency)
    {
        var assessment = _coach.Assess(answer);
        Assert.True(assessment.IsRange);
        Assert.Equal([(decimal)low, high], assessment.Amounts);
        Assert.Equal(currency, assessment.Currency);
        Assert.Equal(high, assessment.Number);
        Assert.Contains("range", assessment.Advice, StringComparison.Ordinal);
        Assert.Contains(high.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture), assessment.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Range_advice_explains_why_one_number_beats_a_range()
    {
        var advice = _coach.Assess("between 4k and 5k").Advice;
        Assert.Contains("lowest figure", advice, StringComparison.Ordinal);
        Assert.Contains("top of your range", advice, StringComparison.Ordinal);
    }

    // ---- parsing ----

    [Theory]
    [InlineData("80,000", 80000)]
    [InlineData("80.000", 80000)]
    [InlineData("80 000", 80000)]
    [InlineData("80\u00A0000", 80000)]
    [InlineData("80'000", 80000)]
    [InlineData("92.5k", 92500)]
    [InlineData("4,2k", 4200)]
    [InlineData("80K", 80000)]
    [InlineData("80 thousand", 80000)]
    [InlineData("80 grand", 80000)]
    [InlineData("1.2m", 1200000)]
    [InlineData("1.2 mio", 1200000)]
    [InlineData("1.2 million", 1200000)]
    [InlineData("20 lakh", 2000000)]
    [InlineData("seventy-two thousand", 72000)]
    [InlineData("a hundred and twenty thousand", 120000)]
    public void A_single_figure_is_read_however_it_is_written(string answer, int value)
    {
        var assessment = _coach.Assess(answer);
        Assert.False(assessment.IsRange);
        Assert.Equal([(decimal)value], assessment.Amounts);
        Assert.Equal(value, assessment.Number);
    }

    [Theory]
    [InlineData("$80k", "USD")]
    [InlineData("80k $", "USD")]
    [InlineData("€80k", "EUR")]
    [InlineData("80.000 €", "EUR")]
    [InlineData("£80k", "GBP")]
    [InlineData("\u20B920 lakh", "INR")]
    [InlineData("\u00A56,000,000", "JPY")]
    [InlineData("CHF 80'000", "CHF")]
    [InlineData("80k usd", "USD")]
    [InlineData("80k EUR", "EUR")]
    [InlineData("7500 PLN", "PLN")]
    [InlineData("7500 z\u0142", "PLN")]
    [InlineData("80 thousand dollars", "USD")]
    [InlineData("80 thousand euros", "EUR")]
    [InlineData("80 thousand pounds", "GBP")]
    [InlineData("A$85k", "AUD")]
    [InlineData("80k", null)]
    public void The_currency_is_found_before_or_after_the_figure(string answer, string? currency) =>
        Assert.Equal(currency, _coach.Assess(answer).Currency);

    [Theory]
    [InlineData("80k per year", "year")]
    [InlineData("80k a year", "year")]
    [InlineData("80k p.a.", "year")]
    [InlineData("80k annually", "year")]
    [InlineData("80k/yr", "year")]
    [InlineData("20 LPA", "year")]
    [InlineData("5k per month", "month")]
    [InlineData("5k monthly", "month")]
    [InlineData("5k/month", "month")]
    [InlineData("60 per hour", "hour")]
    [InlineData("60/h", "hour")]
    [InlineData("600 a day", "day")]
    [InlineData("80k", null)]
    public void The_period_is_kept_when_the_answer_gives_it(string answer, string? period) =>
        Assert.Equal(period, _coach.Assess(answer).Period);

    [Theory]
    [InlineData("100-120k", 100000, 120000)]
    [InlineData("100 to 120k", 100000, 120000)]
    [InlineData("1.5-2m", 1500000, 2000000)]
    [InlineData("4.5-5k", 4500, 5000)]
    [InlineData("70–80.000 €", 70000, 80000)]
    [InlineData("5000 up to 6k", 5000, 6000)]
    [InlineData("$85k-$95k", 85000, 95000)]
    [InlineData("80 or 90k", 80000, 90000)]
    [InlineData("5k/6k", 5000, 6000)]
    [InlineData("ninety to a hundred thousand", 90000, 100000)]
    public void A_multiplier_on_the_upper_end_applies_to_both_ends(string answer, int low, int high) =>
        Assert.Equal([(decimal)low, high], _coach.Assess(answer).Amounts);

    // ---- single figures, hedges, no figure ----

    [Fact]
    public void A_single_figure_is_accepted_and_stated_back_plainly()
    {
        var assessment = _coach.Assess("85,000 EUR per year");
        Assert.False(assessment.IsRange);
        Assert.Equal(85000, assessment.Number);
        Assert.Contains("My expectation is 85,000 EUR per year.", assessment.Advice, StringComparison.Ordinal);
        Assert.DoesNotContain("range", assessment.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("80000", "currency")]
    [InlineData("80000 EUR", "per year or per month")]
    public void A_figure_without_currency_or_period_gets_a_tip_to_add_them(string answer, string tip) =>
        Assert.Contains(tip, _coach.Assess(answer).Advice, StringComparison.Ordinal);

    [Theory]
    [InlineData("around 70k EUR", "around")]
    [InlineData("about 70k", "about")]
    [InlineData("~70k", "~")]
    [InlineData("70k-ish", "ish")]
    [InlineData("at least 100k", "at least")]
    [InlineData("100k+", "+")]
    [InlineData("minimum 100k", "minimum")]
    [InlineData("up to 90k", "Up to")]
    public void A_hedge_around_a_single_figure_is_pointed_out(string answer, string hedge)
    {
        var assessment = _coach.Assess(answer);
        Assert.False(assessment.IsRange);
        Assert.NotNull(assessment.Number);
        Assert.Contains($"\u201C{hedge}\u201D", assessment.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I currently make 110k but I'm looking for 130k", 130000)]
    [InlineData("currently at $110k, want $130k", 130000)]
    [InlineData("I have 5 years of experience and want 80k", 80000)]
    [InlineData("80k, and I can start in 2 weeks", 80000)]
    public void Of_several_figures_the_wanted_one_is_taken_and_numbers_that_are_not_pay_are_ignored(string answer, int wanted)
    {
        var assessment = _coach.Assess(answer);
        Assert.False(assessment.IsRange);
        Assert.Equal(wanted, assessment.Number);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("negotiable")]
    [InlineData("it depends on the package")]
    [InlineData("six figures")]
    [InlineData("I can start in 2 weeks")]
    [InlineData("call me on 004915112345678")]
    public void An_answer_without_a_figure_is_asked_for_one(string answer)
    {
        var assessment = _coach.Assess(answer);
        Assert.False(assessment.IsRange);
        Assert.Null(assessment.Number);
        Assert.Empty(assessment.Amounts);
        Assert.Contains("one", assessment.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999999999999999999999999999999 k k k")]
    [InlineData("- - - / + ~")]
    [InlineData("0-0")]
    [InlineData("k 5 m 3 lakh")]
    [InlineData("between and")]
    [InlineData("$$$ €€€")]
    [InlineData("1.2.3.4.5")]
    public void Odd_input_never_breaks_the_coach(string answer) =>
        Assert.False(string.IsNullOrWhiteSpace(_coach.Assess(answer).Advice));

    [Fact]
    public void A_pasted_page_is_read_from_its_start()
    {
        var assessment = _coach.Assess("80k EUR. " + string.Concat(Enumerable.Repeat("I am excited about the role and the team - or so I think. ", 5000)));
        var numbers = _coach.Assess(string.Concat(Enumerable.Repeat("5 - 6k or 7 to 8 and ", 5000)));
        Assert.Equal(80000, assessment.Number);
        Assert.True(numbers.IsRange);
    }

    [Fact]
    public void A_null_answer_is_treated_as_empty() =>
        Assert.Null(_coach.Assess(null!).Number);
}
