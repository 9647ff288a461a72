using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// Old nudge cards close when their follow-up does: updated in place to say why, with no buttons
/// left to tap; and a tap that reaches a stale card anyway is answered in a plain sentence.
/// </summary>
public sealed class NudgeCardClosingTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Marking_feedback_sent_closes_the_earlier_cards_of_that_call_in_place()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var (chat, api, interviewId) = await BookedPastFeedbackDueAsync(host, connector);
        var prep = Sent(connector, "Prep for your call");
        var starting = Sent(connector, "starts soon");
        var callDone = Sent(connector, "How did the call");
        var feedback = Sent(connector, "Feedback for Jordan Lee is due");

        var answer = await chat.TapAsync(feedback, CardReader.SubmitData(feedback.Card!, "Feedback sent"));

        Assert.Contains("Feedback sent ✓", CardReader.AllText(Assert.Single(answer, r => r.ActivityId == feedback.ResultId).Card!));
        foreach (var (card, why) in new[]
        {
            (prep, "Closed – the call with Jordan Lee has taken place."),
            (starting, "Closed – the call with Jordan Lee has taken place."),
            (callDone, "Closed – the call with Jordan Lee is marked held."),
        })
        {
            var closed = Assert.Single(connector.Requests, r => r.Kind == "update" && r.ActivityId == card.ResultId);
            Assert.Contains(why, CardReader.AllText(closed.Card!));
            Assert.Empty(CardReader.ButtonTitles(closed.Card!));
            AdaptiveCardSchema.AssertValid(closed.Card!, "closed nudge card");
        }
        var nudges = await api.NudgesAsync(interviewId);
        Assert.All(nudges.Where(n => n["state"]!.GetValue<string>() == "Sent"), n => Assert.NotNull(n["cardClosedUtc"]?.GetValue<DateTime>()));
    }

    [Fact]
    public async Task A_tap_on_a_stale_card_is_answered_in_a_plain_sentence_and_changes_nothing()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var (chat, api, interviewId) = await BookedPastFeedbackDueAsync(host, connector);
        var prep = Sent(connector, "Prep for your call");
        var callDone = Sent(connector, "How did the call");
        var feedback = Sent(connector, "Feedback for Jordan Lee is due");
        await chat.TapAsync(feedback, CardReader.SubmitData(feedback.Card!, "Feedback sent"));

        // Taps that crossed the closing: the buttons as they were on the cards when sent.
        var noShow = await chat.TapAsync(callDone, CardReader.SubmitData(callDone.Card!, "No-show"));
        var said = string.Join("\n", noShow.Select(r => r.Text ?? (r.Card is null ? "" : CardReader.AllText(r.Card))));
        Assert.Contains("Feedback for Jordan Lee is already marked sent, so the call can't be marked a no-show now.", said);
        Assert.DoesNotContain("can't become", said);

        var snooze = await chat.TapAsync(prep, CardReader.SubmitData(prep.Card!, "Snooze"), new Dictionary<string, string> { ["snoozeFor"] = "morning" });
        var shown = Assert.Single(snooze, r => r.Kind == "update" && r.ActivityId == prep.ResultId);
        Assert.Contains("Closed – the call with Jordan Lee has taken place.", CardReader.AllText(shown.Card!));
        Assert.Empty(CardReader.ButtonTitles(shown.Card!));

        Assert.Equal("FeedbackSent", (await api.InterviewAsync(interviewId))["status"]!.GetValue<string>());
        Assert.Equal("Sent", (await api.NudgesAsync(interviewId)).Single(n => NudgeApi.Kind(n) == "PrepReminder")["state"]!.GetValue<string>());
    }

    /// <summary>A call booked in chat for next week, the clock moved just past its feedback deadline and every nudge up to it sent.</summary>
    private static async Task<(Conversation Chat, NudgeApi Api, Guid InterviewId)> BookedPastFeedbackDueAsync(BotHost host, LocalConnector connector)
    {
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var interviewId = await NudgeFlowTests.BookNextWeekAsync(chat);
        var plan = await api.NudgesAsync(interviewId);
        await api.AdvanceToAsync(NudgeApi.Due(plan.Single(n => NudgeApi.Kind(n) == "FeedbackDue")).AddMinutes(1));
        await api.SettledAsync(interviewId);
        return (chat, api, interviewId);
    }

    private static ConnectorRequest Sent(LocalConnector connector, string text) =>
        Assert.Single(connector.Requests, r => r.Kind == "send" && CardReader.AllText(r.Card!).Contains(text, StringComparison.Ordinal));
}
