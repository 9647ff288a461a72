using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Stores;

/// <summary>
/// A candidate's records for a privacy admin: only interviews a recruiter booked (never a person's own
/// prep), only in the admin's workspace. The erasure is bulk statements in a transaction of their own,
/// like "forget me", and ends with the SQLite checkpoint that takes the text off the disk too.
/// </summary>
internal sealed class CandidateDataStore(InterviewBotDbContext db) : ICandidateData
{
    public async Task<IReadOnlyList<CandidateOnFile>> ListCandidatesAsync(Guid workspaceId, CancellationToken cancellationToken = default) =>
        await RecruitersInterviews(workspaceId)
            .Select(i => new CandidateOnFile(i.Id, i.Candidate.Name, i.Candidate.Email))
            .ToListAsync(cancellationToken);

    public async Task<CandidateRecords> LoadAsync(Guid workspaceId, IReadOnlyCollection<Guid> interviewIds, CancellationToken cancellationToken = default)
    {
        if (interviewIds.Count == 0) return new CandidateRecords([], [], []);
        var ids = interviewIds.ToList();
        var interviews = await RecruitersInterviews(workspaceId).AsNoTracking()
            .Include(i => i.Checklist).Include(i => i.Notes).Include(i => i.Questions).AsSplitQuery()
            .Where(i => ids.Contains(i.Id))
            .ToListAsync(cancellationToken);
        var found = interviews.Select(i => i.Id).ToList();
        var nudges = await db.Nudges.AsNoTracking()
            .Where(n => n.WorkspaceId == workspaceId && n.InterviewId != null && found.Contains(n.InterviewId.Value))
            .ToListAsync(cancellationToken);
        var nudgeIds = nudges.Select(n => n.Id).ToList();
        var sentCards = await db.SentCards.AsNoTracking()
            .Where(c => c.WorkspaceId == workspaceId && nudgeIds.Contains(c.CardId))
            .ToListAsync(cancellationToken);
        return new CandidateRecords(interviews, nudges, sentCards);
    }

    public async Task<CandidateErasure> EraseAsync(Guid workspaceId, IReadOnlyCollection<Guid> interviewIds, CancellationToken cancellationToken = default)
    {
        var ids = interviewIds.ToList();
        var (erased, removed) = await Transactions.RunAsync(db, ct => EraseCandidateAsync(workspaceId, ids, ct), cancellationToken);
        TrackedRecords.LetGo(db, new Erasure(null, [], ids, removed.NudgeIds, []));
        await ErasedFromDisk.CheckpointAsync(db, cancellationToken);
        return erased;
    }

    private async Task<(CandidateErasure, RemovedContents)> EraseCandidateAsync(Guid workspaceId, List<Guid> ids, CancellationToken ct)
    {
        var theirs = RecruitersInterviews(workspaceId).Where(i => ids.Contains(i.Id));
        var removed = await InterviewContents.RemoveAsync(db, theirs.Select(i => i.Id), ct);
        // Kept for turnaround, as retention keeps it: status, role, times, zone, feedback dates, owner and recruiter.
        var interviews = await theirs.ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Candidate.Name, CandidateErasure.ErasedCandidate)
            .SetProperty(i => i.Candidate.Email, (string?)null)
            .SetProperty(i => i.Candidate.PersonId, (Guid?)null)
            .SetProperty(i => i.ManagerNote, (string?)null) // the hiring manager's reason is about the candidate
            .UnlinkChatUsers(), ct);
        var erased = new CandidateErasure(interviews, removed.ChecklistEntries, removed.Notes, removed.Questions, removed.Sessions,
            removed.NudgeIds.Count, removed.SentCards, removed.WaitingNudgeIds);
        return (erased, removed);
    }

    private IQueryable<Interview> RecruitersInterviews(Guid workspaceId) =>
        db.Interviews.Where(i => i.WorkspaceId == workspaceId && i.OwnerSide == Audience.Recruiter);
}
