namespace InterviewBot.Core.Ports;

/// <summary>
/// Where the bot's installations are kept (<see cref="Installation"/>). Used outside a conversation's
/// turn – the install page, a token looked up for a nudge – so each call commits its own change.
/// </summary>
public interface IInstallations
{
    Task<Installation?> FindAsync(string platform, string externalId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds the installation, or replaces the one of that workspace (a reinstall, a rotated token). A
    /// workspace that had removed the bot keeps its data and is no longer counted as removed.
    /// </summary>
    Task SaveAsync(Installation installation, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the workspace's installation (its tokens) and cancels its waiting nudges; with
    /// <paramref name="appRemoved"/> also notes when the bot was removed, from which the workspace's
    /// data is kept for <c>Privacy:UninstalledWorkspaceDays</c>. Answers the nudges cancelled, whose timers go.
    /// </summary>
    Task<RemovedFromWorkspace> RemoveAsync(string platform, string externalId, bool appRemoved, DateTime nowUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes every workspace the bot was removed from before <paramref name="cutoffUtc"/>, with all its
    /// data (people, interviews, notes, stories, nudges…). Answers how many, and any nudges still waiting there.
    /// </summary>
    Task<DeletedWorkspaces> DeleteWorkspacesUninstalledBeforeAsync(DateTime cutoffUtc, CancellationToken cancellationToken = default);

    /// <summary>Every workspace the bot was removed from whose data is still kept, the earliest removed first.</summary>
    Task<IReadOnlyList<Workspace>> ListUninstalledAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The bot was removed from some conversations of a workspace (a person's 1:1 chat, a team and its
    /// channels; ids compared without a thread's <c>;messageid=</c> part): the waiting nudges that would go
    /// there are cancelled – a person's, for their 1:1 chat; the team channel's, when it is one of them, and
    /// the workspace no longer has that team channel. Answers the nudges cancelled, whose timers go.
    /// </summary>
    Task<IReadOnlyList<Guid>> StopConversationsAsync(string platform, string externalId, IReadOnlyCollection<string> conversationIds, DateTime nowUtc,
        CancellationToken cancellationToken = default);
}

/// <param name="TokensDeleted">Whether there was an installation (with tokens) to delete.</param>
/// <param name="CancelledNudgeIds">The workspace's nudges that were waiting and are now cancelled.</param>
public sealed record RemovedFromWorkspace(bool TokensDeleted, IReadOnlyList<Guid> CancelledNudgeIds);

/// <param name="Workspaces">Workspaces deleted this time.</param>
/// <param name="CancelledNudgeIds">Nudges that were still waiting in them: cancel their timers.</param>
public sealed record DeletedWorkspaces(int Workspaces, IReadOnlyList<Guid> CancelledNudgeIds);
