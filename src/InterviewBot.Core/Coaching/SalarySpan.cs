namespace InterviewBot.Core.Coaching;

/// <summary>
/// A salary as a span from <see cref="Low"/> to <see cref="High"/> (the same for one figure; 0 for
/// "up to", <see cref="decimal.MaxValue"/> for "at least"), with what the text said about it.
/// </summary>
internal sealed record SalarySpan(decimal Low, decimal High, string? Currency, string? Period, string? Basis)
{
    /// <summary>How many of a period make a year; hours and days have none, because working time differs.</summary>
    public static decimal? PerYear(string? period) => period switch
    {
        "year" => 1m,
        "month" => 12m,
        "week" => 52m,
        _ => null,
    };

    public SalarySpan Times(decimal factor) =>
        this with { Low = Low * factor, High = High == decimal.MaxValue ? High : High * factor };

    /// <summary>"6,200", "90,000–100,000 EUR per month", "at least 95,000", "up to 95,000 EUR".</summary>
    public override string ToString() =>
        Amount() + (Currency is null ? "" : " " + Currency) + (Basis is null ? "" : " " + Basis) + (Period is null ? "" : " per " + Period);

    /// <summary>The figures alone: "6,200", "85,000–95,000", "at least 95,000", "up to 95,000".</summary>
    public string Amount() => (Low, High) switch
    {
        var (l, h) when h == decimal.MaxValue => $"at least {SalaryAdvice.Amount(l)}",
        var (l, h) when l == 0 => $"up to {SalaryAdvice.Amount(h)}",
        var (l, h) when l == h => SalaryAdvice.Amount(l),
        var (l, h) => $"{SalaryAdvice.Amount(l)}–{SalaryAdvice.Amount(h)}",
    };
}
