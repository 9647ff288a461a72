using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace InterviewBot.Scheduling;

/// <summary>
/// Whether this host fires nudges: its Quartz scheduler has started and is neither on standby nor shut
/// down. A host whose scheduler is not running answers turns but sends no nudges, so it is not ready.
/// </summary>
public static class SchedulerReadiness
{
    /// <returns>Null when running, else what is wrong.</returns>
    public static async Task<string?> ProblemAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
        return await scheduler.GetStatus(cancellationToken) switch
        {
            SchedulerStatus.Running => null,
            SchedulerStatus.Standby => "The nudge scheduler is on standby.",
            SchedulerStatus.Created => "The nudge scheduler has not started yet.",
            var status => $"The nudge scheduler is not running ({status}).",
        };
    }
}
