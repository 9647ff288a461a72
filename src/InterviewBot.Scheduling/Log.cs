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

    [LoggerMessage(8, LogLevel.Information, "Retention: removed what is older than {CutoffUtc:O}: {Interviews} finished interview(s) trimmed, {Notes} note(s) deleted, {Answers} answer(s) and draft(s) cleared, {Unfinished} unfinished chat answer(s) cleared, {CalendarEvents} calendar event(s) deleted")]
    public static partial void RetentionSwept(ILogger logger, DateTime cutoffUtc, int interviews, int notes, int answers, int unfinished, int calendarEvents);

    [LoggerMessage(9, LogLevel.Information, "Retention run interrupted by shutdown; the next run continues where it stopped")]
    public static partial void RetentionInterrupted(ILogger logger);

    [LoggerMessage(10, LogLevel.Error, "Retention run failed; it runs again tomorrow")]
    public static partial void RetentionFailed(ILogger logger, Exception exception);

    [LoggerMessage(11, LogLevel.Information, "Retention: deleted {Workspaces} workspace(s) the bot was removed from, with all their data")]
    public static partial void UninstalledWorkspacesDeleted(ILogger logger, int workspaces);
    [LoggerMessage(12, LogLevel.Error, "The poll of calendar feed {FeedId} failed; the next one tries again")]
    public static partial void CalendarPollFailed(ILogger logger, Exception exception, Guid feedId);

    [LoggerMessage(13, LogLevel.Error, "Mail timer {JobKey} carries no valid mail id ({Value}); nothing was sent")]
    public static partial void InvalidMailId(ILogger logger, string jobKey, string? value);

    [LoggerMessage(14, LogLevel.Error, "Sending mail {MailId} failed unexpectedly; it stays queued and is tried again shortly")]
    public static partial void MailFailed(ILogger logger, Exception exception, Guid mailId);

    [LoggerMessage(15, LogLevel.Information, "Mail timers checked: {Queued} queued mail(s) given a timer")]
    public static partial void MailRecovered(ILogger logger, int queued);

    [LoggerMessage(30, LogLevel.Error, "Giving queued mails their timers failed after {Given} mail(s); the rest stay queued and get their timers at the next start")]
    public static partial void MailRecoveryFailed(ILogger logger, Exception exception, int given);

    [LoggerMessage(31, LogLevel.Information, "Calendar poll timers checked: {Feeds} feed(s), {Given} given a timer")]
    public static partial void CalendarPollsRecovered(ILogger logger, int feeds, int given);

    [LoggerMessage(32, LogLevel.Error, "Giving calendar feeds their poll timers failed after {Given} feed(s); the rest get their timers at the next start")]
    public static partial void CalendarPollRecoveryFailed(ILogger logger, Exception exception, int given);
}
