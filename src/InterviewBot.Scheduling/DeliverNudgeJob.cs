using InterviewBot.Core.Ports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace InterviewBot.Scheduling;

/// <summary>
/// Fires when a nudge falls due and hands its id to the core's <see cref="INudgeDelivery"/>, which
/// re-reads the nudge, checks it is still wanted, sends it and schedules any retry. This job never
/// throws into Quartz and never asks Quartz to re-fire: retrying is the delivery's decision.
/// </summary>
/// <remarks>
/// One job per nudge, so disallowing concurrent execution means one nudge is never delivered by two
/// firings at once (a retry scheduled for "now" from inside a delivery waits for that delivery to end);
/// different nudges still run side by side.
/// </remarks>
[DisallowConcurrentExecution]
internal sealed class DeliverNudgeJob(IServiceScopeFactory scopes, INudgeScheduler scheduler, TimeProvider time, ILogger<DeliverNudgeJob> logger) : IJob
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(5);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var value = context.MergedJobDataMap.GetString(NudgeKeys.NudgeIdKey);
        if (!Guid.TryParse(value, out var nudgeId))
        {
            Log.InvalidNudgeId(logger, context.JobDetail.Key.ToString(), value);
            return;
        }

        try
        {
            // A scope of our own per firing: the delivery works on the turn-scoped EF stores.
            await using var scope = scopes.CreateAsyncScope();
            var delivery = scope.ServiceProvider.GetRequiredService<INudgeDelivery>();
            await delivery.DeliverAsync(nudgeId, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.DeliveryInterrupted(logger, nudgeId);
        }
#pragma warning disable CA1031 // A job must not throw into Quartz; the nudge stays waiting in the database and is not lost.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.DeliveryFailed(logger, exception, nudgeId);
            // An unexpected failure (a busy database, a bug) must not leave the nudge without a timer
            // until the next restart: look again shortly. The delivery re-checks everything then.
            await scheduler.ScheduleAsync(nudgeId, time.GetUtcNow().UtcDateTime + RetryAfterFailure, CancellationToken.None);
        }
    }
}
