using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InterviewBot.Persistence.Stores;

/// <summary>
/// Saves a record that turns arriving together may all want to create (a workspace or a person seen
/// for the first time) at once, outside the turn's unit of work: the first save wins, the others
/// meet a unique key, and every turn then reads the one stored row into its own context. Without
/// this, each turn added its own and all but one failed when they saved.
/// </summary>
internal static class FirstSaveWins
{
    /// <summary>The stored record <paramref name="find"/> finds, after saving <paramref name="newRecord"/> if there was none.</summary>
    public static async Task<T> FindOrAddAsync<T>(InterviewBotDbContext db, T newRecord, Func<IQueryable<T>, CancellationToken, Task<T?>> find,
        CancellationToken cancellationToken) where T : class
    {
        await using (var own = db.Sibling())
        {
            own.Add(newRecord);
            try
            {
                await own.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException conflict) when (IsUniqueViolation(conflict))
            {
                // Another turn saved it first: theirs is the one.
            }
        }
        return await find(db.Set<T>(), cancellationToken)
            ?? throw new InvalidOperationException($"A {typeof(T).Name} saved a moment ago is not in the database.");
    }

    /// <summary>SQLite's UNIQUE or PRIMARY KEY constraint, PostgreSQL's unique_violation (23505).</summary>
    public static bool IsUniqueViolation(DbUpdateException failure) => failure.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
