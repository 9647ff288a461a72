namespace InterviewBot.Core.Installs;

/// <summary>
/// The bot was removed from a workspace, or its tokens were revoked: the tokens go at once and no
/// nudge is sent there any more (the rows are cancelled first, so a timer firing before it is
/// removed finds nothing to send). The workspace's data stays until retention deletes it.
/// </summary>
public sealed class AppRemoval(IInstallations installations, INudgeScheduler scheduler, TimeProvider clock)
{
    public async Task<RemovedFromWorkspace> RemoveAsync(string platform, string externalId, bool appRemoved, CancellationToken cancellationToken = default)
    {
        var removed = await installations.RemoveAsync(platform, externalId, appRemoved, clock.GetUtcNow().UtcDateTime, cancellationToken);
        foreach (var nudgeId in removed.CancelledNudgeIds) await scheduler.CancelAsync(nudgeId, cancellationToken);
        return removed;
    }
}
