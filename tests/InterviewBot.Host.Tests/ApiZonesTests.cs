using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// The zone and working hours of a recruiter booked through the interviews API: given with the booking
/// for someone the bot has never talked to, else the workspace's default zone – never UTC by accident –
/// and never over a zone the person chose in settings or their chat client reported.
/// </summary>
public sealed class ApiZonesTests : IDisposable
{
    private const string Newcomer = "29:user-new-york";
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_recruiter_the_bot_has_never_talked_to_is_nudged_in_the_zone_the_booking_gives_for_them()
    {
        // Was: the recruiter was treated as UTC, so prep and feedback were planned for 04:00 in New York.
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);

        var (id, booked) = await BookAsync(api, new JsonObject { ["platformUserId"] = Newcomer, ["name"] = "Nia York", ["timeZone"] = "America/New_York" });

        var plan = await api.NudgesAsync(id);
        Assert.All(plan, n => Assert.Equal("America/New_York", n["timeZone"]!.GetValue<string>()));
        Assert.EndsWith("T09:00", Single(plan, "PrepReminder")["dueLocal"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("T09:00", Single(plan, "FeedbackDue")["dueLocal"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("America/New_York", booked["recruiter"]!["timeZone"]!.GetValue<string>());
    }

    [Fact]
    public async Task Working_hours_given_with_the_booking_decide_when_the_recruiter_is_nudged()
    {
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);

        // A call on a Monday; this recruiter works Monday to Thursday from 10:30.
        var (id, _) = await BookAsync(api, new JsonObject
        {
            ["platformUserId"] = Newcomer, ["timeZone"] = "America/New_York",
            ["workdayStart"] = "10:30", ["workdayEnd"] = "17:00", ["workingDays"] = new JsonArray("Monday", "Tuesday", "Wednesday", "Thursday"),
        }, DayOfWeek.Monday);

        var prep = LocalDue(Single(await api.NudgesAsync(id), "PrepReminder"));
        Assert.Equal((DayOfWeek.Thursday, new TimeOnly(10, 30)), (prep.DayOfWeek, TimeOnly.FromDateTime(prep)));
    }

    [Fact]
    public async Task A_recruiter_the_bot_has_never_talked_to_gets_the_hosts_default_zone_when_the_booking_gives_none()
    {
        var settings = NudgeApi.Settings();
        settings["Nudges:DefaultTimeZone"] = "America/New_York";
        await using var host = new BotHost(_data, settings);
        var api = new NudgeApi(host, NudgeApi.Key);

        var (id, _) = await BookAsync(api, new JsonObject { ["platformUserId"] = Newcomer });

        var prep = Single(await api.NudgesAsync(id), "PrepReminder");
        Assert.Equal("America/New_York", prep["timeZone"]!.GetValue<string>());
        Assert.EndsWith("T09:00", prep["dueLocal"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zone_chosen_in_settings_is_kept_whatever_a_booking_says()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var form = Assert.Single(await chat.SayAsync("settings"));
        await chat.TapAsync(form, CardReader.SubmitData(form.Card!, "Save"), new Dictionary<string, string>
        {
            ["timeZone"] = "Asia/Tokyo", ["workdayStart"] = "08:00", ["workdayEnd"] = "17:00", ["workingDays"] = "Monday,Tuesday,Wednesday,Thursday,Friday",
        });

        var (id, booked) = await BookAsync(api, new JsonObject
        {
            ["platformUserId"] = "29:user-riley", ["timeZone"] = "America/New_York", ["workdayStart"] = "10:00", ["workdayEnd"] = "18:00",
        });

        Assert.Equal("Asia/Tokyo", booked["recruiter"]!["timeZone"]!.GetValue<string>());
        var prep = Single(await api.NudgesAsync(id), "PrepReminder");
        Assert.Equal("Asia/Tokyo", prep["timeZone"]!.GetValue<string>());
        Assert.EndsWith("T08:00", prep["dueLocal"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zone_the_chat_client_reported_is_kept_over_the_one_a_booking_gives()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        await new Conversation(host, connector, new Activities(connector.ServiceUrl)).SayAsync("hi"); // Teams reports Europe/Berlin

        var (id, booked) = await BookAsync(api, new JsonObject { ["platformUserId"] = "29:user-riley", ["timeZone"] = "America/New_York" });

        Assert.Equal("Europe/Berlin", booked["recruiter"]!["timeZone"]!.GetValue<string>());
        Assert.All(await api.NudgesAsync(id), n => Assert.Equal("Europe/Berlin", n["timeZone"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_recruiter_booked_with_a_zone_who_then_talks_to_the_bot_is_nudged_in_the_zone_their_chat_client_reports()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var (id, _) = await BookAsync(api, new JsonObject { ["platformUserId"] = "29:user-riley", ["timeZone"] = "America/New_York" });

        await new Conversation(host, connector, new Activities(connector.ServiceUrl, timeZone: "Asia/Kolkata")).SayAsync("hi");

        var prep = Single(await api.NudgesAsync(id), "PrepReminder");
        Assert.Equal("Asia/Kolkata", prep["timeZone"]!.GetValue<string>());
        Assert.EndsWith("T09:00", prep["dueLocal"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("recruiter.timeZone", """{"platformUserId":"29:r","timeZone":"Mars/Base"}""")]
    [InlineData("recruiter.workdayEnd", """{"platformUserId":"29:r","workdayStart":"17:00","workdayEnd":"09:00"}""")]
    [InlineData("recruiter.workdayEnd", """{"platformUserId":"29:r","workdayStart":"09:00"}""")]
    [InlineData("recruiter.workdayStart", """{"platformUserId":"29:r","workdayStart":"9 am","workdayEnd":"17:00"}""")]
    [InlineData("recruiter.workingDays", """{"platformUserId":"29:r","workingDays":["Monday","Funday"]}""")]
    [InlineData("recruiter.workingDays", """{"platformUserId":"29:r","workingDays":[]}""")]
    [InlineData("recruiter.workingDays", """{"platformUserId":"29:r","workingDays":"Monday"}""")]
    public async Task A_bad_zone_or_working_time_gets_a_400_that_names_the_field(string field, string recruiter)
    {
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var json = $$"""{"recruiter":{{recruiter}},"candidate":{"name":"Jo"},"role":"Dev","start":"{{CallOn(DayOfWeek.Tuesday)}}T14:00","end":"{{CallOn(DayOfWeek.Tuesday)}}T14:30","timeZone":"Europe/Berlin"}""";

        using var response = await new NudgeApi(host, NudgeApi.Key).Client().PostAsync("/api/interviews", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(problem!["errors"]!.AsObject().ContainsKey(field), $"errors: {problem["errors"]}");
        var reason = problem["errors"]![field]![0]!.GetValue<string>();
        Assert.DoesNotContain("Exception", reason, StringComparison.Ordinal);
        Assert.True(reason.Length > 20, reason);
    }

    [Fact]
    public async Task A_candidates_zone_is_checked_like_the_recruiters()
    {
        // A candidate booked here gets no messages from the bot, so their zone plans nothing; a typo in it is still caught.
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var date = CallOn(DayOfWeek.Tuesday);
        var json = $$"""{"recruiter":{"platformUserId":"29:r"},"candidate":{"name":"Jo","timeZone":"Asia/Kolkatta"},"role":"Dev","start":"{{date}}T14:00","end":"{{date}}T14:30","timeZone":"Europe/Berlin"}""";

        using var response = await api.Client().PostAsync("/api/interviews", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("Asia/Kolkatta", problem!["errors"]!["candidate.timeZone"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        await BookAsync(api, new JsonObject { ["platformUserId"] = Newcomer }, candidateZone: "Asia/Kolkata");
    }

    private static async Task<(Guid Id, JsonObject Booked)> BookAsync(NudgeApi api, JsonObject recruiter, DayOfWeek day = DayOfWeek.Tuesday, string? candidateZone = null)
    {
        var date = CallOn(day);
        var candidate = new JsonObject { ["name"] = "Avery Kim" };
        if (candidateZone is not null) candidate["timeZone"] = candidateZone;
        var body = new JsonObject
        {
            ["recruiter"] = recruiter, ["candidate"] = candidate, ["role"] = "Data engineer",
            ["start"] = $"{date}T14:00", ["end"] = $"{date}T14:30", ["timeZone"] = "Europe/Berlin",
        };
        using var response = await api.Client().PostAsync("/api/interviews", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        var answer = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {answer}");
        return (Guid.Parse(answer!["id"]!.GetValue<string>()), answer);
    }

    /// <summary>A date on <paramref name="day"/> more than a week away (Berlin), so nothing is due while a test runs.</summary>
    private static string CallOn(DayOfWeek day)
    {
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Berlin")).AddDays(8);
        while (date.DayOfWeek != day) date = date.AddDays(1);
        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static JsonObject Single(IReadOnlyList<JsonObject> plan, string kind) =>
        Assert.Single(plan, n => n["kind"]!.GetValue<string>() == kind && n["number"]!.GetValue<int>() == 1);

    private static DateTime LocalDue(JsonObject nudge) =>
        DateTime.ParseExact(nudge["dueLocal"]!.GetValue<string>(), "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
