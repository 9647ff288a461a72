using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Stores;

/// <remarks>Finds look first at what this turn already added (see <see cref="UnitOfWork"/>).</remarks>
internal sealed class PendingErasureStore(InterviewBotDbContext db) : IPendingErasures
{
    public async Task<PendingErasure?> FindAsync(Guid workspaceId, Guid id, CancellationToken cancellationToken = default) =>
        db.PendingErasures.Local.FirstOrDefault(e => e.Id == id && e.WorkspaceId == workspaceId)
        ?? await db.PendingErasures.FirstOrDefaultAsync(e => e.Id == id && e.WorkspaceId == workspaceId, cancellationToken);

    public async Task<IReadOnlyList<PendingErasure>> ListByAdminAsync(Guid workspaceId, Guid adminId, CancellationToken cancellationToken = default) =>
        await db.PendingErasures.Where(e => e.WorkspaceId == workspaceId && e.AdminId == adminId).ToListAsync(cancellationToken);

    public void Add(PendingErasure erasure) => db.PendingErasures.Add(erasure);

    public void Remove(PendingErasure erasure) => db.PendingErasures.Remove(erasure);
}
