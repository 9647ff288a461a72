namespace InterviewBot.Core.Tests.Support;

/// <summary>The values the booking and prep forms send back, as a person would fill them in.</summary>
public static class Booking
{
    public static Dictionary<string, string> Interview(params (string Field, string Value)[] changes) => With(new()
    {
        ["candidate"] = "Jordan Lee",
        ["candidateEmail"] = "jordan@example.com",
        ["role"] = "Backend engineer",
        ["date"] = "2027-03-02",
        ["time"] = "14:00",
        ["minutes"] = "45",
        ["timeZone"] = "Europe/Berlin",
    }, changes);

    public static Dictionary<string, string> Prep(params (string Field, string Value)[] changes) => With(new()
    {
        ["company"] = "Globex",
        ["role"] = "Backend engineer",
        ["interviewer"] = "Hank Scorpio",
        ["date"] = "2027-03-03",
        ["time"] = "10:30",
        ["minutes"] = "30",
        ["timeZone"] = "Europe/Berlin",
    }, changes);

    /// <summary>The checklist card among the replies (a booking answers with a confirmation and then the checklist).</summary>
    public static (ChecklistView Card, BotReply Reply) Checklist(TurnResult result)
    {
        var reply = Assert.Single(result.Replies, r => r.Card is ChecklistView);
        return ((ChecklistView)reply.Card!, reply);
    }

    public static Guid InterviewIdOn(ChecklistView card) =>
        Guid.Parse(card.Items.SelectMany(i => i.Buttons).First().Data![Verbs.KeyInterview]);

    private static Dictionary<string, string> With(Dictionary<string, string> values, (string Field, string Value)[] changes)
    {
        foreach (var (field, value) in changes) values[field] = value;
        return values;
    }
}
