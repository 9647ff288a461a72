using InterviewBot.Core.Domain;
using InterviewBot.Core.Nudges;
using InterviewBot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Testing;

/// <summary>One row of the Nudges table, as far as the tests look at it.</summary>
public sealed record StoredNudge(NudgeKind Kind, NudgeState State, int Attempts, string? LastError)
{
    public bool IsSent => State == NudgeState.Sent;

    public bool IsWaiting => State is NudgeState.Pending or NudgeState.Snoozed;

    /// <summary>
    /// Every nudge's state as stored, read the way someone checking the database would: a context of our
    /// own, on a SQLite connection that is not pooled, so the file is not held open between reads.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, StoredNudge>> ReadAsync(DatabaseSettings database)
    {
        await using var db = DatabaseContext.For(Unpooled(database));
        var rows = await db.Nudges.AsNoTracking().Select(n => new { n.Id, n.Kind, n.State, n.Attempts, n.LastError }).ToListAsync();
        return rows.ToDictionary(n => n.Id, n => new StoredNudge(n.Kind, n.State, n.Attempts, n.LastError));
    }

    /// <summary>How many nudges are in each state (counted by the database: cheap to ask often of thousands).</summary>
    public static async Task<IReadOnlyDictionary<NudgeState, int>> CountByStateAsync(DatabaseSettings database)
    {
        await using var db = DatabaseContext.For(Unpooled(database));
        return await db.Nudges.GroupBy(n => n.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
    }

    private static DatabaseSettings Unpooled(DatabaseSettings database) => database.Provider == PersistenceProviders.Sqlite
        ? new DatabaseSettings { Provider = database.Provider, ConnectionString = database.ConnectionString + ";Pooling=False" }
        : database;
}
