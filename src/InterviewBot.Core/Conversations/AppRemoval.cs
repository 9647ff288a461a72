namespace InterviewBot.Core.Conversations;

/// <summary>
/// What a channel calls when the platform says the bot was removed (beside the pipeline, which owns every
/// turn). The bot was removed from a workspace, or its tokens were revoked: the tokens go at once and no
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

    /// <summary>The bot was removed from a 1:1 chat or a team (Teams): nothing more is sent to those conversations.</summary>
    public async Task<int> RemoveFromConversationsAsync(WorkspaceKey workspace, IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var stopped = await installations.StopConversationsAsync(workspace.Platform, workspace.ExternalId, conversationIds, clock.GetUtcNow().UtcDateTime, cancellationToken);
        foreach (var nudgeId in stopped) await scheduler.CancelAsync(nudgeId, cancellationToken);
        return stopped.Count;
    }
}
