using InterviewBot.Core.Calendar;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Stores;

/// <summary>
/// Retention as bulk statements over the whole database (every workspace has the same window). The
/// interviews to trim are selected by a subquery rather than a list of ids, so the statements stay
/// the same size however many old interviews there are.
/// </summary>
internal sealed class RetentionStore(InterviewBotDbContext db) : IRetentionStore
{
    public Task<int> DeleteNotesBeforeAsync(DateTime cutoffUtc, CancellationToken cancellationToken = default) =>
        OffDiskAsync(db.Notes.Where(n => n.CreatedUtc < cutoffUtc).ExecuteDeleteAsync(cancellationToken), cancellationToken);

    public Task<int> ClearAnswersBeforeAsync(DateTime cutoffUtc, CancellationToken cancellationToken = default) =>
        OffDiskAsync(db.ChecklistEntries.Where(e => e.Value != null && e.UpdatedUtc < cutoffUtc)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Value, (string?)null), cancellationToken), cancellationToken);

    public Task<int> ClearUnfinishedAnswersBeforeAsync(DateTime cutoffUtc, CancellationToken cancellationToken = default) =>
        OffDiskAsync(db.Sessions.Where(s => (s.PartialAnswers != null || s.AwaitingStepId != null) && s.UpdatedUtc < cutoffUtc)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.PartialAnswers, (string?)null)
                .SetProperty(x => x.AwaitingStepId, (string?)null)
                .SetProperty(x => x.AwaitingField, 0), cancellationToken), cancellationToken);

    public Task<int> DeleteCalendarEventsAsync(DateTime cutoffUtc, DateTime nowUtc, CancellationToken cancellationToken = default) =>
        OffDiskAsync(db.CalendarEvents.Where(e => e.EndUtc < cutoffUtc || (e.State != CalendarEventState.Tracked && e.EndUtc < nowUtc))
            .ExecuteDeleteAsync(cancellationToken), cancellationToken);

    public async Task<TrimmedInterviews> TrimFinishedInterviewsAsync(DateTime cutoffUtc, CancellationToken cancellationToken = default)
    {
        var trimmed = await Transactions.RunAsync(db, ct => TrimAsync(cutoffUtc, ct), cancellationToken);
        // Checked every time: a trimmed interview's later notes or reminders may have gone even when no interview changed.
        await ErasedFromDisk.CheckpointAsync(db, cancellationToken);
        return trimmed;
    }

    /// <summary>Once something was removed, removes it from the SQLite files too (<see cref="ErasedFromDisk"/>).</summary>
    private async Task<int> OffDiskAsync(Task<int> removing, CancellationToken cancellationToken)
    {
        var removed = await removing;
        if (removed > 0) await ErasedFromDisk.CheckpointAsync(db, cancellationToken);
        return removed;
    }

    private async Task<TrimmedInterviews> TrimAsync(DateTime cutoffUtc, CancellationToken ct)
    {
        var finished = RetentionPolicy.Finished.ToList();
        var old = db.Interviews.Where(i => finished.Contains(i.Status) && i.EndUtc < cutoffUtc).Select(i => i.Id);

        var removed = await InterviewContents.RemoveAsync(db, old, ct);
        // Kept for turnaround: status, role, times, zone, feedback dates, owner and the recruiter's person id.
        // Stories written for these interviews stay in their authors' brag lists, still pointing here.
        var trimmed = await db.Interviews
            .Where(i => finished.Contains(i.Status) && i.EndUtc < cutoffUtc
                && (i.Candidate.Name != RetentionPolicy.Candidate || i.Candidate.Email != null || i.Candidate.PersonId != null
                    || i.Recruiter.Name != RetentionPolicy.Recruiter || i.Recruiter.Email != null || i.Company != null
                    || i.ManagerNote != null || i.HiringManager!.PersonId != null || i.HiringManager!.Email != null || i.HiringManager!.PlatformUserId != null
                    || i.NamedCandidateId != null || i.Confirmation != null || i.PendingCandidateId != null || i.PendingCandidateWorkspaceId != null
                    || i.PendingCandidateName != null || i.PendingCandidateWorkspaceName != null || i.CandidateWorkspaceId != null || i.CandidateJoinedUtc != null))
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Candidate.Name, RetentionPolicy.Candidate)
                .SetProperty(i => i.Candidate.Email, (string?)null)
                .SetProperty(i => i.Candidate.PersonId, (Guid?)null)
                .SetProperty(i => i.Recruiter.Name, RetentionPolicy.Recruiter)
                .SetProperty(i => i.Recruiter.Email, (string?)null)
                .SetProperty(i => i.Company, (string?)null)
                // The hiring manager as a role only: who it was, and their reason, go like the names do.
                .SetProperty(i => i.HiringManager!.Name, i => i.HiringManager!.Name == null ? null : RetentionPolicy.HiringManager)
                .SetProperty(i => i.HiringManager!.Email, (string?)null)
                .SetProperty(i => i.HiringManager!.PlatformUserId, (string?)null)
                .SetProperty(i => i.HiringManager!.TimeZoneId, (string?)null)
                .SetProperty(i => i.HiringManager!.PersonId, (Guid?)null)
                .SetProperty(i => i.ManagerNote, (string?)null)
                // No chat user stays linked or asked about the call, as when a candidate's data is erased.
                .UnlinkChatUsers(), ct);
        return new TrimmedInterviews(trimmed, removed.WaitingNudgeIds);
    }
}
