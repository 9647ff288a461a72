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

    /// <remarks>
    /// Names are compared here rather than in SQL: SQLite and PostgreSQL fold case differently, and a
    /// workspace's people are few enough to read once per hand-over.
    /// </remarks>
    public async Task<IReadOnlyList<Person>> FindByNameAsync(Guid workspaceId, string name, CancellationToken cancellationToken = default)
    {
        name = name.Trim();
        if (name.Length == 0) return [];
        bool Matches(Person p) =>
            p.DisplayName.Equals(name, StringComparison.OrdinalIgnoreCase) || p.DisplayName.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase);
        var stored = await db.People.Where(p => p.WorkspaceId == workspaceId).ToListAsync(cancellationToken);
        return [.. stored.Union(db.People.Local.Where(p => p.WorkspaceId == workspaceId)).Where(Matches)];
    }

    public void Add(Person person) => db.People.Add(person);

    public Task<Person> FindOrAddAsync(Person newPerson, CancellationToken cancellationToken = default) =>
        FirstSaveWins.FindOrAddAsync(db, newPerson, (stored, ct) =>
            stored.FirstOrDefaultAsync(p => p.WorkspaceId == newPerson.WorkspaceId && p.PlatformUserId == newPerson.PlatformUserId, ct), cancellationToken);
}
