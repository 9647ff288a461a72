namespace InterviewBot.Core.Coaching;

/// <summary>
/// What the salary coach found in a candidate's answer. <see cref="Amounts"/> are the figures of
/// the expectation as typed (both ends of a range, or the one figure), in whole currency units;
/// <see cref="Currency"/> is an ISO code ("EUR") when the answer names one; <see cref="Number"/> is
/// the single figure to say (the figure itself, or for a range the suggested one); <see cref="Period"/>
/// is "year", "month", "week", "day" or "hour" when the answer says so; <see cref="Basis"/> is
/// "gross" or "net" when it says so; <see cref="Bonus"/> is a bonus named next to the base ("10%",
/// "10,000"), kept apart so that it is never read as the salary.
/// </summary>
public sealed record SalaryAssessment(
    bool IsRange,
    IReadOnlyList<decimal> Amounts,
    string? Currency,
    decimal? Number,
    string Advice,
    string? Period = null,
    string? Basis = null,
    string? Bonus = null);
