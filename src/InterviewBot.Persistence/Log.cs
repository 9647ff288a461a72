using Microsoft.Extensions.Logging;

namespace InterviewBot.Persistence;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Database ready ({Provider}): applied {Count} migration(s): {Migrations}")]
    public static partial void DatabaseReady(ILogger logger, string? provider, int count, string migrations);

    [LoggerMessage(2, LogLevel.Warning, "After an erasure the SQLite write-ahead log could not be emptied: another connection kept reading old pages. Deleted text stays in the -wal file until the next checkpoint.")]
    public static partial void CheckpointBusy(ILogger logger);
}
