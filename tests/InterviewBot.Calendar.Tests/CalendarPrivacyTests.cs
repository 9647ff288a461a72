using InterviewBot.Core.Calendar;
using InterviewBot.Core.Conversations;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Views;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Calendar.Tests;

/// <summary>
/// The feed's address is a secret: stored encrypted, masked in "export my data", and gone with everything the
/// bot asked about its events after "forget me", whose card says so. On the real engine and stores, SQLite and PostgreSQL.
/// </summary>
public abstract class CalendarPrivacyTests : IAsyncLifetime
{
    private readonly TestDatabase _database;
    private IcsFeedServer _calendar = null!;

    protected CalendarPrivacyTests(TestDatabaseKind kind) =>
        _database = new TestDatabase(kind, calendar: new Dictionary<string, string?> { [CalendarSettings.AllowPrivateSetting] = "true" });

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

    private static string Secret => IcsFeedServer.SecretPath.Split('/')[^2];

    [DatabaseFact]
    public async Task The_address_is_stored_encrypted_masked_in_the_export_and_deleted_with_the_events_by_forget_me()
    {
        var said = await SayAsync("calendar " + _calendar.Address);
        Assert.StartsWith("Got it.", Assert.Single(said.Replies).Text, StringComparison.Ordinal);
        Guid feedId;
        await using (var db = _database.NewContext())
        {
            var feed = await db.CalendarFeeds.SingleAsync();
            Assert.DoesNotContain(Secret, feed.ProtectedAddress, StringComparison.Ordinal);
            Assert.DoesNotContain("127.0.0.1", feed.ProtectedAddress, StringComparison.Ordinal);
            feedId = feed.Id;
        }
        await using (var scope = _database.NewScope())
            Assert.Equal(PollOutcome.Read, await scope.ServiceProvider.GetRequiredService<CalendarSync>().PollAsync(feedId));

        var export = await SayAsync("export my data");
        var json = string.Join("\n", export.Replies.Select(r => r.Text));
        Assert.Contains(ExportedCalendar.Masked, json, StringComparison.Ordinal);
        Assert.Contains("Phone screen - Jordan Lee", json, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, json, StringComparison.Ordinal);

        var asked = Assert.IsType<SummaryView>(Assert.Single((await SayAsync("forget me")).Replies).Card);
        Assert.Contains(new Fact("Calendar events I asked you about", "6"), asked.Facts);
        Assert.Contains("Your calendar's secret address and the events I asked you about: I stop reading your calendar.",
            asked.Sections.Single(s => s.Heading == "What I delete").Lines);
        Guid ritaId;
        await using (var db = _database.NewContext()) ritaId = (await db.People.SingleAsync(p => p.PlatformUserId == "U-RITA")).Id;
        await TurnAsync(null, new CardSubmit(Verbs.ConfirmForget, null, new Dictionary<string, string> { [Verbs.KeyPerson] = ritaId.ToString() }));

        await using var after = _database.NewContext();
        Assert.Empty(await after.CalendarFeeds.ToListAsync());
        Assert.Empty(await after.CalendarEvents.ToListAsync());
    }

    private Task<TurnResult> SayAsync(string text) => RitaTurns.TurnAsync(_database, text);

    private Task<TurnResult> TurnAsync(string? text, CardSubmit? submit) => RitaTurns.TurnAsync(_database, text, submit);

    public sealed class OnSqlite() : CalendarPrivacyTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : CalendarPrivacyTests(TestDatabaseKind.Postgres), IRunsOnPostgres;
}
