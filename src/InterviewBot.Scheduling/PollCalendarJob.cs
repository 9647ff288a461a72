using InterviewBot.Core.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace InterviewBot.Scheduling;

/// <summary>
/// One poll of one calendar feed (<see cref="CalendarSync"/>), on the feed's repeating trigger. One job per
/// feed and no concurrent runs of it, which in a cluster (the job store's row locks) means one poll per feed
/// at a time across every host. A feed that is gone (calendar off, forget me) removes its own timer; a
/// failed poll is logged and the next one tries again.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class PollCalendarJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<PollCalendarJob> logger) : IJob
{
    public const string Group = "calendar";
    public const string FeedKey = "feedId";

    /// <summary>
    /// A timer is set only once its feed is saved, so a missing feed was removed (its stop failed, or forget me took it);
    /// still, only a timer older than this removes itself, so a poll racing the feed's own save never drops a live feed's timer.
    /// </summary>
    private static readonly TimeSpan SavedBy = TimeSpan.FromMinutes(5);

    public static JobKey Job(Guid feedId) => new($"feed-{feedId:N}", Group);

    public static TriggerKey Trigger(Guid feedId) => new($"feed-{feedId:N}", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(context.MergedJobDataMap.GetString(FeedKey), out var feedId)) return;
        // Polls missed while the host was down all come due at once (the store's misfire threshold is long, for
        // nudges): only the last of them reads the calendar, rather than one request per missed 10 minutes.
        if (context.NextFireTimeUtc is { } next && next <= time.GetUtcNow()) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<CalendarSync>().PollAsync(feedId, cancellationToken);
            if (outcome == PollOutcome.NoFeed && time.GetUtcNow() - context.Trigger.StartTimeUtc > SavedBy)
                await context.Scheduler.DeleteJob(Job(feedId), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // A job must not throw into Quartz; the next poll tries again.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            Log.CalendarPollFailed(logger, failure, feedId);
        }
    }
}

/// <summary><see cref="ICalendarPolls"/> on Quartz: a durable job and a repeating trigger per feed, in the nudges' database.</summary>
internal sealed class QuartzCalendarPolls(ISchedulerFactory schedulers, CalendarPolling polling) : ICalendarPolls
{
    public TimeSpan Interval => polling.Interval;

    public async Task StartAsync(Guid feedId, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<PollCalendarJob>()
            .WithIdentity(PollCalendarJob.Job(feedId))
            .UsingJobData(PollCalendarJob.FeedKey, feedId.ToString())
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(PollCalendarJob.Trigger(feedId))
            .ForJob(job)
            .StartAt(scheduler.TimeProvider.GetUtcNow().AddMinutes(1))
            .WithSimpleSchedule(schedule => schedule.WithInterval(polling.Interval).RepeatForever())
            .Build();
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    public async Task StopAsync(Guid feedId, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(PollCalendarJob.Job(feedId), cancellationToken);
    }
}
