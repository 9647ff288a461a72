namespace InterviewBot.Core.Coaching;

/// <summary>Where the expectation the recruiter recorded lies against the role's salary budget.</summary>
public enum BudgetFit { Within, Above, Below, NotComparable }

/// <summary>The fit and one line for the recruiter's cards, naming both figures as they were written.</summary>
public sealed record BudgetFlag(BudgetFit Fit, string Text)
{
    /// <summary>Worth showing: outside the budget, or not comparable. Within the budget needs no flag.</summary>
    public bool Raised => Fit != BudgetFit.Within;
}

/// <summary>
/// Compares the role's salary budget with the expectation the recruiter wrote in "Salary discussed"
/// ("shared 85–95k; candidate expects 90k"). Only what the recruiter recorded is read – never the
/// candidate's own coach answers. Amounts are read as the salary coach reads them; months, weeks
/// and years are brought to a year when the currency matches; currencies are never converted, and
/// gross is never set against net: those say "not comparable" instead.
/// </summary>
public static class BudgetCheck
{
    // Amounts more than this far apart, one side without a period, are most likely a month against a year.
    private const decimal PeriodGap = 6m;

    public static BudgetFlag? Compare(string? budget, string? discussed)
    {
        if (string.IsNullOrWhiteSpace(budget) || string.IsNullOrWhiteSpace(discussed)) return null;
        var range = SalaryCoach.Span(budget);
        var expected = SalaryDiscussed.Expectation(discussed);
        if (range is null || expected is null) return null;

        var said = $"Expects {expected}, budget {range}";
        if (range.Currency is { } a && expected.Currency is { } b && a != b)
            return NotComparable(said, $"{b} against {a}; currencies are not converted");
        if (range.Basis is { } gross && expected.Basis is { } net && gross != net)
            return NotComparable(said, $"{net} against {gross}");

        if (range.Period != expected.Period && range.Period is not null && expected.Period is not null)
        {
            if (SalarySpan.PerYear(range.Period) is not { } budgetYear || SalarySpan.PerYear(expected.Period) is not { } expectedYear)
                return NotComparable(said, $"per {expected.Period} against per {range.Period}");
            (range, expected) = (range.Times(budgetYear), expected.Times(expectedYear));
            // The figures as written, then what they come to in a year, so the recruiter can check the sum.
            said += $" (a year: {expected.Amount()} against {range.Amount()})";
        }
        else if ((range.Period is null || expected.Period is null) && LooksLikeAnotherPeriod(range, expected))
        {
            return NotComparable(said, "one of them looks per month, the other per year – say which");
        }

        if (expected.Low > range.High) return new BudgetFlag(BudgetFit.Above, $"{said}: above the budget.");
        if (expected.High < range.Low) return new BudgetFlag(BudgetFit.Below, $"{said}: below the budget.");
        return new BudgetFlag(BudgetFit.Within, $"{said}: within the budget.");
    }

    private static BudgetFlag NotComparable(string said, string why) => new(BudgetFit.NotComparable, $"{said}: not comparable ({why}).");

    private static bool LooksLikeAnotherPeriod(SalarySpan budget, SalarySpan expected)
    {
        var (b, e) = (Typical(budget), Typical(expected));
        return b > 0 && e > 0 && (b / e >= PeriodGap || e / b >= PeriodGap);
    }

    private static decimal Typical(SalarySpan span) => span.High == decimal.MaxValue ? span.Low : span.Low == 0 ? span.High : (span.Low + span.High) / 2;
}
