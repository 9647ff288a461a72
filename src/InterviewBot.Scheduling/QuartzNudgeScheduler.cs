using InterviewBot.Core.Ports;
using Microsoft.Extensions.Logging;
using Quartz;
using Quartz.Extensibility;

namespace InterviewBot.Scheduling;

/// <summary>
/// <see cref="INudgeScheduler"/> on Quartz.NET: one job and one one-shot trigger per nudge, keyed by
/// the nudge id (<see cref="NudgeKeys"/>), stored in the database so they survive restarts. The job
/// carries only the id; <see cref="DeliverNudgeJob"/> hands it to the core's <see cref="INudgeDelivery"/>.
/// </summary>
/// <remarks>
/// In a cluster (PostgreSQL) each nudge job asks for recovery: when the node delivering it dies, another
/// node runs it again once it notices. The delivery re-reads the nudge, so one that was already marked
/// sent is not sent again; only a send the dead node had made but not yet recorded can go out twice.
/// </remarks>
internal sealed class QuartzNudgeScheduler(ISchedulerFactory schedulers, ISchedulerSignaler signaler, SchedulerDatabase database,
    ILogger<QuartzNudgeScheduler> logger) : INudgeScheduler
{
    public async Task ScheduleAsync(Guid nudgeId, DateTime dueUtc, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var (job, trigger) = Build(nudgeId, dueUtc, scheduler.TimeProvider, database.IsClustered);
        // Replacing over-writes the job and trigger stored under the same keys in one store operation,
        // so a nudge moved to a new time keeps exactly one timer.
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, cancellationToken);
        Log.NudgeScheduled(logger, nudgeId, trigger.StartTimeUtc);
    }

    public async Task CancelAsync(Guid nudgeId, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        // Removing the trigger removes the job with it (nudge jobs are not durable), in one store operation;
        // a nudge that has no timer is simply not found. Not DeleteJob: it reads the job's triggers first
        // and removes them after, so a firing that ends in between (its spent trigger is removed then)
        // made it throw "Unable to unschedule trigger … while deleting job" – a Done tapped on a nudge
        // card the moment it arrived failed that way.
        var existed = await scheduler.UnscheduleJob(NudgeKeys.Trigger(nudgeId), cancellationToken);
        Log.NudgeUnscheduled(logger, nudgeId, existed);
    }

    /// <summary>
    /// Makes the scheduler look at its triggers now rather than at the end of its idle wait (up to
    /// 30 s), which matters after the local clock (local mode's, in InterviewBot.DevTools) jumped over a due time.
    /// </summary>
    /// <remarks>
    /// The signaler is the one Quartz registers in the container for its job store;
    /// <c>SignalSchedulingChange(null)</c> is documented to always wake the scheduler thread, and costs
    /// nothing. <c>IScheduler.ResumeAll</c> wakes it too, but visits every trigger under the store's
    /// lock (bench/README.md, "Measured design choices").
    /// </remarks>
    public Task WakeAsync(CancellationToken cancellationToken = default) =>
        signaler.SignalSchedulingChange(null, cancellationToken).AsTask();

    /// <summary>
    /// Gives each nudge a timer at its due time unless it already has one there; answers how many were
    /// (re)created. Reads are cheap key lookups and nothing is written for a timer that is already
    /// right; the ones that are not are written in one store operation.
    /// </summary>
    /// <remarks>
    /// One <c>GetTrigger</c> per nudge rather than <c>GetTriggers(keys)</c> for the page: on SQLite the
    /// batch read takes time in proportion to the whole trigger table, where a lookup by key does not
    /// (bench/README.md, "Measured design choices").
    /// </remarks>
    public async Task<int> EnsureScheduledAsync(IReadOnlyCollection<(Guid NudgeId, DateTime DueUtc)> nudges, CancellationToken cancellationToken = default)
    {
        if (nudges.Count == 0) return 0;
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var now = scheduler.TimeProvider.GetUtcNow();

        var missing = new List<(IJobDetail Job, ITrigger Trigger)>();
        foreach (var (nudgeId, dueUtc) in nudges)
        {
            var stored = await scheduler.GetTrigger(NudgeKeys.Trigger(nudgeId), cancellationToken);
            // A one-shot trigger keeps its row, with no next time, while its delivery runs (here or on
            // another node of a cluster): that delivery decides, and a second timer beside it is not wanted.
            if (stored is { NextFireTimeUtc: null }) continue;
            if (FiresAsDue(stored?.NextFireTimeUtc, AsUtc(dueUtc), now)) continue;
            missing.Add(Build(nudgeId, dueUtc, scheduler.TimeProvider, database.IsClustered));
        }

        // Writing holds the store's lock, which firing takes too (in-process on SQLite, a row lock in a
        // cluster): the timers are written a few at a time, so nudges already due keep going out while
        // a large backlog is recovered, instead of waiting for the whole pass.
        foreach (var chunk in missing.Chunk(WriteBatch))
        {
            await scheduler.ScheduleJobs(chunk.ToDictionary(m => m.Job, m => (IReadOnlyCollection<ITrigger>)[m.Trigger]),
                ScheduleJobOptions.Replacing, cancellationToken);
        }
        return missing.Count;
    }

    /// <summary>How many timers one store operation writes during recovery.</summary>
    private const int WriteBatch = 50;

    /// <summary>A stored trigger is right if it fires at the due time, or at once when both are already past.</summary>
    private static bool FiresAsDue(DateTimeOffset? stored, DateTimeOffset due, DateTimeOffset now) =>
        stored is { } next && (next == due || (next <= now && due <= now));

    private static (IJobDetail Job, ITrigger Trigger) Build(Guid nudgeId, DateTime dueUtc, TimeProvider clock, bool recoverable)
    {
        var jobKey = NudgeKeys.Job(nudgeId);
        var job = JobBuilder.Create<DeliverNudgeJob>()
            .WithIdentity(jobKey)
            .UsingJobData(NudgeKeys.NudgeIdKey, nudgeId.ToString("D"))
            .RequestRecovery(recoverable)
            .Build();

        // A due time that has passed fires at once: the trigger starts now on the scheduler's clock.
        var due = AsUtc(dueUtc);
        var now = clock.GetUtcNow();
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(NudgeKeys.Trigger(nudgeId))
            .ForJob(jobKey)
            .StartAt(due > now ? due : now)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        return (job, trigger);
    }

    /// <summary>Due times are UTC by contract; one that says Local is converted rather than misread.</summary>
    private static DateTimeOffset AsUtc(DateTime dueUtc) => dueUtc.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(dueUtc.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc), TimeSpan.Zero),
    };
}
