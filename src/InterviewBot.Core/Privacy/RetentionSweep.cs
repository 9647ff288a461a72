namespace InterviewBot.Core.Privacy;

/// <summary>What one retention pass removed.</summary>
public sealed record RetentionResult(DateTime CutoffUtc, int InterviewsTrimmed, int NotesDeleted, int AnswersCleared, int UnfinishedAnswersCleared,
    int CalendarEventsDeleted);

/// <summary>
/// Forgets what is older than the retention window (<see cref="RetentionSettings"/>): notes, the
/// answers and drafts on checklists, half-finished chat answers, everything on a finished
/// interview except what turnaround figures need, and the calendar events asked about that are over. Run daily by the scheduler; running it twice
/// removes nothing more.
/// </summary>
/// <remarks>
/// Stories in a brag list are not touched: they are the person's own, kept until they delete them
/// (one by one, or with "forget me"), however old the interview they were written for.
/// </remarks>
public sealed class RetentionSweep(IRetentionStore store, INudgeScheduler scheduler, RetentionSettings settings)
{
    public async Task<RetentionResult> RunAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var cutoff = nowUtc - settings.Window;
        // Finished interviews first: what they lose is then not counted again as an old note or answer.
        var trimmed = await store.TrimFinishedInterviewsAsync(cutoff, cancellationToken);
        var notes = await store.DeleteNotesBeforeAsync(cutoff, cancellationToken);
        var answers = await store.ClearAnswersBeforeAsync(cutoff, cancellationToken);
        var unfinished = await store.ClearUnfinishedAnswersBeforeAsync(cutoff, cancellationToken);
        var calendarEvents = await store.DeleteCalendarEventsAsync(cutoff, nowUtc, cancellationToken);
        // The rows are gone already, so a timer that fires before it is cancelled finds nothing to send.
        foreach (var nudgeId in trimmed.WaitingNudgeIds) await scheduler.CancelAsync(nudgeId, cancellationToken);
        return new RetentionResult(cutoff, trimmed.Interviews, notes, answers, unfinished, calendarEvents);
    }
}
