namespace InterviewBot.Core.Domain;

/// <summary>
/// Lifecycle of a phone screen: scheduled → held → decision pending → feedback sent → closed,
/// with cancelled and no-show as exits. Transitions are checked by <see cref="InterviewLifecycle"/>.
/// </summary>
public enum InterviewStatus
{
    Scheduled,
    Held,
    DecisionPending,
    FeedbackSent,
    Closed,
    Cancelled,
    NoShow,
}

public static class InterviewLifecycle
{
    private static readonly Dictionary<InterviewStatus, InterviewStatus[]> Allowed = new()
    {
        [InterviewStatus.Scheduled] = [InterviewStatus.Held, InterviewStatus.Cancelled, InterviewStatus.NoShow],
        [InterviewStatus.Held] = [InterviewStatus.DecisionPending, InterviewStatus.FeedbackSent, InterviewStatus.Closed],
        [InterviewStatus.DecisionPending] = [InterviewStatus.FeedbackSent, InterviewStatus.Closed],
        [InterviewStatus.FeedbackSent] = [InterviewStatus.Closed],
        [InterviewStatus.NoShow] = [InterviewStatus.Scheduled, InterviewStatus.Closed],
        [InterviewStatus.Cancelled] = [InterviewStatus.Scheduled],
        [InterviewStatus.Closed] = [],
    };

    public static bool CanMove(InterviewStatus from, InterviewStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<InterviewStatus> NextFrom(InterviewStatus from) => Allowed[from];

    public static string Describe(this InterviewStatus status) => status switch
    {
        InterviewStatus.Scheduled => "scheduled",
        InterviewStatus.Held => "held",
        InterviewStatus.DecisionPending => "decision pending",
        InterviewStatus.FeedbackSent => "feedback sent",
        InterviewStatus.Closed => "closed",
        InterviewStatus.Cancelled => "cancelled",
        InterviewStatus.NoShow => "no-show",
        _ => status.ToString(),
    };

    public static bool TryParse(string? text, out InterviewStatus status)
    {
        var key = (text ?? "").Trim().Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        status = default;
        // Names only: Enum.TryParse would also take "3" as the fourth status.
        return key.Length > 0 && key.All(char.IsAsciiLetter) && Enum.TryParse(key, ignoreCase: true, out status);
    }
}
