using System.Globalization;

namespace InterviewBot.Core.Nudges;

/// <summary>
/// One nudge to deliver at <see cref="DueUtc"/>. <see cref="Key"/> is stable for the same
/// interview, kind, recipient and occurrence, so a scheduler can upsert by it: planning again after
/// a reschedule or a new feedback date moves the nudge rather than adding a second one.
/// </summary>
/// <param name="Number">1 for most kinds; 1 or 2 for <see cref="NudgeKind.FeedbackDue"/>.</param>
public sealed record PlannedNudge(NudgeKind Kind, NudgeRecipient To, DateTime DueUtc, string Key, int Number = 1)
{
    /// <summary>"{interview id}:{kind}:{recipient}:{occurrence}", e.g. "5f0c…:FeedbackDue:Recruiter:2".</summary>
    public static string KeyFor(Guid interviewId, NudgeKind kind, NudgeRecipient to, string occurrence) =>
        KeyFor(interviewId.ToString("N", CultureInfo.InvariantCulture), kind, to, occurrence);

    public static string KeyFor(string scope, NudgeKind kind, NudgeRecipient to, string occurrence) =>
        string.Join(':', scope, kind, to, occurrence);

    /// <summary>Names one ask for a decision in its nudges' keys, so asking again after an answer plans new ones.</summary>
    public static string AskStamp(DateTime askedUtc) => askedUtc.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>The occurrence of a recurring nudge, named by its local date so re-planning finds the same key.</summary>
    public static string Occurrence(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
