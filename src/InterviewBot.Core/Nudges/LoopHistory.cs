namespace InterviewBot.Core.Nudges;

/// <summary>
/// What has happened so far in keeping a candidate in the loop, as read from the interview's stored
/// nudges (no column of its own): the last reminder to update them that went out, and each time the
/// recruiter chose to keep following up after six weeks.
/// </summary>
/// <param name="LastReminder">The latest keep-in-the-loop or promised-date nudge sent, if any.</param>
/// <param name="ExtendedUtc">When the recruiter tapped <i>Keep following up</i>, one entry per time.</param>
public sealed record LoopHistory(SentReminder? LastReminder, IReadOnlyList<DateTime> ExtendedUtc)
{
    public static LoopHistory None { get; } = new(null, []);

    /// <summary>How many times six more weeks were granted.</summary>
    public int Extensions => ExtendedUtc.Count;

    public DateTime? LastExtendedUtc => ExtendedUtc.Count == 0 ? null : ExtendedUtc.Max();
}

/// <summary>A reminder that went out: its card stays live until the next one takes its place.</summary>
public sealed record SentReminder(NudgeKind Kind, string Key, int Number, DateTime SentUtc);
