using InterviewBot.Core.Privacy;
using Microsoft.Extensions.Hosting;

namespace InterviewBot.Scheduling;

/// <summary>
/// Reads <see cref="RetentionSettings.Setting"/> when the host starts, so a wrong value stops startup
/// with a message naming the setting instead of failing the first nightly run. Resolving the
/// settings is the check: <see cref="RetentionSettings.Parse"/> refuses what is out of range.
/// </summary>
internal sealed class RetentionSettingsCheck(RetentionSettings settings, UninstalledWorkspaceSettings uninstalled) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = settings.Days;
        _ = uninstalled.Days;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
