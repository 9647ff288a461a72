using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Core.Tests.Flows;

/// <summary>
/// A time zone typed in chat, by city or IANA name: <c>zone …</c> in a 1:1 chat for the person, and
/// <c>default zone …</c> in a team channel for the workspace. It is 1 March 2027: Lisbon is on UTC+0,
/// Berlin on UTC+1. A city that could be several zones gets a short list; an unknown one a plain answer.
/// </summary>
public sealed class ZoneFlowTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Chat _rita;

    public ZoneFlowTests() => _rita = new Chat(_database, "T-ACME", "U-RITA", "Rita Recruiter");

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData("zone lisbon", "Europe/Lisbon")]
    [InlineData("zone Europe/Lisbon", "Europe/Lisbon")]
    [InlineData("time zone: New York", "America/New_York")]
    [InlineData("zone são paulo", "America/Sao_Paulo")]
    [InlineData("zone st. john's", "America/St_Johns")]
    public async Task A_zone_typed_in_chat_by_city_or_by_name_becomes_the_persons_own(string typed, string zone)
    {
        var answer = Assert.Single((await _rita.SayAsync(typed)).Replies).Text;

        Assert.StartsWith("Your time zone is now ", answer, StringComparison.Ordinal);
        Assert.Contains($"({zone}, UTC", answer, StringComparison.Ordinal);
        var rita = await RitaAsync();
        Assert.Equal((zone, TimeZoneSource.Settings), (rita.TimeZoneId, rita.TimeZoneSource));
    }

    [Fact]
    public async Task Lisbon_shows_its_offset_of_today()
    {
        var answer = Assert.Single((await _rita.SayAsync("zone lisbon")).Replies).Text;

        Assert.Equal("Your time zone is now Lisbon (Europe/Lisbon, UTC+0 now). Reminders follow it from now on.", answer);
    }

    [Fact]
    public async Task A_city_that_could_be_several_zones_gets_a_short_list_to_pick_from_and_changes_nothing()
    {
        var answer = Assert.Single((await _rita.SayAsync("zone san")).Replies).Text!;

        Assert.StartsWith("\"san\" could be several zones. Type one of these:", answer, StringComparison.Ordinal);
        Assert.Contains(Markup.Bold("zone Santiago") + " – Santiago (America/Santiago, UTC-3 now)", answer, StringComparison.Ordinal);
        Assert.InRange(answer.Split('\n').Length, 3, 9);
        Assert.Equal("Europe/Berlin", (await RitaAsync()).TimeZoneId);
    }

    [Fact]
    public async Task An_unknown_zone_gets_a_plain_answer_and_changes_nothing()
    {
        var answer = Assert.Single((await _rita.SayAsync("zone Mars/Olympus_Mons")).Replies).Text!;

        Assert.StartsWith("I don't know a time zone called \"Mars/Olympus_Mons\". Type your city", answer, StringComparison.Ordinal);
        Assert.Equal("Europe/Berlin", (await RitaAsync()).TimeZoneId);
    }

    [Fact]
    public async Task Zone_alone_says_which_zone_the_reminders_follow_and_offers_the_one_the_chat_app_reports()
    {
        await _rita.SayAsync("zone lisbon");

        var answer = Assert.Single((await _rita.SayAsync("zone")).Replies).Text!;

        Assert.StartsWith("I use Lisbon (Europe/Lisbon, UTC+0 now) for your reminders. Your chat app says Berlin (Europe/Berlin, UTC+1 now): type "
            + Markup.Bold("zone Berlin") + " to use it.", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_settings_form_takes_a_zone_picked_by_its_city()
    {
        var form = Assert.IsType<FormView>(Assert.Single((await _rita.SayAsync("settings")).Replies).Card);
        var field = form.Fields.Single(f => f.Id == "timeZone");
        var lisbon = field.Choices!.Single(c => c.Title == "Lisbon (UTC+0)");

        await _rita.TapAsync(Verbs.SaveSettings, null, ("timeZone", lisbon.Value), ("workdayStart", "09:00"), ("workdayEnd", "17:00"), ("workingDays", "Monday,Tuesday"));

        Assert.Equal("Europe/Lisbon", (await RitaAsync()).TimeZoneId);
    }

    [Fact]
    public async Task The_team_channel_sets_the_workspace_default_zone_by_city()
    {
        var channel = new Chat(_database, "T-ACME", "U-RITA", "Rita Recruiter", sharedChatId: "C-TEAM", teamChannel: true);

        var said = Assert.Single((await channel.SayAsync("default zone kolkata")).Replies).Text;
        var several = Assert.Single((await channel.SayAsync("default zone san")).Replies).Text!;

        Assert.Equal("Rita Recruiter set the workspace's default time zone to Kolkata (Asia/Kolkata, UTC+5:30 now): " +
            "people I have not talked to yet are nudged in it until they tell me their own.", said);
        Assert.Contains(Markup.Bold("default zone Santiago"), several, StringComparison.Ordinal);
        await using var db = _database.NewContext();
        Assert.Equal("Asia/Kolkata", (await db.Workspaces.SingleAsync()).DefaultTimeZoneId);
    }

    private async Task<Person> RitaAsync()
    {
        await using var db = _database.NewContext();
        return await db.People.SingleAsync(p => p.PlatformUserId == "U-RITA");
    }
}
