namespace InterviewBot.Host;

/// <summary>The host's own log lines. Each refusal is one line with its reason: no exception, no stack trace.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Rejected a request to /dev/clock/advance: {Reason}")]
    public static partial void ClockNotMoved(ILogger logger, string reason);
}
