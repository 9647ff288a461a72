using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Stores;

/// <remarks>Finds look first at what this turn already added or loaded (see <see cref="UnitOfWork"/>).</remarks>
internal sealed class InterviewStore(InterviewBotDbContext db) : IInterviews
{
    public async Task<Interview?> FindAsync(Guid workspaceId, Guid interviewId, CancellationToken cancellationToken = default) =>
        db.Interviews.Local.FirstOrDefault(i => i.Id == interviewId && i.WorkspaceId == workspaceId)
        ?? await WithChildren()
            .FirstOrDefaultAsync(i => i.Id == interviewId && i.WorkspaceId == workspaceId, cancellationToken);

    public async Task<IReadOnlyList<Interview>> ListInWorkspaceAsync(Guid workspaceId, DateTime fromUtc, CancellationToken cancellationToken = default) =>
        await WithChildren()
            .Where(i => i.WorkspaceId == workspaceId && i.EndUtc >= fromUtc)
            .OrderBy(i => i.StartUtc)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Interview>> ListForPersonAsync(Guid workspaceId, Guid personId, DateTime fromUtc, int max,
        CancellationToken cancellationToken = default) =>
        await WithChildren()
            .Where(i => ((i.WorkspaceId == workspaceId
                    && (i.OwnerId == personId || i.Recruiter.PersonId == personId || i.Candidate.PersonId == personId))
                || (i.CandidateWorkspaceId == workspaceId && i.Candidate.PersonId == personId))
                && i.EndUtc >= fromUtc)
            .OrderBy(i => i.StartUtc).ThenBy(i => i.CreatedUtc)
            .ThenBy(i => i.Id)
            .Take(max)
            .ToListAsync(cancellationToken);

    public async Task<Interview?> FindByInviteAsync(string inviteHash, CancellationToken cancellationToken = default) =>
        db.Interviews.Local.FirstOrDefault(i => i.InviteHash == inviteHash)
        ?? await WithChildren().FirstOrDefaultAsync(i => i.InviteHash == inviteHash, cancellationToken);

    public async Task<Interview?> FindJoinedAsync(Guid workspaceId, Guid personId, Guid interviewId, CancellationToken cancellationToken = default) =>
        db.Interviews.Local.FirstOrDefault(i => i.Id == interviewId && i.CandidateWorkspaceId == workspaceId && i.Candidate.PersonId == personId)
        ?? await WithChildren().FirstOrDefaultAsync(i => i.Id == interviewId && i.CandidateWorkspaceId == workspaceId && i.Candidate.PersonId == personId,
            cancellationToken);

    public async Task<Interview?> FindReachableAsync(Guid workspaceId, Guid personId, Guid interviewId, CancellationToken cancellationToken = default) =>
        db.Interviews.Local.FirstOrDefault(i => i.Id == interviewId && (i.WorkspaceId == workspaceId || (i.CandidateWorkspaceId == workspaceId && i.Candidate.PersonId == personId)))
        ?? await WithChildren().FirstOrDefaultAsync(
            i => i.Id == interviewId && (i.WorkspaceId == workspaceId || (i.CandidateWorkspaceId == workspaceId && i.Candidate.PersonId == personId)), cancellationToken);

    public void Add(Interview interview) => db.Interviews.Add(interview);

    /// <summary>
    /// An interview always comes with its checklist, notes and questions. Split queries keep the
    /// three lists from multiplying into one row per combination.
    /// </summary>
    private IQueryable<Interview> WithChildren() =>
        db.Interviews
            .Include(i => i.Checklist)
            .Include(i => i.Notes)
            .Include(i => i.Questions)
            .AsSplitQuery();
}
