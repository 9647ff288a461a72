using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace InterviewBot.Host.Tests.Support;

/// <summary>
/// One user's chat with the bot through real HTTP: posts activities and returns what reached the
/// connector for each, and keeps the activity id of every card so the user can "tap" it later.
/// </summary>
public sealed class Conversation(BotHost host, LocalConnector connector, Activities activities)
{
    public Activities Activities => activities;

    /// <summary>Riley, a recruiter in Berlin, in their 1:1 chat with the bot.</summary>
    public static Conversation Recruiter(BotHost host, LocalConnector connector) => new(host, connector, new Activities(connector.ServiceUrl));

    /// <summary>Sam, a candidate in London, in their 1:1 chat with the bot.</summary>
    public static Conversation Candidate(BotHost host, LocalConnector connector) => new(host, connector, new Activities(connector.ServiceUrl,
        userId: "29:user-sam", userName: "Sam Candidate", conversationId: "a:personal-sam", timeZone: "Europe/London"));

    /// <summary>
    /// Prepares, through the "prep" form, for a 30-minute call with <paramref name="company"/> at 10:30
    /// London time about a week away; answers the checklist the bot posts for it.
    /// </summary>
    public async Task<ConnectorRequest> PrepAsync(string company = "Contoso")
    {
        var form = Assert.Single(await SayAsync("prep"));
        var sent = await TapAsync(form, CardReader.SubmitData(form.Card!, "Start preparing"), new Dictionary<string, string>
        {
            ["company"] = company,
            ["role"] = "Data engineer",
            ["interviewer"] = "Riley Recruiter",
            ["date"] = CallDate("Europe/London"),
            ["time"] = "10:30",
            ["minutes"] = "30",
            ["timeZone"] = "Europe/London",
        });
        return Assert.Single(sent, r => r.Kind == "reply");
    }

    public async Task<IReadOnlyList<ConnectorRequest>> SayAsync(string text) => await PostAsync(activities.Message(text));

    public async Task<IReadOnlyList<ConnectorRequest>> TapAsync(ConnectorRequest card, JsonObject buttonData, IDictionary<string, string>? inputs = null) =>
        await PostAsync(activities.Submit(card.ResultId, buttonData, inputs));

    public async Task<IReadOnlyList<ConnectorRequest>> PostAsync(JsonObject activity)
    {
        var before = connector.Requests.Count;
        using var response = await host.PostActivityAsync(activity);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted,
            $"POST /api/messages answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        // What the turn answered (replies and card updates); nudges and channel posts the scheduler happens
        // to send meanwhile, and notices to other conversations, are not part of it.
        var sent = connector.Requests.Skip(before).Where(r => r.Kind is not ("send" or "thread")).ToList();
        foreach (var card in sent.Select(r => r.Card).OfType<JsonObject>())
            AdaptiveCardSchema.AssertValid(card, "card sent to the connector");
        return sent;
    }

    /// <summary>
    /// The date of a call about a week away, on a Wednesday, as the date picker sends it: far enough
    /// that no reminder for it is due while a test runs, whatever weekday the test runs on.
    /// </summary>
    public static string CallDate(string zone = "Europe/Berlin")
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, zone)).AddDays(7);
        while (day.DayOfWeek != DayOfWeek.Wednesday) day = day.AddDays(1);
        return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
