using Microsoft.Extensions.Logging;

namespace InterviewBot.Persistence;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Database ready ({Provider}): applied {Count} migration(s): {Migrations}")]
    public static partial void DatabaseReady(ILogger logger, string? provider, int count, string migrations);
}
