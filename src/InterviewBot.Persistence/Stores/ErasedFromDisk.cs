using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Persistence.Stores;

/// <summary>
/// Makes an erasure reach the SQLite files, not only the tables. Every connection deletes with
/// <c>secure_delete</c> on (see <see cref="SqliteWrites"/>), so the pages the erasure wrote hold zeros
/// where the text was; but until a checkpoint the write-ahead log (<c>-wal</c>) still holds the older
/// copies of those pages, and the database file the older pages themselves. A TRUNCATE checkpoint
/// copies the cleaned pages into the database file and empties the log.
/// </summary>
/// <remarks>
/// On PostgreSQL there is nothing to do here, and nothing that could be done: its write-ahead log,
/// replicas and backups keep deleted rows for their own retention.
/// </remarks>
internal static class ErasedFromDisk
{
    /// <summary>Checkpoints the SQLite log after a committed erasure. Outside any transaction; a no-op on PostgreSQL.</summary>
    public static async Task CheckpointAsync(InterviewBotDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite() || db.Database.CurrentTransaction is not null) return;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            // Waits (busy_timeout) for writers to finish and readers to move on to the newest pages.
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var busy = await reader.ReadAsync(cancellationToken) && reader.GetInt64(0) != 0;
            // The data is gone from the tables either way; the log is emptied at a later checkpoint.
            if (busy) Log.CheckpointBusy(db.GetService<ILoggerFactory>().CreateLogger(typeof(ErasedFromDisk).FullName!));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
