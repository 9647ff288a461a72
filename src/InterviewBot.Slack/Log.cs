using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Error, "Slack turn failed ({Source}) in conversation {ConversationId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string source, string? conversationId);

    [LoggerMessage(3, LogLevel.Warning, "Rejected a request to {Path}: {Reason}")]
    public static partial void RequestRejected(ILogger logger, string path, string reason);

    [LoggerMessage(5, LogLevel.Warning, "Could not deliver to Slack conversation {ConversationId} (worth trying later: {IsTransient})")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, string conversationId, bool isTransient);

    [LoggerMessage(6, LogLevel.Information, "Slack event {EventId} was already handled (a retry); ignored")]
    public static partial void DuplicateEvent(ILogger logger, string eventId);

    [LoggerMessage(7, LogLevel.Warning, "Could not read the Slack profile of {UserId}; going on without their time zone")]
    public static partial void ProfileUnavailable(ILogger logger, Exception exception, string userId);

    [LoggerMessage(8, LogLevel.Information, "The modal trigger was no longer valid ({Error}); the form goes into the chat")]
    public static partial void TriggerExpired(ILogger logger, string error);

    [LoggerMessage(9, LogLevel.Information, "Slack bot connected to workspace {TeamId} as {UserId}")]
    public static partial void Connected(ILogger logger, string teamId, string userId);

    [LoggerMessage(10, LogLevel.Warning, "auth.test failed at startup; Slack may be unreachable. The bot will try as requests come.")]
    public static partial void AuthTestFailed(ILogger logger, Exception exception);

    [LoggerMessage(11, LogLevel.Warning, "Socket Mode could not connect; trying again in {Delay}")]
    public static partial void SocketConnectFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(12, LogLevel.Information, "Socket Mode connected")]
    public static partial void SocketConnected(ILogger logger);

    [LoggerMessage(13, LogLevel.Warning, "The Socket Mode connection dropped; reconnecting in {Delay}")]
    public static partial void SocketDropped(ILogger logger, TimeSpan delay);

    [LoggerMessage(14, LogLevel.Information, "Slack asked to reconnect Socket Mode ({Reason})")]
    public static partial void SocketDisconnectAsked(ILogger logger, string? reason);

    [LoggerMessage(15, LogLevel.Warning, "Could not answer Socket Mode envelope {EnvelopeId}")]
    public static partial void EnvelopeFailed(ILogger logger, Exception exception, string envelopeId);

    [LoggerMessage(16, LogLevel.Information, "Slack is throttling {Method}; trying again in {Delay}")]
    public static partial void RateLimited(ILogger logger, string method, TimeSpan delay);

    [LoggerMessage(17, LogLevel.Warning, "Could not tell whether Slack conversation {Channel} is a team channel; treating it as not one")]
    public static partial void ConversationKindUnknown(ILogger logger, Exception exception, string channel);

    [LoggerMessage(18, LogLevel.Error, "Slack turned Socket Mode off for this app (link_disabled): the bot stops connecting. Turn Socket Mode on again under the app's settings, then restart the bot")]
    public static partial void SocketModeDisabled(ILogger logger);

    [LoggerMessage(19, LogLevel.Warning, "Slack answered {Method} with warnings: {Warnings}")]
    public static partial void ApiWarning(ILogger logger, string method, string warnings);

    [LoggerMessage(20, LogLevel.Information, "Slack's Web API failed ({Outcome}) on {Method}; trying again in {Delay}")]
    public static partial void ServerErrorRetry(ILogger logger, string outcome, string method, TimeSpan delay);

    [LoggerMessage(21, LogLevel.Information, "InterviewBot was installed in Slack workspace {Team} (bot user {BotUser})")]
    public static partial void Installed(ILogger logger, string team, string botUser);

    [LoggerMessage(22, LogLevel.Warning, "A Slack install could not be completed: oauth.v2.access failed")]
    public static partial void InstallFailed(ILogger logger, Exception exception);

    [LoggerMessage(23, LogLevel.Information, "Slack workspace {Team}: {What}; its tokens were deleted ({Deleted}) and {Nudges} waiting nudges stopped")]
    public static partial void RemovedFromWorkspace(ILogger logger, string team, string what, bool deleted, int nudges);

    [LoggerMessage(24, LogLevel.Error, "Could not delete the tokens of Slack workspace {Team} after {What}")]
    public static partial void RemovalFailed(ILogger logger, Exception exception, string team, string what);

    [LoggerMessage(25, LogLevel.Warning, "Slack work is full ({Reason}; {Taken} taken, {Starting} waiting for the engine): new requests are told to try again")]
    public static partial void WorkFull(ILogger logger, string reason, int taken, int starting);
}
