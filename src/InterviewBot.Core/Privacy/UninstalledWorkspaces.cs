using System.Globalization;

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

    public UninstalledWorkspaceSettings(int days)
    {
        if (days is < 0 or > RetentionSettings.MaxDays)
            throw new SettingException(
                $"{Setting} is {days.ToString(CultureInfo.InvariantCulture)}; it must be a number of days from 0 to {RetentionSettings.MaxDays} " +
                $"(leave it out for the default of {DefaultDays}).");
        Days = days;
    }

    public int Days { get; }

    public static UninstalledWorkspaceSettings Default { get; } = new(DefaultDays);

    public static UninstalledWorkspaceSettings Parse(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured)) return Default;
        if (!int.TryParse(configured.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var days))
            throw new SettingException(
                $"{Setting} is \"{configured}\", which is not a whole number of days. Use 0 to {RetentionSettings.MaxDays} (the default is {DefaultDays}).");
        return new UninstalledWorkspaceSettings(days);
    }
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
