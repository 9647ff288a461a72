using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Stores;

/// <remarks>Finds look first at what this turn already added or loaded (see <see cref="UnitOfWork"/>).</remarks>
internal sealed class RoleBriefStore(InterviewBotDbContext db) : IRoleBriefs
{
    public async Task<RoleBrief?> FindAsync(Guid workspaceId, string roleKey, CancellationToken cancellationToken = default) =>
        db.RoleBriefs.Local.FirstOrDefault(b => b.WorkspaceId == workspaceId && b.RoleKey == roleKey)
        ?? await db.RoleBriefs.FirstOrDefaultAsync(b => b.WorkspaceId == workspaceId && b.RoleKey == roleKey, cancellationToken);

    public void Add(RoleBrief brief) => db.RoleBriefs.Add(brief);
}
