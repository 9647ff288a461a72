using Microsoft.Extensions.Logging;

namespace InterviewBot.Scheduling;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "Nudge {NudgeId} scheduled for {FireAtUtc:O}")]
    public static partial void NudgeScheduled(ILogger logger, Guid nudgeId, DateTimeOffset fireAtUtc);

    [LoggerMessage(2, LogLevel.Debug, "Nudge {NudgeId} unscheduled (it had a timer: {Existed})")]
    public static partial void NudgeUnscheduled(ILogger logger, Guid nudgeId, bool existed);

    [LoggerMessage(3, LogLevel.Error, "Nudge timer {JobKey} carries no valid nudge id ({Value}); nothing was delivered")]
    public static partial void InvalidNudgeId(ILogger logger, string jobKey, string? value);

    [LoggerMessage(4, LogLevel.Error, "Delivering nudge {NudgeId} failed; it stays waiting until it is scheduled again or the next restart re-schedules it")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, Guid nudgeId);

    [LoggerMessage(5, LogLevel.Information, "Delivering nudge {NudgeId} was interrupted by shutdown; the next start re-schedules it")]
    public static partial void DeliveryInterrupted(ILogger logger, Guid nudgeId);

    [LoggerMessage(6, LogLevel.Information, "Nudge timers checked: {Waiting} waiting nudge(s), {Restored} timer(s) (re)created")]
    public static partial void RecoveryFinished(ILogger logger, int waiting, int restored);

    [LoggerMessage(7, LogLevel.Error, "Re-scheduling waiting nudges failed after {Waiting} nudge(s); the rest get their timers at the next start")]
    public static partial void RecoveryFailed(ILogger logger, Exception exception, int waiting);
}
