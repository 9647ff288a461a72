using System.Globalization;
using System.Text.Json.Nodes;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// Nudges end to end: a phone screen booked in chat, the local clock moved forward, and each
/// follow-up arriving at the connector once, at its time, with a valid card.
/// </summary>
public sealed class NudgeFlowTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Each_nudge_arrives_once_at_its_time_and_Done_on_feedback_closes_the_loop()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var interviewId = await BookNextWeekAsync(chat);

        var plan = await api.NudgesAsync(interviewId);
        Assert.Equal(["PrepReminder", "CallStarting", "CallDone", "FeedbackDue", "FeedbackDue#2", "FeedbackOverdue"], plan.Select(NudgeApi.Kind));
        Assert.All(plan, n => Assert.Equal("Recruiter", n["recipient"]!.GetValue<string>()));

        // Step through the schedule: at each due time exactly the nudges due so far have been sent.
        foreach (var nudge in plan.Take(4))
        {
            await api.AdvanceToAsync(NudgeApi.Due(nudge).AddMinutes(1));
            var now = await api.NowAsync();
            var settled = await api.SettledAsync(interviewId);
            Assert.All(settled, n => Assert.Equal(Planned(plan, n) <= now ? "Sent" : "Pending", n["state"]!.GetValue<string>()));
            Assert.Equal(settled.Count(n => n["state"]!.GetValue<string>() == "Sent"), Proactive(connector).Count);
        }

        var sent = Proactive(connector);
        Assert.All(sent, s => AdaptiveCardSchema.AssertValid(s.Card!, "nudge card"));
        Assert.Contains("Prep for your call with Jordan Lee", CardReader.AllText(sent[0].Card!));
        var feedback = sent[3];
        var feedbackText = CardReader.AllText(feedback.Card!);
        Assert.Contains("Feedback for Jordan Lee is due", feedbackText);
        Assert.Contains("Hi Jordan,", feedbackText);

        var done = await chat.TapAsync(feedback, CardReader.SubmitData(feedback.Card!, "Feedback sent"));
        // The card tapped says so; the three earlier cards of the call are closed in place alongside it.
        Assert.All(done, r => Assert.Equal("update", r.Kind));
        var update = Assert.Single(done, r => r.ActivityId == feedback.ResultId);
        Assert.Contains("Feedback sent ✓", CardReader.AllText(update.Card!));
        Assert.Equal(sent.Take(3).Select(s => s.ResultId).Order(), done.Where(r => r != update).Select(r => r.ActivityId).Order());

        var after = await api.NudgesAsync(interviewId);
        Assert.Equal("Cancelled", after.Single(n => NudgeApi.Kind(n) == "FeedbackDue#2")["state"]!.GetValue<string>());
        Assert.Equal("Cancelled", after.Single(n => NudgeApi.Kind(n) == "FeedbackOverdue")["state"]!.GetValue<string>());
        Assert.Equal("FeedbackSent", (await api.InterviewAsync(interviewId))["status"]!.GetValue<string>());

        await api.AdvanceToAsync(plan.Max(NudgeApi.Due).AddDays(2));
        await api.SettledAsync(interviewId);
        Assert.Equal(4, Proactive(connector).Count);
    }

    [Fact]
    public async Task A_restart_between_nudges_loses_nothing_and_repeats_nothing()
    {
        await using var connector = await LocalConnector.StartAsync();
        Guid interviewId;
        IReadOnlyList<JsonObject> plan;
        await using (var first = new BotHost(_data, NudgeApi.Settings()))
        {
            var api = new NudgeApi(first, NudgeApi.Key);
            interviewId = await BookNextWeekAsync(new Conversation(first, connector, new Activities(connector.ServiceUrl)));
            plan = await api.NudgesAsync(interviewId);
            await api.AdvanceToAsync(NudgeApi.Due(plan[0]).AddMinutes(1));
            await api.SettledAsync(interviewId);
            Assert.Single(Proactive(connector));
        }

        await using var second = new BotHost(_data, NudgeApi.Settings());
        var again = new NudgeApi(second, NudgeApi.Key);
        // The local clock starts from real time again after a restart; move it on through the next two nudges.
        await again.AdvanceToAsync(NudgeApi.Due(plan[1]).AddMinutes(1));
        await again.SettledAsync(interviewId);
        await again.AdvanceToAsync(NudgeApi.Due(plan[2]).AddMinutes(1));
        var settled = await again.SettledAsync(interviewId);

        Assert.Equal(["Sent", "Sent", "Sent", "Pending", "Pending", "Pending"], settled.Select(n => n["state"]!.GetValue<string>()));
        var kinds = Proactive(connector).Select(s => CardReader.AllText(s.Card!)).ToList();
        Assert.Equal(3, kinds.Count);
        Assert.Single(kinds, k => k.Contains("Prep for your call", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_throttled_then_unavailable_connector_delays_a_nudge_but_loses_nothing()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var interviewId = await BookNextWeekAsync(new Conversation(host, connector, new Activities(connector.ServiceUrl)));
        var prep = (await api.NudgesAsync(interviewId))[0];

        // One 429 and then 503s for all the tries one send makes (5): the nudge goes back to the scheduler.
        connector.ThrottleNext(1, retryAfterSeconds: 1);
        connector.UnavailableNext(4);
        // Just past its time: the clock also runs on in real time while the send waits out the refusals,
        // and must not reach the retry (a minute or more later) before the test has looked.
        await api.AdvanceToAsync(NudgeApi.Due(prep).AddSeconds(5));
        var retried = await WaitForAsync(api, interviewId, n => n["attempts"]!.GetValue<int>() >= 1);
        Assert.Equal("Pending", retried["state"]!.GetValue<string>());
        Assert.Empty(Proactive(connector));
        Assert.Equal(5, connector.Refused.Count);

        await api.AdvanceToAsync(NudgeApi.Due(retried).AddMinutes(1));
        var delivered = await WaitForAsync(api, interviewId, n => n["state"]!.GetValue<string>() != "Pending");

        Assert.Equal("Sent", delivered["state"]!.GetValue<string>());
        Assert.Single(Proactive(connector));
    }

    /// <summary>When the nudge was due in the plan read at booking time.</summary>
    private static DateTime Planned(IReadOnlyList<JsonObject> plan, JsonObject nudge) =>
        NudgeApi.Due(plan.Single(p => p["id"]!.GetValue<string>() == nudge["id"]!.GetValue<string>()));

    /// <summary>Proactive messages the bot sent on its own (not replies within a turn).</summary>
    private static List<ConnectorRequest> Proactive(LocalConnector connector) =>
        connector.Requests.Where(r => r.Kind == "send").ToList();

    private static async Task<JsonObject> WaitForAsync(NudgeApi api, Guid interviewId, Func<JsonObject, bool> condition)
    {
        for (var i = 0; i < 600; i++)
        {
            var first = (await api.NudgesAsync(interviewId))[0];
            if (condition(first)) return first;
            await Task.Delay(100);
        }
        throw new TimeoutException("The nudge did not reach the expected state within 60 s.");
    }

    /// <summary>Books a call on a Tuesday at 14:00 Berlin time, a week or more away, and returns its id.</summary>
    internal static async Task<Guid> BookNextWeekAsync(Conversation chat, int weeks = 1, string candidate = "Jordan Lee")
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, berlin)).AddDays(7 * weeks);
        while (day.DayOfWeek != DayOfWeek.Tuesday) day = day.AddDays(1);
        var form = Assert.Single(await chat.SayAsync("new interview"));
        var inputs = ConversationFlowTests.BookingInputs(candidate);
        inputs["date"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sent = await chat.TapAsync(form, CardReader.SubmitData(form.Card!, "Book it"), inputs);
        var checklist = Assert.Single(sent, r => r.Kind == "reply");
        return Guid.Parse(CardReader.StepButton(checklist.Card!, "Done", "look-beyond")["interviewId"]!.GetValue<string>());
    }
}
