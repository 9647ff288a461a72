using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// Candidates join bookings made through the interviews API, through the real host in Teams: Avery, in Riley's
/// tenant, joins with the code; Jordan, in another tenant, joins once Riley accepts. As the local clock moves,
/// each gets the call-starting, thank-you and post-mortem cards of their one interview, in their own chat, and
/// nothing of Riley's notes.
/// </summary>
public sealed class CandidateJoinTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Candidates_in_the_workspace_and_in_another_tenant_join_and_get_their_reminders_from_the_booked_interview()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var riley = Conversation.Recruiter(host, connector);
        await riley.SayAsync("hi");
        var avery = new Conversation(host, connector, new Activities(connector.ServiceUrl, userId: "29:user-avery", userName: "Avery Kim",
            conversationId: "a:personal-avery", timeZone: "America/New_York", aadObjectId: "00000000-0000-0000-0000-0000000000c3"));
        var jordan = new Conversation(host, connector, new Activities(connector.ServiceUrl, tenantId: "tenant-fabrikam", userId: "29:user-jordan",
            userName: "Jordan Lee", conversationId: "a:personal-jordan", timeZone: "Europe/London", aadObjectId: "00000000-0000-0000-0000-0000000000d4"));

        var (averysCall, averysCode) = await BookAsync(api, "Avery Kim", days: 8);
        var (jordansCall, jordansCode) = await BookAsync(api, "Jordan Lee", days: 9);
        await riley.SayAsync("open 1");
        await riley.SayAsync("note Budget tops out at 91000, keep it quiet");
        Assert.Contains(await riley.SayAsync("during"), r => r.Card is not null && CardReader.AllText(r.Card).Contains("91000", StringComparison.Ordinal));

        var joined = await avery.SayAsync("join " + averysCode.ToLowerInvariant());
        Assert.Contains("You joined the call for Data engineer with Riley", string.Concat(joined.Select(r => r.Text)), StringComparison.Ordinal);
        Assert.Contains(connector.Requests, r => r.Kind == "send" && r.ConversationId == riley.Activities.ConversationId
            && CardReader.AllText(r.Card!).Contains("Avery Kim joined", StringComparison.Ordinal));

        var waiting = await jordan.SayAsync("join " + jordansCode);
        Assert.Contains("Riley is in another workspace and confirms who joins", Assert.Single(waiting).Text, StringComparison.Ordinal);
        Assert.Equal("AwaitingAccept", (await api.InterviewAsync(jordansCall))["candidateJoined"]!.GetValue<string>());
        var ask = connector.Requests.Last(r => r.Kind == "send" && r.ConversationId == riley.Activities.ConversationId);
        AdaptiveCardSchema.AssertValid(ask.Card!, "accept card");
        await riley.TapAsync(ask, CardReader.SubmitData(ask.Card!, "Accept Jordan Lee (another workspace)"));
        Assert.Contains(connector.Requests, r => r.Kind == "send" && r.ConversationId == "a:personal-jordan"
            && (r.Text ?? "").Contains("Riley confirmed you", StringComparison.Ordinal));
        Assert.Equal("Joined", (await api.InterviewAsync(averysCall))["candidateJoined"]!.GetValue<string>());
        Assert.Equal("Joined", (await api.InterviewAsync(jordansCall))["candidateJoined"]!.GetValue<string>());

        // Riley promises Jordan news by the working day after the call: Jordan is told, and sees it on the call's card.
        var callDay = DateOnly.FromDateTime((await api.InterviewAsync(jordansCall))["startUtc"]!.GetValue<DateTime>());
        var promised = callDay.AddDays(callDay.DayOfWeek == DayOfWeek.Friday ? 3 : 1);
        await riley.SayAsync("open 2");
        var during = Assert.Single(await riley.SayAsync("during"));
        await riley.TapAsync(during, CardReader.StepButton(during.Card!, "Save", "next-steps"),
            new Dictionary<string, string> { ["step.next-steps.date"] = promised.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        var hearBy = $"by {promised.ToString("ddd d MMM", System.Globalization.CultureInfo.InvariantCulture)}";
        Assert.Contains(connector.Requests, r => r.Kind == "send" && r.ConversationId == "a:personal-jordan"
            && (r.Text ?? "").Contains("you'll hear from Riley " + hearBy, StringComparison.Ordinal));
        var card = Assert.Single(await jordan.SayAsync("open 1"));
        Assert.Contains("You'll hear from Riley " + hearBy, CardReader.AllText(card.Card!), StringComparison.Ordinal);

        var plans = (await api.NudgesAsync(averysCall)).Concat(await api.NudgesAsync(jordansCall)).Where(n => n["recipient"]!.GetValue<string>() == "Candidate").ToList();
        Assert.Contains(plans, n => NudgeApi.Kind(n) == "CheckIn");
        await api.AdvanceToAsync(plans.Max(NudgeApi.Due).AddMinutes(1));
        var settled = (await api.SettledAsync(averysCall)).Concat(await api.SettledAsync(jordansCall)).Where(n => n["recipient"]!.GetValue<string>() == "Candidate").ToList();
        foreach (var kind in new[] { "CallStarting", "ThankYou", "PostMortem" })
            Assert.Equal(2, settled.Count(n => NudgeApi.Kind(n) == kind && n["state"]!.GetValue<string>() == "Sent"));
        Assert.Contains(connector.Requests, r => r.Kind == "send" && r.ConversationId == "a:personal-jordan" && r.Card is not null
            && CardReader.AllText(r.Card).Contains("No news from Riley yet?", StringComparison.Ordinal));

        // Each candidate opens their card of the call, where Riley sees the budget note.
        foreach (var candidate in new[] { avery, jordan })
        {
            await candidate.SayAsync("open 1");
            await candidate.SayAsync("during");
        }
        foreach (var (chat, zone) in new[] { ("a:personal-avery", "America/New_York"), ("a:personal-jordan", "Europe/London") })
        {
            var cards = connector.Requests.Where(r => r.Kind == "send" && r.ConversationId == chat && r.Card is not null).Select(r => CardReader.AllText(r.Card!)).ToList();
            Assert.Contains(cards, c => c.Contains("starts soon", StringComparison.Ordinal));
            Assert.Contains(cards, c => c.Contains("Send your thank-you today", StringComparison.Ordinal));
            Assert.Contains(cards, c => c.Contains("How did your call", StringComparison.Ordinal));
            Assert.Contains(cards, c => c.Contains($"({zone})", StringComparison.Ordinal));
            // Everything that reached the candidate's chat: reminders, replies to what they typed, cards updated in place.
            var everything = connector.Requests.Where(r => r.ConversationId == chat).Select(r => (r.Text ?? "") + (r.Card is null ? "" : CardReader.AllText(r.Card))).ToList();
            Assert.Contains(everything, c => c.Contains("Data engineer", StringComparison.Ordinal) && c.Contains("During the call", StringComparison.Ordinal));
            Assert.All(everything, c => Assert.DoesNotContain("91000", c, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_new_code_from_the_API_replaces_the_old_one()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var (id, old) = await BookAsync(api, "Avery Kim", days: 8);
        var issued = (await api.InterviewAsync(id))["inviteIssuedUtc"]!.GetValue<DateTime>();

        using var response = await api.Client().PostAsync($"/api/interviews/{id}/invite", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var code = (await response.Content.ReadFromJsonAsync<JsonObject>())!["inviteCode"]!.GetValue<string>();
        Assert.NotEqual(old, code);
        Assert.True((await api.InterviewAsync(id))["inviteIssuedUtc"]!.GetValue<DateTime>() > issued, "GET shows when the new code was issued");
        var avery = new Conversation(host, connector, new Activities(connector.ServiceUrl, userId: "29:user-avery", userName: "Avery Kim", conversationId: "a:personal-avery"));
        Assert.Contains("That code doesn't work", Assert.Single(await avery.SayAsync("join " + old)).Text, StringComparison.Ordinal);
        Assert.Contains("You joined", string.Concat((await avery.SayAsync("join " + code)).Select(r => r.Text)), StringComparison.Ordinal);
        var joined = await api.InterviewAsync(id);
        Assert.Equal("Joined", joined["candidateJoined"]!.GetValue<string>());
        Assert.Null(joined["inviteExpiresUtc"]?.GetValue<DateTime>());
        Assert.Null(joined["inviteIssuedUtc"]?.GetValue<DateTime>());

        using var again = await api.Client().PostAsync($"/api/interviews/{id}/invite", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Avery Kim has already joined", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_invite_code_details_are_shown_only_while_the_code_works()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var now = await api.NowAsync();
        var (id, code) = await BookAsync(api, "Avery Kim", days: 8);

        var booked = await api.InterviewAsync(id);
        Assert.Equal(booked["endUtc"]!.GetValue<DateTime>().AddDays(7), booked["inviteExpiresUtc"]!.GetValue<DateTime>());
        Assert.InRange(booked["inviteIssuedUtc"]!.GetValue<DateTime>(), now, now.AddMinutes(1));

        using (var cancelled = await api.Client().DeleteAsync($"/api/interviews/{id}"))
            Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);

        var after = await api.InterviewAsync(id);
        Assert.Null(after["inviteExpiresUtc"]?.GetValue<DateTime>());
        Assert.Null(after["inviteIssuedUtc"]?.GetValue<DateTime>());
        var avery = new Conversation(host, connector, new Activities(connector.ServiceUrl, userId: "29:user-avery", userName: "Avery Kim", conversationId: "a:personal-avery"));
        Assert.Contains("That code doesn't work", Assert.Single(await avery.SayAsync("join " + code)).Text, StringComparison.Ordinal);
    }

    private static async Task<(Guid Id, string Code)> BookAsync(NudgeApi api, string candidate, int days)
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        using var created = await api.Client().PostAsJsonAsync("/api/interviews", new
        {
            recruiter = new { platformUserId = "29:user-riley", name = "Riley Recruiter" },
            candidate = new { name = candidate },
            role = "Data engineer",
            start = $"{day:yyyy-MM-dd}T14:00",
            end = $"{day:yyyy-MM-dd}T14:30",
            timeZone = "Europe/Berlin",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("No", body["candidateJoined"]!.GetValue<string>());
        return (Guid.Parse(body["id"]!.GetValue<string>()), body["inviteCode"]!.GetValue<string>());
    }
}
