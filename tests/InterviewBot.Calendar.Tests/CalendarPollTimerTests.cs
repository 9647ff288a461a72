using InterviewBot.Core.Calendar;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Engine;
using InterviewBot.Core.FollowUp;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace InterviewBot.Calendar.Tests;

/// <summary>
/// A feed's poll timer is set only once the turn that added the feed is saved (<see cref="CalendarPollOutbox"/>,
/// flushed by <see cref="Commit"/>): a timer for a feed that was never saved would poll nothing. SQLite and PostgreSQL.
/// </summary>
public abstract class CalendarPollTimerTests : IAsyncLifetime
{
    private readonly TestDatabase _database;

    protected CalendarPollTimerTests(TestDatabaseKind kind) =>
        _database = new TestDatabase(kind, calendar: new Dictionary<string, string?> { [CalendarSettings.AllowPrivateSetting] = "true" });

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private const string Address = "https://127.0.0.1:1/calendar/ical/rita/private-abc/basic.ics";

    [DatabaseFact]
    public async Task A_calendar_added_in_a_turn_whose_save_fails_gets_no_poll_timer()
    {
        await using var scope = _database.NewScope();
        var said = await scope.ServiceProvider.GetRequiredService<ConversationRouter>().HandleAsync(RitaTurns.Message("calendar " + Address));
        Assert.StartsWith("Got it.", Assert.Single(said.Replies).Text, StringComparison.Ordinal);

        // Meanwhile Rita's other chat saved a calendar first: this turn's save breaks the one-feed-per-person key.
        await using (var db = _database.NewContext())
        {
            var rita = await db.People.SingleAsync(p => p.PlatformUserId == RitaTurns.UserId);
            db.CalendarFeeds.Add(new CalendarFeed(rita.WorkspaceId, rita.Id, "sealed elsewhere", _database.NowUtc));
            await db.SaveChangesAsync();
        }
        await Assert.ThrowsAsync<StoreConflictException>(() => scope.ServiceProvider.GetRequiredService<Commit>().SaveAsync());

        _database.CalendarPolls.Verify(p => p.StartAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [DatabaseFact]
    public async Task A_calendar_added_in_a_turn_that_saves_is_polled_and_calendar_off_stops_it_after_its_save()
    {
        await RitaTurns.TurnAsync(_database, "calendar " + Address);
        Guid feedId;
        await using (var db = _database.NewContext()) feedId = (await db.CalendarFeeds.SingleAsync()).Id;
        _database.CalendarPolls.Verify(p => p.StartAsync(feedId, It.IsAny<CancellationToken>()), Times.Once);

        await RitaTurns.TurnAsync(_database, "calendar off");

        _database.CalendarPolls.Verify(p => p.StopAsync(feedId, It.IsAny<CancellationToken>()), Times.Once);
        await using var after = _database.NewContext();
        Assert.Empty(await after.CalendarFeeds.ToListAsync());
    }

    [DatabaseFact]
    public async Task A_calendar_off_whose_save_fails_keeps_the_poll_timer_of_the_feed_that_stays()
    {
        await RitaTurns.TurnAsync(_database, "calendar " + Address);
        Guid feedId, workspaceId, samId;
        await using (var db = _database.NewContext())
        {
            var feed = await db.CalendarFeeds.SingleAsync();
            (feedId, workspaceId) = (feed.Id, feed.WorkspaceId);
            var sam = new Person(workspaceId, "U-SAM", "Sam Interviewer", _database.NowUtc);
            db.People.Add(sam);
            db.CalendarFeeds.Add(new CalendarFeed(workspaceId, sam.Id, "sealed elsewhere", _database.NowUtc));
            await db.SaveChangesAsync();
            samId = sam.Id;
        }

        await using var scope = _database.NewScope();
        var said = await scope.ServiceProvider.GetRequiredService<ConversationRouter>().HandleAsync(RitaTurns.Message("calendar off"));
        Assert.StartsWith("I stopped reading your calendar", Assert.Single(said.Replies).Text, StringComparison.Ordinal);
        // The same save carries a second feed for Sam, which his first one refuses: nothing of the turn is saved.
        scope.ServiceProvider.GetRequiredService<ICalendarFeeds>().Add(new CalendarFeed(workspaceId, samId, "sealed again", _database.NowUtc));
        await Assert.ThrowsAsync<StoreConflictException>(() => scope.ServiceProvider.GetRequiredService<Commit>().SaveAsync());

        _database.CalendarPolls.Verify(p => p.StopAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
        await using var after = _database.NewContext();
        Assert.Contains(await after.CalendarFeeds.Select(f => f.Id).ToListAsync(), id => id == feedId);
    }

    public sealed class OnSqlite() : CalendarPollTimerTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : CalendarPollTimerTests(TestDatabaseKind.Postgres), IRunsOnPostgres;
}
