using InterviewBot.Core.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Calendar.Tests;

/// <summary>
/// A poll that finds several new phone screens looks the owner's booked calls up once (to offer <i>Link to it</i>
/// for an event near one), not once per event. On the real engine and stores of a SQLite database.
/// </summary>
public sealed class CalendarPollQueryTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new(calendar: new Dictionary<string, string?> { [CalendarSettings.AllowPrivateSetting] = "true" });
    private IcsFeedServer _calendar = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _calendar = await IcsFeedServer.StartAsync();
        _calendar.Publish(CalendarExports.Outlook());
    }

    public async Task DisposeAsync()
    {
        await _calendar.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_poll_that_asks_about_six_phone_screens_reads_the_owners_calls_once()
    {
        await RitaTurns.TurnAsync(_database, "calendar " + _calendar.Address);
        Guid feedId;
        await using (var db = _database.NewContext()) feedId = (await db.CalendarFeeds.SingleAsync()).Id;

        using var interviewQueries = new CommandCounter(_database.ConnectionString, "\"Interviews\"");
        await using (var scope = _database.NewScope())
            Assert.Equal(PollOutcome.Read, await scope.ServiceProvider.GetRequiredService<CalendarSync>().PollAsync(feedId));

        await using var after = _database.NewContext();
        Assert.Equal(6, await after.CalendarEvents.CountAsync(e => e.State == CalendarEventState.Asked));
        Assert.Equal(1, interviewQueries.Count);
    }
}
