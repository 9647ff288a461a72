using InterviewBot.Core.Coaching;

namespace InterviewBot.Core.Tests.Coaching;

/// <summary>
/// The recruiter's budget against the expectation the recruiter wrote down ("Salary discussed"):
/// amounts read as the salary coach reads them, months and years brought to one period, and
/// different currencies never converted.
/// </summary>
public class BudgetCheckTests
{
    [Theory]
    [InlineData("4,500–5,500", "expects 6,200", BudgetFit.Above)]
    [InlineData("85,000–95,000 EUR gross a year", "shared 85–95k; candidate expects 90k", BudgetFit.Within)]
    [InlineData("85,000–95,000 EUR gross a year", "shared 85–95k; candidate expects 110k", BudgetFit.Above)]
    [InlineData("85,000–95,000 EUR", "candidate expects 70k EUR", BudgetFit.Below)]
    [InlineData("85-95k", "wants somewhere in the 70s", BudgetFit.Below)]
    [InlineData("85-95k", "mid-90s", BudgetFit.Within)]
    [InlineData("85-95k", "candidate asks 90k, maybe 100k", BudgetFit.Within)]
    [InlineData("60k", "asks 75k", BudgetFit.Above)]
    [InlineData("up to 95k", "expects 99k", BudgetFit.Above)]
    [InlineData("up to 95k", "expects 50k", BudgetFit.Within)]
    [InlineData("80-90k", "currently earns 85k, wants 100k", BudgetFit.Above)]
    [InlineData("80-90k", "told them our range 80-90k; they want at least 95k", BudgetFit.Above)]
    public void An_expectation_outside_the_budget_is_flagged_and_one_inside_is_not(string budget, string discussed, BudgetFit fit) =>
        Assert.Equal(fit, BudgetCheck.Compare(budget, discussed)!.Fit);

    [Theory]
    [InlineData("5,000–6,000 EUR a month", "expects 80k EUR a year", BudgetFit.Above)]
    [InlineData("5,000–6,000 EUR a month", "expects 66k EUR a year", BudgetFit.Within)]
    [InlineData("85,000–95,000 EUR a year", "expects 7,500 EUR monthly", BudgetFit.Within)]
    [InlineData("85,000–95,000 EUR a year", "expects 9,000 EUR per month", BudgetFit.Above)]
    public void Months_and_years_are_compared_in_the_same_currency(string budget, string discussed, BudgetFit fit) =>
        Assert.Equal(fit, BudgetCheck.Compare(budget, discussed)!.Fit);

    [Theory]
    [InlineData("85,000–95,000 EUR", "expects 120k USD")]
    [InlineData("€85-95k", "wants £80k")]
    [InlineData("85,000–95,000 EUR a year", "expects 60 EUR an hour")]
    [InlineData("4,500-5,500 EUR net a month", "expects 6,000 EUR gross a month")]
    public void Different_currencies_periods_that_do_not_convert_or_gross_against_net_are_not_comparable(string budget, string discussed)
    {
        var check = BudgetCheck.Compare(budget, discussed)!;
        Assert.Equal(BudgetFit.NotComparable, check.Fit);
        Assert.Contains("not comparable", check.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void After_bringing_months_to_a_year_the_flag_shows_the_sum_next_to_the_figures_as_written()
    {
        var check = BudgetCheck.Compare("5,000–6,000 EUR a month", "expects 80k EUR a year")!;
        Assert.Contains("Expects 80,000 EUR per year, budget 5,000–6,000 EUR per month", check.Text, StringComparison.Ordinal);
        Assert.Contains("a year: 80,000 against 60,000–72,000", check.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_side_without_a_period_that_looks_monthly_against_a_yearly_one_is_not_compared_as_if_it_were_yearly()
    {
        var check = BudgetCheck.Compare("85-95k EUR", "expects 7,500 EUR")!;
        Assert.Equal(BudgetFit.NotComparable, check.Fit);
        Assert.Contains("per month", check.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_flag_names_the_expectation_and_the_budget_without_converting_them()
    {
        var check = BudgetCheck.Compare("4,500–5,500", "expects 6,200")!;
        Assert.Contains("6,200", check.Text, StringComparison.Ordinal);
        Assert.Contains("4,500", check.Text, StringComparison.Ordinal);
        Assert.Contains("5,500", check.Text, StringComparison.Ordinal);
        Assert.Contains("above", check.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "expects 90k")]
    [InlineData("85-95k", null)]
    [InlineData("competitive", "expects 90k")]
    [InlineData("85-95k", "open to discussion")]
    [InlineData("85-95k", "shared our range 85-95k, candidate did not say")]
    [InlineData("85-95k", "6 figures")]
    public void Without_a_number_on_both_sides_there_is_nothing_to_compare(string? budget, string? discussed) =>
        Assert.Null(BudgetCheck.Compare(budget, discussed));
}
