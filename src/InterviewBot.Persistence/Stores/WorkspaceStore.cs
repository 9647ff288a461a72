using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Stores;

/// <remarks>Finds look first at what this turn already added or loaded (see <see cref="UnitOfWork"/>).</remarks>
internal sealed class WorkspaceStore(InterviewBotDbContext db) : IWorkspaces
{
    public async Task<Workspace?> FindAsync(string platform, string externalId, CancellationToken cancellationToken = default) =>
        db.Workspaces.Local.FirstOrDefault(w => w.Platform == platform && w.ExternalId == externalId)
        ?? await db.Workspaces.FirstOrDefaultAsync(w => w.Platform == platform && w.ExternalId == externalId, cancellationToken);

    public async Task<Workspace?> GetAsync(Guid workspaceId, CancellationToken cancellationToken = default) =>
        db.Workspaces.Local.FirstOrDefault(w => w.Id == workspaceId)
        ?? await db.Workspaces.FirstOrDefaultAsync(w => w.Id == workspaceId, cancellationToken);

    public void Add(Workspace workspace) => db.Workspaces.Add(workspace);

    public Task<Workspace> FindOrAddAsync(Workspace newWorkspace, CancellationToken cancellationToken = default) =>
        FirstSaveWins.FindOrAddAsync(db, newWorkspace, (stored, ct) =>
            stored.FirstOrDefaultAsync(w => w.Platform == newWorkspace.Platform && w.ExternalId == newWorkspace.ExternalId, ct), cancellationToken);
}
