using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// Issue 16's promise, walked on the local clock: while a decision is pending the recruiter is reminded
/// every two working days to update the candidate – an ignored reminder is followed by the next – with a
/// holding message whose "you'll hear by" date lies ahead; the morning the promised date arrives they
/// are told so; six weeks after the call they are asked once to close or extend, and then nothing more.
/// </summary>
public sealed partial class KeepInTheLoopWalkTests : IDisposable
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly string[] LoopKinds = ["KeepInTheLoop", "PromisedNewsDue", "CloseOrExtend"];
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Seven_weeks_pending_brings_a_reminder_every_two_working_days_the_promised_morning_one_question_and_then_silence()
    {
        // A call on Tuesday 8 June 2032 at 14:00 (Berlin) – a fixed day ahead, so the days below read as a calendar would –
        // booked the afternoon before; the holding message goes out right after the call. Riley takes no public holidays.
        await using var connector = await LocalConnector.StartAsync();
        await using var host = NudgeApi.HostAt(_data, Utc("2032-06-07", "16:00"));
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var interviewId = await NudgeTimingTests.BookAsync(chat, "14:00", minutes: 30, new DateOnly(2032, 6, 8));
        await api.AdvanceToAsync(Utc("2032-06-08", "14:35"));
        var after = Assert.Single(await chat.SayAsync("after"));
        await chat.TapAsync(after, CardReader.StepButton(after.Card!, "Mark as sent", "keep-in-the-loop"));

        // Thursday: the first reminder offers Monday (two working days on); the recruiter tells Jordan Wednesday 16 June instead.
        await api.AdvanceToAsync(Utc("2032-06-10", "12:00"));
        var first = Assert.Single(Reminders(connector));
        Assert.Contains("I expect to have news by Monday 14 June", CardReader.AllText(first.Card!));
        Assert.Equal("2032-06-14", CardReader.InputValue(first.Card!, "hearBy"));
        var today = await chat.TapAsync(first, CardReader.SubmitData(first.Card!, "Update sent"), new Dictionary<string, string> { ["hearBy"] = "2032-06-10" });
        Assert.Contains("Pick a day after today", string.Join("\n", today.Select(r => r.Card is { } card ? CardReader.AllText(card) : r.Text)));
        Assert.Null((await api.InterviewAsync(interviewId))["feedbackDueDate"]);
        var done = await chat.TapAsync(first, CardReader.SubmitData(first.Card!, "Update sent"), new Dictionary<string, string> { ["hearBy"] = "2032-06-16" });
        Assert.Contains("they'll hear by Wednesday 16 June", CardReader.AllText(Assert.Single(done).Card!));
        Assert.Equal("2032-06-16", (await api.InterviewAsync(interviewId))["feedbackDueDate"]!.GetValue<string>());

        // Nobody taps anything for six weeks.
        await api.AdvanceToAsync(Utc("2032-07-25", "12:00"));
        var sent = (await api.NudgesAsync(interviewId)).Where(n => LoopKinds.Contains(NudgeApi.Kind(n)) && n["sentUtc"] is not null)
            .OrderBy(Sent).ToList();
        Assert.Equal(
        [
            "KeepInTheLoop Thu 10 Jun", "KeepInTheLoop Mon 14 Jun", "PromisedNewsDue Wed 16 Jun", "KeepInTheLoop Fri 18 Jun",
            "KeepInTheLoop Tue 22 Jun", "KeepInTheLoop Thu 24 Jun", "KeepInTheLoop Mon 28 Jun", "KeepInTheLoop Wed 30 Jun",
            "KeepInTheLoop Fri 2 Jul", "KeepInTheLoop Tue 6 Jul", "KeepInTheLoop Thu 8 Jul", "KeepInTheLoop Mon 12 Jul",
            "KeepInTheLoop Wed 14 Jul", "KeepInTheLoop Fri 16 Jul", "CloseOrExtend Tue 20 Jul",
        ], sent.Select(n => $"{NudgeApi.Kind(n)} {LocalDay(Sent(n)).ToString("ddd d MMM", CultureInfo.InvariantCulture)}"));
        Assert.All(sent, n => Assert.Equal("09:00", LocalTime(Sent(n)).ToString("HH:mm", CultureInfo.InvariantCulture)));

        // Each card arrived on its day with a holding message promising news by a later day.
        var cards = Reminders(connector);
        Assert.Equal(sent.Count, cards.Count);
        foreach (var (nudge, card) in sent.Zip(cards).Where(p => NudgeApi.Kind(p.First) != "CloseOrExtend"))
        {
            var day = LocalDay(Sent(nudge));
            var by = HearBy(CardReader.AllText(card.Card!), day.Year);
            Assert.True(by > day, $"The card of {day:ddd d MMM} promises news by {by:ddd d MMM}.");
            Assert.Equal(by.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), CardReader.InputValue(card.Card!, "hearBy"));
        }
        Assert.Contains("I expect to have news by Wednesday 16 June", CardReader.AllText(cards[1].Card!)); // the date Jordan was told, still ahead
        Assert.StartsWith("You promised Jordan news by today", CardReader.AllText(cards[2].Card!), StringComparison.Ordinal);
        Assert.Equal(["Feedback sent", "Close it", "Open the after-call steps", "Update sent", "Snooze"], CardReader.ButtonTitles(cards[2].Card!));
        var ask = CardReader.AllText(cards[^1].Card!);
        Assert.StartsWith("Jordan Lee has waited 6 weeks for a decision", ask, StringComparison.Ordinal);
        Assert.Contains("If you do neither, I stop the reminders to update Jordan", ask);

        // Each ignored reminder's card was closed when the next one came; the last one and the question stay live.
        var closed = sent.Where(n => n["cardClosedUtc"] is not null).Select(Sent).ToList();
        Assert.Equal(sent.Count - 2, closed.Count);
        Assert.Contains(connector.Requests, r => r.Kind == "update" && CardReader.AllText(r.Card!).Contains("Closed – a newer reminder to update the candidate takes its place.", StringComparison.Ordinal));

        // Two more weeks of silence: nothing goes out and nothing waits.
        var before = connector.Requests.Count(r => r.Kind == "send");
        await api.AdvanceToAsync(Utc("2032-08-09", "12:00"));
        Assert.Equal(before, connector.Requests.Count(r => r.Kind == "send"));
        Assert.DoesNotContain(await api.NudgesAsync(interviewId), NudgeApi.IsWaiting);

        // Keep following up: the reminders resume two working days later, and the question comes again six weeks on.
        var kept = await chat.TapAsync(cards[^1], CardReader.SubmitData(cards[^1].Card!, "Keep following up"));
        Assert.Contains("another 6 weeks", CardReader.AllText(Assert.Single(kept).Card!)); // the last reminder's card stays live until the next one
        var waiting = (await api.NudgesAsync(interviewId)).Where(NudgeApi.IsWaiting).Select(n => $"{NudgeApi.Kind(n)} {LocalDay(NudgeApi.Due(n)):ddd d MMM}").ToList();
        Assert.Equal(["KeepInTheLoop Wed 11 Aug", "CloseOrExtend#2 Tue 31 Aug"], waiting);
    }

    /// <summary>The reminders about updating the candidate that reached the recruiter, in order.</summary>
    private static List<ConnectorRequest> Reminders(LocalConnector connector) =>
        [.. connector.Requests.Where(r => r.Kind == "send" && r.Card is { } card && CardReader.AllText(card) is var text
            && (text.StartsWith("Time for an update to", StringComparison.Ordinal) || text.StartsWith("You promised", StringComparison.Ordinal) || text.Contains("weeks for a decision", StringComparison.Ordinal)))];

    /// <summary>The "news by Wednesday 16 June" date of a holding message.</summary>
    private static DateOnly HearBy(string text, int year)
    {
        var match = NewsBy().Match(text);
        Assert.True(match.Success, $"No \"news by\" date in: {text}");
        return DateOnly.ParseExact($"{match.Groups[1].Value} {year}", "dddd d MMMM yyyy", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"news by (\w+ \d{1,2} \w+)")]
    private static partial Regex NewsBy();

    private static DateTime Sent(JsonObject nudge) => nudge["sentUtc"]!.GetValue<DateTime>();

    private static DateTime LocalTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Berlin);

    private static DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(LocalTime(utc));

    private static DateTime Utc(string day, string time) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.ParseExact($"{day} {time}", "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Berlin);
}
