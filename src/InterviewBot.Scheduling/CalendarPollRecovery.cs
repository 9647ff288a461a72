using InterviewBot.Core.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace InterviewBot.Scheduling;

/// <summary>
/// At start-up, a poll timer for every saved calendar feed that has none: a feed's timer is set only after
/// its turn is saved (<see cref="CalendarPollOutbox"/>), so a failure or crash between the two would leave the
/// feed unread for ever. A feed that has its timer keeps it as it is. Runs after the Quartz hosted service and
/// reads only the feeds' ids. A failure (the database away) is logged and the host starts anyway: the feeds
/// stay saved, and the next start gives them their timers.
/// </summary>
internal sealed class CalendarPollRecovery(IServiceScopeFactory scopes, ISchedulerFactory schedulers, ICalendarPolls polls, ILogger<CalendarPollRecovery> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var given = 0;
        try
        {
            IReadOnlyList<Guid> feeds;
            await using (var scope = scopes.CreateAsyncScope())
            {
                feeds = await scope.ServiceProvider.GetRequiredService<ICalendarFeeds>().ListIdsAsync(stoppingToken);
            }
            var scheduler = await schedulers.GetScheduler(stoppingToken);
            foreach (var feedId in feeds)
            {
                if (await scheduler.Exists(PollCalendarJob.Job(feedId), stoppingToken)) continue;
                await polls.StartAsync(feedId, stoppingToken);
                given++;
            }
            Log.CalendarPollsRecovered(logger, feeds.Count, given);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown during start-up: the feeds stay saved for the next start.
        }
#pragma warning disable CA1031 // Logged; a failed pass must not stop the host (the feeds stay saved in the database).
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.CalendarPollRecoveryFailed(logger, exception, given);
        }
    }
}
