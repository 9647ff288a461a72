using System.Globalization;
using System.Text.Json.Nodes;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// When nudges go out: at their planned time even when the scheduler fires a moment late, and after
/// real downtime by the rules of docs/nudges.md – late but useful goes out saying when it was meant
/// for, no longer useful is expired (and shown as such), "how did it go?" waits for the morning once
/// the call is more than two hours over.
/// </summary>
public sealed class NudgeTimingTests : IDisposable
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task How_did_it_go_after_a_call_that_ends_after_working_hours_goes_out_at_its_time_not_the_next_morning()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var interviewId = await BookAsync(new Conversation(host, connector, new Activities(connector.ServiceUrl)), "17:30", minutes: 45);
        var callDone = Single(await api.NudgesAsync(interviewId), "CallDone");
        Assert.Equal("18:25", LocalTime(callDone)); // the call ends at 18:15, after the working day

        await api.AdvanceToAsync(NudgeApi.Due(callDone).AddMinutes(1));
        var settled = Single(await api.SettledAsync(interviewId), "CallDone");

        Assert.Equal("Sent", State(settled));
        Assert.Equal(NudgeApi.Due(callDone), NudgeApi.Due(settled));
        var card = Assert.Single(Proactive(connector), r => CardReader.AllText(r.Card!).Contains("How did the call with Jordan Lee go?", StringComparison.Ordinal));
        Assert.DoesNotContain("Meant for", CardReader.AllText(card.Card!));
    }

    [Fact]
    public async Task After_downtime_a_late_but_useful_nudge_says_when_it_was_meant_for_and_useless_ones_expire_visibly()
    {
        await using var connector = await LocalConnector.StartAsync();
        Guid interviewId;
        IReadOnlyList<JsonObject> plan;
        await using (var before = new BotHost(_data, NudgeApi.Settings()))
        {
            interviewId = await BookAsync(new Conversation(before, connector, new Activities(connector.ServiceUrl)), "14:00", minutes: 30);
            plan = await new NudgeApi(before, NudgeApi.Key).NudgesAsync(interviewId);
        }

        // The bot is down from booking until an hour after the call (14:00–14:30): the prep reminder and
        // the "starting" card are of no use any more; "how did it go?" still is.
        var callDone = Single(plan, "CallDone");
        await using var after = HostAt(NudgeApi.Due(callDone).AddMinutes(50));
        var api = new NudgeApi(after, NudgeApi.Key);
        var settled = await api.SettledAsync(interviewId);

        Assert.Equal("Expired", State(Single(settled, "PrepReminder")));
        Assert.Equal("Expired", State(Single(settled, "CallStarting")));
        Assert.Equal("Sent", State(Single(settled, "CallDone")));
        Assert.Equal("Pending", State(Single(settled, "FeedbackDue")));
        var sent = Assert.Single(Proactive(connector));
        var text = CardReader.AllText(sent.Card!);
        Assert.Contains("How did the call with Jordan Lee go?", text);
        Assert.Contains("Meant for", text);
        Assert.Contains(LocalTime(callDone), text);

        // The person sees what could not reach them, rather than nothing.
        var chat = new Conversation(after, connector, new Activities(connector.ServiceUrl));
        var list = CardReader.AllText(Assert.Single(await chat.SayAsync("my interviews")).Card!);
        Assert.Contains("Reminders that could not go out in time", list);
        Assert.Contains("\"prep reminder the day before\"", list);
        Assert.Contains("\"call starting soon\"", list);
    }

    [Fact]
    public async Task After_downtime_past_the_evening_how_did_it_go_waits_for_the_next_working_morning()
    {
        await using var connector = await LocalConnector.StartAsync();
        Guid interviewId;
        IReadOnlyList<JsonObject> plan;
        await using (var before = new BotHost(_data, NudgeApi.Settings()))
        {
            interviewId = await BookAsync(new Conversation(before, connector, new Activities(connector.ServiceUrl)), "17:30", minutes: 45);
            plan = await new NudgeApi(before, NudgeApi.Key).NudgesAsync(interviewId);
        }

        // Back at 21:00: the call ended 2 h 45 min ago, so the question waits for the morning.
        var callDone = Single(plan, "CallDone");
        var ninePm = NudgeApi.Due(callDone).AddMinutes(155);
        await using var after = HostAt(ninePm);
        var api = new NudgeApi(after, NudgeApi.Key);
        await api.SettledAsync(interviewId);
        var moved = Single(await WaitAsync(api, interviewId, n => NudgeApi.Due(Single(n, "CallDone")) > ninePm), "CallDone");

        Assert.Equal("Pending", State(moved));
        Assert.Equal("09:00", LocalTime(moved));
        Assert.Equal(LocalDate(ninePm).AddDays(1), LocalDate(NudgeApi.Due(moved)));
        Assert.DoesNotContain(Proactive(connector), r => CardReader.AllText(r.Card!).Contains("How did the call", StringComparison.Ordinal));
    }

    /// <summary>A host started at <paramref name="utc"/>, as if it had been down until then.</summary>
    private BotHost HostAt(DateTime utc) => NudgeApi.HostAt(_data, utc);

    /// <summary>The first Tuesday a week or more from today (Berlin).</summary>
    internal static DateOnly TuesdayNextWeek()
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Berlin)).AddDays(7);
        while (day.DayOfWeek != DayOfWeek.Tuesday) day = day.AddDays(1);
        return day;
    }

    /// <summary>Books a call on <paramref name="day"/> (a Tuesday a week or more away unless said) at <paramref name="time"/> Berlin time.</summary>
    internal static async Task<Guid> BookAsync(Conversation chat, string time, int minutes, DateOnly? day = null)
    {
        var form = Assert.Single(await chat.SayAsync("new interview"));
        var inputs = ConversationFlowTests.BookingInputs("Jordan Lee");
        inputs["date"] = (day ?? TuesdayNextWeek()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        inputs["time"] = time;
        inputs["minutes"] = minutes.ToString(CultureInfo.InvariantCulture);
        var sent = await chat.TapAsync(form, CardReader.SubmitData(form.Card!, "Book it"), inputs);
        var checklist = Assert.Single(sent, r => r.Kind == "reply");
        return Guid.Parse(CardReader.StepButton(checklist.Card!, "Done", "look-beyond")["interviewId"]!.GetValue<string>());
    }

    private static async Task<IReadOnlyList<JsonObject>> WaitAsync(NudgeApi api, Guid interviewId, Func<IReadOnlyList<JsonObject>, bool> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            var nudges = await api.NudgesAsync(interviewId);
            if (condition(nudges)) return nudges;
            await Task.Delay(100);
        }
        throw new TimeoutException("The nudges did not reach the expected state within 20 s.");
    }

    private static JsonObject Single(IReadOnlyList<JsonObject> nudges, string kind) => Assert.Single(nudges, n => NudgeApi.Kind(n) == kind);

    private static string State(JsonObject nudge) => nudge["state"]!.GetValue<string>();

    private static string LocalTime(JsonObject nudge) => LocalTime(NudgeApi.Due(nudge));

    private static string LocalTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Berlin).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Berlin));

    private static List<ConnectorRequest> Proactive(LocalConnector connector) => connector.Requests.Where(r => r.Kind == "send").ToList();
}
