namespace InterviewBot.Core.Privacy;

/// <summary>
/// How long a workspace's data is kept after the bot was removed from it, from
/// <c>Privacy:UninstalledWorkspaceDays</c>: 0 to <see cref="RetentionSettings.MaxDays"/> days,
/// <see cref="DefaultDays"/> when the setting is absent. A reinstall before then keeps everything.
/// </summary>
public sealed record UninstalledWorkspaceSettings
{
    public const string Setting = "Privacy:UninstalledWorkspaceDays";
    public const int DefaultDays = 30;

    public UninstalledWorkspaceSettings(int days) => Days = DaysSetting.Check(Setting, days, 0, RetentionSettings.MaxDays, DefaultDays);

    public int Days { get; }

    public static UninstalledWorkspaceSettings Default { get; } = new(DefaultDays);

    /// <summary>The setting's text as configuration holds it; empty or missing means the default.</summary>
    public static UninstalledWorkspaceSettings Parse(string? configured) =>
        new(DaysSetting.Parse(Setting, configured, 0, RetentionSettings.MaxDays, DefaultDays));
}

/// <summary>
/// Deletes everything of the workspaces the bot was removed from more than
/// <see cref="UninstalledWorkspaceSettings.Days"/> ago. Run with the daily retention; running it twice
/// deletes nothing more.
/// </summary>
public sealed class UninstalledWorkspaceSweep(IInstallations installations, INudgeScheduler scheduler, UninstalledWorkspaceSettings settings)
{
    /// <summary>Answers how many workspaces were deleted.</summary>
    public Task<int> RunAsync(DateTime nowUtc, CancellationToken cancellationToken = default) =>
        DeleteRemovedBeforeAsync(nowUtc - TimeSpan.FromDays(settings.Days), cancellationToken);

    /// <summary>A privacy admin's <c>privacy removed</c> → <i>Delete now</i>: every workspace removed until now, without waiting.</summary>
    public Task<int> RunNowAsync(DateTime nowUtc, CancellationToken cancellationToken = default) =>
        DeleteRemovedBeforeAsync(nowUtc.AddTicks(1), cancellationToken);

    /// <summary>When the kept data of a workspace removed at <paramref name="uninstalledUtc"/> goes.</summary>
    public DateTime DeletedFrom(DateTime uninstalledUtc) => uninstalledUtc + TimeSpan.FromDays(settings.Days);

    private async Task<int> DeleteRemovedBeforeAsync(DateTime cutoffUtc, CancellationToken cancellationToken)
    {
        var deleted = await installations.DeleteWorkspacesUninstalledBeforeAsync(cutoffUtc, cancellationToken);
        foreach (var nudgeId in deleted.CancelledNudgeIds) await scheduler.CancelAsync(nudgeId, cancellationToken);
        return deleted.Workspaces;
    }
}
