using Microsoft.Extensions.Logging;

namespace InterviewBot.Teams;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Error, "Turn failed for activity {ActivityType} in conversation {ConversationId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityType, string? conversationId);

    [LoggerMessage(3, LogLevel.Warning, "Rejected a request to {Path}: {Reason}")]
    public static partial void RequestRejected(ILogger logger, string path, string reason);

    [LoggerMessage(4, LogLevel.Warning, "Bot Framework authentication is OFF (no MicrosoftAppId). Use this only for local development and the Emulator.")]
    public static partial void AuthenticationOff(ILogger logger);

    [LoggerMessage(6, LogLevel.Information, "Teams send failed (try {Attempt} next, in {Delay})")]
    public static partial void Retrying(ILogger logger, Exception? exception, int attempt, TimeSpan delay);

    [LoggerMessage(7, LogLevel.Warning, "Could not deliver to Teams conversation {ConversationId} (worth trying later: {IsTransient})")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, string conversationId, bool isTransient);

    [LoggerMessage(8, LogLevel.Warning, "Keeping {Max} Bot Connector clients already; clients for further service URLs are made per turn")]
    public static partial void ConnectorCacheFull(ILogger logger, int max);
}
