using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// What a team sets for the whole workspace in its team channel: the default zone of people the bot has
/// never talked to, and holiday dates for countries the holiday calendar does not know.
/// </summary>
public sealed class WorkspaceCalendarTests : IDisposable
{
    private const string Channel = "19:team-recruiting@thread.tacv2";
    private const string GroupChat = "19:group-chat-riley-sam@thread.v2";
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task The_default_zone_set_in_the_team_channel_is_where_a_recruiter_the_bot_never_talked_to_is_nudged_and_a_change_moves_their_nudges()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));

        var set = Assert.Single(await chat.PostAsync(chat.Activities.ChannelMessage("default zone kolkata")));
        Assert.Equal(Channel, set.ConversationId);
        Assert.StartsWith("Riley Recruiter set the workspace's default time zone to Kolkata (Asia/Kolkata, UTC+5:30 now)", set.Text, StringComparison.Ordinal);

        var id = await BookForNewcomerAsync(api);
        var prep = Prep(await api.NudgesAsync(id));
        Assert.Equal("Asia/Kolkata", prep["timeZone"]!.GetValue<string>());
        Assert.EndsWith("T09:00", prep["dueLocal"]!.GetValue<string>(), StringComparison.Ordinal);

        await chat.PostAsync(chat.Activities.ChannelMessage("default zone Europe/Berlin"));

        prep = Prep(await api.NudgesAsync(id));
        Assert.Equal("Europe/Berlin", prep["timeZone"]!.GetValue<string>());
        Assert.EndsWith("T09:00", prep["dueLocal"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_zone_changes_only_in_a_team_channel_and_only_to_a_zone_that_exists()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));

        var inGroupChat = Assert.Single(await chat.PostAsync(chat.Activities.GroupChatMessage("default zone Asia/Kolkata", GroupChat)));
        Assert.Contains("only works in a team channel", inGroupChat.Text);
        Assert.Contains("only works in a team channel", Assert.Single(await chat.SayAsync("default zone Asia/Kolkata")).Text);
        var unknown = Assert.Single(await chat.PostAsync(chat.Activities.ChannelMessage("default zone Mars/Base")));
        Assert.Contains("Mars/Base", unknown.Text);
        Assert.DoesNotContain("set the workspace's default", unknown.Text);

        var id = await BookForNewcomerAsync(api);

        Assert.Equal("UTC", Prep(await api.NudgesAsync(id))["timeZone"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_holiday_added_for_a_country_the_calendar_lacks_moves_a_nudge_that_would_fall_on_it_to_the_next_working_day()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var callDay = NextWeeks(DayOfWeek.Tuesday);
        var dayAfter = callDay.AddDays(1);

        var added = Assert.Single(await chat.PostAsync(chat.Activities.ChannelMessage($"holiday add {Iso(dayAfter)} UA Orthodox Christmas")));
        Assert.StartsWith("Riley Recruiter added a holiday for UA", added.Text, StringComparison.Ordinal);
        var form = Assert.Single(await chat.SayAsync("settings"));
        var saved = Assert.Single(await chat.TapAsync(form, CardReader.SubmitData(form.Card!, "Save"), new Dictionary<string, string>
        {
            ["timeZone"] = "Europe/Berlin", ["workdayStart"] = "09:00", ["workdayEnd"] = "18:00",
            ["workingDays"] = "Monday,Tuesday,Wednesday,Thursday,Friday", ["holidayCountry"] = "UA",
        }));
        Assert.Contains("Settings saved", CardReader.AllText(saved.Card!));
        var id = await NudgeFlowTests.BookNextWeekAsync(chat);

        // Feedback is first asked for on the working day after the call: not the holiday, the day after it.
        Assert.Equal(dayAfter.AddDays(1), FeedbackDay(await api.NudgesAsync(id)));

        // A holiday added later moves what is already planned.
        await chat.PostAsync(chat.Activities.ChannelMessage($"holiday add {Iso(dayAfter.AddDays(1))} UA Second day"));
        Assert.Equal(dayAfter.AddDays(2), FeedbackDay(await api.NudgesAsync(id)));

        var listed = Assert.Single(await chat.PostAsync(chat.Activities.ChannelMessage("holidays UA"))).Text;
        Assert.Contains($"{Iso(dayAfter)} Orthodox Christmas", listed);
        Assert.Contains($"{Iso(dayAfter.AddDays(1))} Second day", listed);

        await chat.PostAsync(chat.Activities.ChannelMessage($"holiday remove {Iso(dayAfter.AddDays(1))} UA"));
        Assert.Equal(dayAfter.AddDays(1), FeedbackDay(await api.NudgesAsync(id)));
    }

    [Fact]
    public async Task Holidays_are_added_only_in_a_team_channel()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));

        var inGroupChat = Assert.Single(await chat.PostAsync(chat.Activities.GroupChatMessage("holiday add 2027-01-07 UA Orthodox Christmas", GroupChat)));
        Assert.Contains("only works in a team channel", inGroupChat.Text);

        var listed = Assert.Single(await chat.PostAsync(chat.Activities.ChannelMessage("holidays UA"))).Text;
        Assert.StartsWith("No days off are added for UA", listed, StringComparison.Ordinal);
    }

    private static async Task<Guid> BookForNewcomerAsync(NudgeApi api)
    {
        var date = Iso(NextWeeks(DayOfWeek.Tuesday));
        var body = $$"""{"recruiter":{"platformUserId":"29:user-new"},"candidate":{"name":"Avery Kim"},"role":"Data engineer","start":"{{date}}T14:00","end":"{{date}}T14:30","timeZone":"Europe/Berlin"}""";
        using var response = await api.Client().PostAsync("/api/interviews", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Guid.Parse((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
    }

    /// <summary>The day NudgeFlowTests.BookNextWeekAsync books on: a week or more away (Berlin).</summary>
    private static DateOnly NextWeeks(DayOfWeek day)
    {
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Berlin")).AddDays(7);
        while (date.DayOfWeek != day) date = date.AddDays(1);
        return date;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonObject Prep(IReadOnlyList<JsonObject> plan) => Assert.Single(plan, n => n["kind"]!.GetValue<string>() == "PrepReminder");

    private static DateOnly FeedbackDay(IReadOnlyList<JsonObject> plan) => DateOnly.ParseExact(
        Assert.Single(plan, n => n["kind"]!.GetValue<string>() == "FeedbackDue" && n["number"]!.GetValue<int>() == 1)["dueLocal"]!.GetValue<string>()[..10],
        "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
