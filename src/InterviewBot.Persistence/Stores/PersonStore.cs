using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Stores;

/// <remarks>Finds look first at what this turn already added or loaded (see <see cref="UnitOfWork"/>).</remarks>
internal sealed class PersonStore(InterviewBotDbContext db) : IPeople
{
    public async Task<Person?> FindAsync(Guid workspaceId, string platformUserId, CancellationToken cancellationToken = default) =>
        db.People.Local.FirstOrDefault(p => p.WorkspaceId == workspaceId && p.PlatformUserId == platformUserId)
        ?? await db.People.FirstOrDefaultAsync(p => p.WorkspaceId == workspaceId && p.PlatformUserId == platformUserId, cancellationToken);

    public async Task<Person?> GetAsync(Guid workspaceId, Guid personId, CancellationToken cancellationToken = default) =>
        db.People.Local.FirstOrDefault(p => p.Id == personId && p.WorkspaceId == workspaceId)
        ?? await db.People.FirstOrDefaultAsync(p => p.Id == personId && p.WorkspaceId == workspaceId, cancellationToken);

    public async Task<IReadOnlyList<string>> ListNamesAsync(Guid workspaceId, CancellationToken cancellationToken = default)
    {
        var stored = await db.People.Where(p => p.WorkspaceId == workspaceId).Select(p => p.DisplayName).ToListAsync(cancellationToken);
        return [.. stored, .. db.People.Local.Where(p => p.WorkspaceId == workspaceId).Select(p => p.DisplayName)];
    }

    public async Task<IReadOnlyList<Person>> FindByNameAsync(Guid workspaceId, string displayName, CancellationToken cancellationToken = default)
    {
        // Narrowed by length in the database, compared ignoring case here: the same on SQLite and PostgreSQL.
        var name = displayName.Trim();
        var stored = await db.People.Where(p => p.WorkspaceId == workspaceId && p.DisplayName.Length == name.Length).ToListAsync(cancellationToken);
        return [.. stored.Union(db.People.Local.Where(p => p.WorkspaceId == workspaceId))
            .Where(p => p.DisplayName.Equals(name, StringComparison.OrdinalIgnoreCase))];
    }

    public void Add(Person person) => db.People.Add(person);
}
