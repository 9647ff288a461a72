using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Stores;

/// <remarks>Finds look first at what this turn already added or loaded (see <see cref="UnitOfWork"/>).</remarks>
internal sealed class NudgeStore(InterviewBotDbContext db) : INudges
{
    public async Task<Nudge?> FindAsync(Guid nudgeId, CancellationToken cancellationToken = default) =>
        db.Nudges.Local.FirstOrDefault(n => n.Id == nudgeId)
        ?? await db.Nudges.FirstOrDefaultAsync(n => n.Id == nudgeId, cancellationToken);

    public async Task<Nudge?> FindAsync(Guid workspaceId, Guid nudgeId, CancellationToken cancellationToken = default) =>
        db.Nudges.Local.FirstOrDefault(n => n.Id == nudgeId && n.WorkspaceId == workspaceId)
        ?? await db.Nudges.FirstOrDefaultAsync(n => n.Id == nudgeId && n.WorkspaceId == workspaceId, cancellationToken);

    public async Task<IReadOnlyList<Nudge>> ListForInterviewAsync(Guid interviewId, CancellationToken cancellationToken = default)
    {
        var stored = await db.Nudges.Where(n => n.InterviewId == interviewId).ToListAsync(cancellationToken);
        return stored.Concat(Added(n => n.InterviewId == interviewId)).Distinct().OrderBy(n => n.DueUtc).ToList();
    }

    public async Task<IReadOnlyList<Nudge>> ListSentToPersonAsync(Guid personId, IReadOnlyCollection<Guid> interviewIds, CancellationToken cancellationToken = default)
    {
        var ids = interviewIds.ToList();
        var stored = await db.Nudges.Where(n => n.PersonId == personId && n.State == NudgeState.Sent && n.InterviewId != null && ids.Contains(n.InterviewId.Value))
            .ToListAsync(cancellationToken);
        return stored.Concat(Added(n => n.PersonId == personId && n.State == NudgeState.Sent && n.InterviewId is { } id && ids.Contains(id))).Distinct().ToList();
    }

    public async Task<IReadOnlyList<Nudge>> ListByKeyPrefixAsync(Guid workspaceId, string keyPrefix, CancellationToken cancellationToken = default)
    {
        var stored = await db.Nudges.Where(n => n.WorkspaceId == workspaceId && n.Key.StartsWith(keyPrefix)).ToListAsync(cancellationToken);
        return stored.Concat(Added(n => n.WorkspaceId == workspaceId && n.Key.StartsWith(keyPrefix, StringComparison.Ordinal))).Distinct().OrderBy(n => n.DueUtc).ToList();
    }

    public async Task<IReadOnlyList<Nudge>> ListWaitingForPersonAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var stored = await db.Nudges.Where(n => n.PersonId == personId && (n.State == NudgeState.Pending || n.State == NudgeState.Snoozed)).ToListAsync(cancellationToken);
        return stored.Concat(Added(n => n.PersonId == personId && n.IsWaiting)).Distinct().ToList();
    }

    public async Task<IReadOnlyList<Nudge>> ListWaitingAsync(Guid? afterId, int max, CancellationToken cancellationToken = default)
    {
        var query = db.Nudges.Where(n => n.State == NudgeState.Pending || n.State == NudgeState.Snoozed);
        if (afterId is { } after) query = query.Where(n => n.Id.CompareTo(after) > 0);
        return await query.OrderBy(n => n.Id).Take(max).ToListAsync(cancellationToken);
    }

    public void Add(Nudge nudge) => db.Nudges.Add(nudge);

    private IEnumerable<Nudge> Added(Func<Nudge, bool> match) =>
        db.Nudges.Local.Where(n => db.Entry(n).State == EntityState.Added && match(n));
}
