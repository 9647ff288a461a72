using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// A booking through the interviews API names the candidate's Teams user (<c>candidate.platformUserId</c>) in the key's
/// tenant. Nothing is shared until that person says it is their call, on a card in their 1:1 chat with the bot: then they
/// are its candidate as after a <c>join</c>; "Not me" links nothing and tells the recruiter.
/// </summary>
public sealed class NamedCandidateTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_booking_naming_a_chat_user_the_bot_does_not_know_is_refused_with_the_reason()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);

        using var response = await api.Client().PostAsJsonAsync("/api/interviews", Booking("29:user-nobody"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var reason = problem["errors"]!["candidate.platformUserId"]![0]!.GetValue<string>();
        Assert.Contains("knows no chat user 29:user-nobody in this workspace", reason, StringComparison.Ordinal);
        Assert.Contains("nothing was booked", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_named_candidate_is_linked_only_once_they_confirm()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var (riley, avery) = await ChatsAsync(host, connector);

        var id = await BookAsync(api, "29:user-avery");

        var booked = await api.InterviewAsync(id);
        Assert.Equal(("No", "Pending", "29:user-avery"), (booked["candidateJoined"]!.GetValue<string>(), booked["candidateConfirmation"]!.GetValue<string>(),
            booked["candidate"]!["platformUserId"]!.GetValue<string>()));
        Assert.DoesNotContain("Data engineer", Text(await avery.SayAsync("my interviews")), StringComparison.Ordinal);

        var ask = await ConfirmationCardAsync(api, connector, id);
        var card = CardReader.AllText(ask.Card!);
        Assert.Contains("Riley Recruiter booked a phone screen with you for Data engineer", card, StringComparison.Ordinal);
        Assert.Contains("(America/New_York)", card, StringComparison.Ordinal);
        var linked = await avery.TapAsync(ask, CardReader.SubmitData(ask.Card!, "Link to my prep"));

        Assert.Contains("You joined the call for Data engineer with Riley", Text(linked), StringComparison.Ordinal);
        Assert.Contains(connector.Requests, r => r.Kind == "send" && r.ConversationId == riley.Activities.ConversationId
            && r.Card is not null && CardReader.AllText(r.Card).Contains("Avery Kim joined", StringComparison.Ordinal));
        var joined = await api.InterviewAsync(id);
        Assert.Equal(("Joined", "Confirmed"), (joined["candidateJoined"]!.GetValue<string>(), joined["candidateConfirmation"]!.GetValue<string>()));
        Assert.Null(joined["inviteExpiresUtc"]?.GetValue<DateTime>());
        Assert.Contains(await api.NudgesAsync(id), n => NudgeApi.Kind(n) == "CallStarting" && n["recipient"]!.GetValue<string>() == "Candidate");
        Assert.Contains("Data engineer", Text(await avery.SayAsync("my interviews")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_me_links_nothing_and_tells_the_recruiter()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var (riley, avery) = await ChatsAsync(host, connector);
        var id = await BookAsync(api, "29:user-avery");
        var ask = await ConfirmationCardAsync(api, connector, id);

        var answered = await avery.TapAsync(ask, CardReader.SubmitData(ask.Card!, "Not me"));

        Assert.Contains("Nothing was shared", Text(answered), StringComparison.Ordinal);
        Assert.Contains(connector.Requests, r => r.Kind == "send" && r.ConversationId == riley.Activities.ConversationId
            && (r.Text ?? "").Contains("Avery Kim says the phone screen for Data engineer", StringComparison.Ordinal));
        var after = await api.InterviewAsync(id);
        Assert.Equal(("No", "NotMe"), (after["candidateJoined"]!.GetValue<string>(), after["candidateConfirmation"]!.GetValue<string>()));
        Assert.DoesNotContain(await api.NudgesAsync(id), n => n["recipient"]!.GetValue<string>() == "Candidate" && NudgeApi.Kind(n) != "CandidateConfirm");
        Assert.DoesNotContain("Data engineer", Text(await avery.SayAsync("my interviews")), StringComparison.Ordinal);
    }

    /// <summary>Riley (the recruiter) and Avery, in New York, each in a 1:1 chat with the bot they have written in once.</summary>
    private static async Task<(Conversation Riley, Conversation Avery)> ChatsAsync(BotHost host, LocalConnector connector)
    {
        var riley = Conversation.Recruiter(host, connector);
        await riley.SayAsync("hi");
        var avery = new Conversation(host, connector, new Activities(connector.ServiceUrl, userId: "29:user-avery", userName: "Avery Kim",
            conversationId: "a:personal-avery", timeZone: "America/New_York", aadObjectId: "00000000-0000-0000-0000-0000000000c3"));
        await avery.SayAsync("hi");
        return (riley, avery);
    }

    /// <summary>The clock moved to the confirmation's time (Avery's next working moment), and the card it sent Avery.</summary>
    private static async Task<ConnectorRequest> ConfirmationCardAsync(NudgeApi api, LocalConnector connector, Guid id)
    {
        var confirm = Assert.Single(await api.NudgesAsync(id), n => NudgeApi.Kind(n) == "CandidateConfirm");
        await api.AdvanceToAsync(NudgeApi.Due(confirm).AddMinutes(1));
        await api.SettledAsync(id);
        return Assert.Single(connector.Requests, r => r.Kind == "send" && r.ConversationId == "a:personal-avery" && r.Card is not null
            && CardReader.AllText(r.Card).Contains("Is this your call?", StringComparison.Ordinal));
    }

    private static async Task<Guid> BookAsync(NudgeApi api, string candidateUserId)
    {
        using var created = await api.Client().PostAsJsonAsync("/api/interviews", Booking(candidateUserId));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return Guid.Parse((await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
    }

    private static object Booking(string candidateUserId)
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(8);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        return new
        {
            recruiter = new { platformUserId = "29:user-riley", name = "Riley Recruiter" },
            candidate = new { name = "Avery Kim", platformUserId = candidateUserId },
            role = "Data engineer",
            start = $"{day:yyyy-MM-dd}T14:00",
            end = $"{day:yyyy-MM-dd}T14:30",
            timeZone = "Europe/Berlin",
        };
    }

    private static string Text(IEnumerable<ConnectorRequest> sent) =>
        string.Join('\n', sent.Select(r => (r.Text ?? "") + (r.Card is null ? "" : CardReader.AllText(r.Card))));
}
