using Microsoft.Extensions.Logging;

namespace InterviewBot.Core.Privacy;

/// <summary>
/// One line for each privacy request an admin runs, on its own log category (<see cref="Category"/>) so
/// it can be kept and shipped apart from the rest: who ran it, what, in which workspace, when, and how
/// many records it covered. Never whom it was about: no name, e-mail address or other personal data.
/// </summary>
public sealed partial class PrivacyAudit(ILoggerFactory loggers)
{
    public const string Category = "InterviewBot.PrivacyAudit";

    private readonly ILogger _log = loggers.CreateLogger(Category);

    /// <param name="action">What was done: <c>export</c>, <c>erase</c> or <c>erase cancelled</c>.</param>
    /// <param name="records">Records covered: interviews and everything on them, reminders and sent-card records.</param>
    public void Record(Engine.Turn turn, string action, int interviews, int records)
    {
        ArgumentNullException.ThrowIfNull(turn);
        Ran(_log, turn.Person.PlatformUserId, action, turn.Workspace.Platform, turn.Workspace.ExternalId, turn.NowUtc, interviews, records);
    }

    [LoggerMessage(1, LogLevel.Information,
        "Privacy request by admin {AdminUserId}: {Action} in workspace {Platform}/{WorkspaceId} at {WhenUtc:O}, {Interviews} interview(s), {Records} record(s)")]
    private static partial void Ran(ILogger logger, string adminUserId, string action, string platform, string workspaceId, DateTime whenUtc, int interviews, int records);
}
