using InterviewBot.Core.Domain;
using InterviewBot.Core.Nudges;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Stores;

/// <summary>Installations, each call committed on its own (they are read and written outside any turn).</summary>
internal sealed class InstallationStore(InterviewBotDbContext db) : IInstallations
{
    public async Task<Installation?> FindAsync(string platform, string externalId, CancellationToken cancellationToken = default) =>
        await db.Installations.AsNoTracking().FirstOrDefaultAsync(i => i.Platform == platform && i.ExternalId == externalId, cancellationToken);

    public Task SaveAsync(Installation installation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(installation);
        return Transactions.RunAsync(db, async ct =>
        {
            // A reinstall replaces the old row: one installation per workspace, the newest token.
            await db.Installations.Where(i => i.Platform == installation.Platform && i.ExternalId == installation.ExternalId && i.Id != installation.Id)
                .ExecuteDeleteAsync(ct);
            if (await db.Installations.AnyAsync(i => i.Id == installation.Id, ct)) db.Installations.Update(installation);
            else db.Installations.Add(installation);
            await db.Workspaces.Where(w => w.Platform == installation.Platform && w.ExternalId == installation.ExternalId && w.UninstalledUtc != null)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.UninstalledUtc, (DateTime?)null), ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            return true;
        }, cancellationToken);
    }

    public async Task<RemovedFromWorkspace> RemoveAsync(string platform, string externalId, bool appRemoved, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var removed = await Transactions.RunAsync(db, async ct =>
        {
            // The workspace's name goes with the installation; kept on the workspace, so a privacy admin knows which one it was.
            var name = await db.Installations.Where(i => i.Platform == platform && i.ExternalId == externalId).Select(i => i.WorkspaceName).FirstOrDefaultAsync(ct);
            var tokens = await db.Installations.Where(i => i.Platform == platform && i.ExternalId == externalId).ExecuteDeleteAsync(ct);
            if (name is not null)
                await db.Workspaces.Where(w => w.Platform == platform && w.ExternalId == externalId && w.Name == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(w => w.Name, name), ct);
            var workspace = db.Workspaces.Where(w => w.Platform == platform && w.ExternalId == externalId).Select(w => w.Id);
            var waiting = db.Nudges.Where(n => workspace.Contains(n.WorkspaceId) && (n.State == NudgeState.Pending || n.State == NudgeState.Snoozed));
            var ids = await waiting.Select(n => n.Id).ToListAsync(ct);
            await waiting.ExecuteUpdateAsync(s => s.SetProperty(n => n.State, NudgeState.Cancelled).SetProperty(n => n.UpdatedUtc, nowUtc), ct);
            if (appRemoved)
                await db.Workspaces.Where(w => w.Platform == platform && w.ExternalId == externalId && w.UninstalledUtc == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(w => w.UninstalledUtc, nowUtc), ct);
            return new RemovedFromWorkspace(tokens > 0, ids);
        }, cancellationToken);
        // The tokens must not linger in the SQLite files either.
        if (removed.TokensDeleted) await ErasedFromDisk.CheckpointAsync(db, cancellationToken);
        return removed;
    }

    public async Task<IReadOnlyList<Guid>> StopConversationsAsync(string platform, string externalId, IReadOnlyCollection<string> conversationIds, DateTime nowUtc,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationIds);
        var ids = conversationIds.Select(BaseOf).Distinct(StringComparer.Ordinal).ToList();
        return await Transactions.RunAsync(db, async ct =>
        {
            var workspace = await db.Workspaces.AsNoTracking().FirstOrDefaultAsync(w => w.Platform == platform && w.ExternalId == externalId, ct);
            if (workspace is null) return (IReadOnlyList<Guid>)[];
            var people = db.ConversationAddresses.Where(a => a.WorkspaceId == workspace.Id && a.IsPersonal && a.PersonId != null && ids.Contains(a.ConversationId))
                .Select(a => a.PersonId);
            var teamChannel = workspace.TeamConversationId is { } channel && ids.Contains(BaseOf(channel));
            var waiting = db.Nudges.Where(n => n.WorkspaceId == workspace.Id && (n.State == NudgeState.Pending || n.State == NudgeState.Snoozed)
                && ((n.Recipient != NudgeRecipient.TeamChannel && people.Contains(n.PersonId)) || (teamChannel && n.Recipient == NudgeRecipient.TeamChannel)));
            var cancelled = await waiting.Select(n => n.Id).ToListAsync(ct);
            await waiting.ExecuteUpdateAsync(s => s.SetProperty(n => n.State, NudgeState.Cancelled).SetProperty(n => n.UpdatedUtc, nowUtc), ct);
            if (teamChannel)
                await db.Workspaces.Where(w => w.Id == workspace.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(w => w.TeamConversationId, (string?)null).SetProperty(w => w.TeamTimeZoneId, (string?)null), ct);
            return (IReadOnlyList<Guid>)cancelled;
        }, cancellationToken);
    }

    public async Task<DeletedWorkspaces> DeleteWorkspacesUninstalledBeforeAsync(DateTime cutoffUtc, CancellationToken cancellationToken = default)
    {
        var deleted = await Transactions.RunAsync(db, async ct =>
        {
            var old = db.Workspaces.Where(w => w.UninstalledUtc != null && w.UninstalledUtc < cutoffUtc).Select(w => w.Id);
            var waiting = await db.Nudges.Where(n => old.Contains(n.WorkspaceId) && (n.State == NudgeState.Pending || n.State == NudgeState.Snoozed))
                .Select(n => n.Id).ToListAsync(ct);
            // Everything of a workspace hangs off it with ON DELETE CASCADE.
            var workspaces = await db.Workspaces.Where(w => w.UninstalledUtc != null && w.UninstalledUtc < cutoffUtc).ExecuteDeleteAsync(ct);
            return new DeletedWorkspaces(workspaces, waiting);
        }, cancellationToken);
        if (deleted.Workspaces > 0) await ErasedFromDisk.CheckpointAsync(db, cancellationToken);
        return deleted;
    }

    public async Task<IReadOnlyList<Workspace>> ListUninstalledAsync(CancellationToken cancellationToken = default) =>
        await db.Workspaces.AsNoTracking().Where(w => w.UninstalledUtc != null).OrderBy(w => w.UninstalledUtc).ToListAsync(cancellationToken);

    /// <summary>A Teams channel thread's id without its <c>;messageid=…</c>: the channel itself.</summary>
    private static string BaseOf(string conversationId) => conversationId.Split(';', 2)[0];
}
