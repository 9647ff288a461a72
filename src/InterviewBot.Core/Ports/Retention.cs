namespace InterviewBot.Core.Ports;

/// <summary>
/// The storage side of retention (<see cref="Privacy.RetentionSweep"/> decides the window and the
/// order). Each method is one bulk change in the database, committed when it returns, and safe to
/// run again: what was already removed is not counted twice.
/// </summary>
public interface IRetentionStore
{
    /// <summary>Deletes notes written before <paramref name="cutoffUtc"/>; answers how many.</summary>
    Task<int> DeleteNotesBeforeAsync(DateTime cutoffUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Clears the answers and drafts (<see cref="ChecklistEntry.Value"/>) of checklist entries last
    /// changed before <paramref name="cutoffUtc"/>. Whether a step is done stays, so progress counts
    /// do not change. Answers how many were cleared.
    /// </summary>
    Task<int> ClearAnswersBeforeAsync(DateTime cutoffUtc, CancellationToken cancellationToken = default);

    /// <summary>Clears half-finished answers kept in chat sessions (<see cref="Session.PartialAnswers"/>) left before <paramref name="cutoffUtc"/>.</summary>
    Task<int> ClearUnfinishedAnswersBeforeAsync(DateTime cutoffUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the calendar events the bot asked about (<see cref="Calendar.CalendarEvent"/>: a title, often a
    /// candidate's name) that ended before <paramref name="cutoffUtc"/>, and those never tracked (unanswered,
    /// not a phone screen, or cancelled) that ended before <paramref name="nowUtc"/>: past, they are neither
    /// followed nor asked about again. Answers how many.
    /// </summary>
    Task<int> DeleteCalendarEventsAsync(DateTime cutoffUtc, DateTime nowUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reduces every interview in one of <see cref="RetentionPolicy.Finished"/> whose call ended before
    /// <paramref name="cutoffUtc"/> to what turnaround figures need: status, role, start and end, zone,
    /// the promised and actual feedback dates, the owner and the recruiter's person id. The candidate
    /// is renamed <see cref="RetentionPolicy.Candidate"/>, the recruiter <see cref="RetentionPolicy.Recruiter"/>
    /// (the person id stays), e-mail addresses, the company and the candidate's person id are removed,
    /// and so are all notes, questions, checklist entries, sessions and reminders (with their sent cards).
    /// </summary>
    Task<TrimmedInterviews> TrimFinishedInterviewsAsync(DateTime cutoffUtc, CancellationToken cancellationToken = default);
}

/// <param name="Interviews">Interviews trimmed this time (ones trimmed before are not counted again).</param>
/// <param name="WaitingNudgeIds">Reminders of those interviews that were still waiting: cancel their timers.</param>
public sealed record TrimmedInterviews(int Interviews, IReadOnlyList<Guid> WaitingNudgeIds);

/// <summary>The words and states retention works with, shared by the sweep and the store.</summary>
public static class RetentionPolicy
{
    /// <summary>The name left on a trimmed interview in place of the candidate's.</summary>
    public const string Candidate = "a candidate";

    /// <summary>The name left on a trimmed interview in place of the recruiter's (their person id stays, for turnaround).</summary>
    public const string Recruiter = "a recruiter";

    /// <summary>The name left on a trimmed interview in place of its hiring manager's (their link and reason go).</summary>
    public const string HiringManager = "a hiring manager";

    /// <summary>States in which an interview is over and only counts for turnaround.</summary>
    public static IReadOnlyList<InterviewStatus> Finished { get; } = [InterviewStatus.Closed, InterviewStatus.Cancelled, InterviewStatus.NoShow];
}
