using InterviewBot.Core.Calendar;
using InterviewBot.Scheduling.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Scheduling.Tests;

/// <summary>
/// The start-up pass that gives every saved calendar feed without a poll timer its timer: a feed whose timer was
/// lost after its save (the timer write failed, or the host stopped) is read again, a feed that has its timer
/// keeps it, and a pass that cannot read the feeds is logged and does not keep the bot from starting.
/// </summary>
public sealed class CalendarPollRecoveryTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LogCapture _logs = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_saved_feed_that_never_got_its_poll_timer_gets_one_at_startup()
    {
        await using var host = await SchedulingHost.CreateAsync(_folder);
        var feed = await host.AddCalendarFeedAsync(); // saved, but the timer was never set

        await host.StartAsync();

        await Eventually.TrueAsync(async () => await host.CalendarTimerOfAsync(feed) is not null, "the feed has a poll timer");
    }

    [Fact]
    public async Task A_feed_that_has_its_poll_timer_keeps_it_as_it_is_at_startup()
    {
        Guid feed;
        DateTimeOffset? firstPoll;
        await using (var first = await SchedulingHost.CreateAsync(_folder))
        {
            feed = await first.AddCalendarFeedAsync();
            await first.StartAsync();
            await first.Services.GetRequiredService<ICalendarPolls>().StartAsync(feed);
            firstPoll = (await first.CalendarTimerOfAsync(feed))?.StartTimeUtc;
        }
        Assert.NotNull(firstPoll);

        await using var host = await SchedulingHost.CreateAsync(_folder);
        host.Clock.Advance(TimeSpan.FromSeconds(30));
        await host.StartAsync();

        await host.Services.GetServices<IHostedService>().OfType<CalendarPollRecovery>().Single().ExecuteTask!;
        Assert.Equal(firstPoll, (await host.CalendarTimerOfAsync(feed))?.StartTimeUtc);
    }

    [Fact]
    public async Task When_the_feeds_cannot_be_read_at_startup_the_failure_is_logged_and_the_bot_keeps_running()
    {
        await using var host = await SchedulingHost.CreateAsync(_folder, services => services.AddSingleton<ILoggerProvider>(_logs));
        await using (var broken = new SqliteConnection(_folder.ConnectionString))
        {
            await broken.OpenAsync();
            await using var drop = broken.CreateCommand();
            drop.CommandText = "DROP TABLE \"CalendarEvents\"; DROP TABLE \"CalendarFeeds\"";
            await drop.ExecuteNonQueryAsync();
        }
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

        await host.StartAsync();

        await Eventually.TrueAsync(() => stopping.IsCancellationRequested || _logs.Lines.Any(l => l.Contains("Giving calendar feeds their poll timers failed", StringComparison.Ordinal)),
            "the calendar pass ended");
        Assert.False(stopping.IsCancellationRequested, string.Join("\n", _logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal))));
        Assert.Contains(_logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("no such table: CalendarFeeds", StringComparison.Ordinal));
    }
}
