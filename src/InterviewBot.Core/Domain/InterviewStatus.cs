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

    /// <summary>
    /// Why an interview can't move to <paramref name="to"/>, as a person would say it ("Feedback for
    /// Jordan Lee is already marked sent, so the call can't be marked a no-show now.").
    /// </summary>
    public static string WhyNot(InterviewStatus from, InterviewStatus to, string candidate)
    {
        var where = from switch
        {
            InterviewStatus.Scheduled => $"The call with {candidate} hasn't happened yet",
            InterviewStatus.Held => $"The call with {candidate} is already marked held",
            InterviewStatus.DecisionPending => $"The call with {candidate} is held and waiting on a decision",
            InterviewStatus.FeedbackSent => $"Feedback for {candidate} is already marked sent",
            InterviewStatus.Closed => $"The process with {candidate} is already closed",
            InterviewStatus.Cancelled => $"The call with {candidate} was cancelled",
            InterviewStatus.NoShow => $"{candidate} is already marked as a no-show",
            _ => $"The call with {candidate} has moved on",
        };
        var what = to switch
        {
            InterviewStatus.Scheduled => "booked again from here – book a new call instead",
            InterviewStatus.Held => "marked held now",
            InterviewStatus.DecisionPending => "marked as waiting on a decision now",
            InterviewStatus.FeedbackSent => "marked as feedback sent now",
            InterviewStatus.Closed => "closed now",
            InterviewStatus.Cancelled => "cancelled now",
            InterviewStatus.NoShow => "marked a no-show now",
            _ => "changed that way now",
        };
        return $"{where}, so {(where.StartsWith("The call", StringComparison.Ordinal) ? "it" : "the call")} can't be {what}.";
    }

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
