using System.Globalization;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// The README's promise for local mode: moving the clock forward delivers, in order and at their own
/// times, everything that falls due in between – even from an evening start, where each "+1 day" lands
/// outside working hours – and the team channel gets each working day's digest, titled with its day.
/// </summary>
public sealed class LocalClockWeekTests : IDisposable
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private const string Channel = "19:team-recruiting@thread.tacv2";
    private const int Days = 10;
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Ten_days_of_plus_one_day_from_a_friday_evening_delivers_every_nudge_once_in_order_and_each_days_digest()
    {
        var call = NudgeTimingTests.TuesdayNextWeek();
        var fridayEvening = Utc(call.AddDays(-4), "20:00");
        await using var connector = await LocalConnector.StartAsync();
        await using var host = NudgeApi.HostAt(_data, fridayEvening);
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        await chat.PostAsync(chat.Activities.ChannelMessage("use this channel"));
        var interviewId = await NudgeTimingTests.BookAsync(chat, "14:00", minutes: 30, call);
        var plan = await api.NudgesAsync(interviewId);
        var before = connector.Requests.Count;

        // "+1 day", ten times, as the local page's button does: to the Monday evening after the call's week.
        var delivered = 0;
        var said = new List<string>();
        for (var day = 0; day < Days; day++)
        {
            await api.AdvanceToAsync(await api.NowAsync() + TimeSpan.FromHours(24));
            delivered += api.LastMove!["delivered"]!.GetValue<int>();
            said.Add($"{api.LastMove["now"]}: {api.LastMove["delivered"]} ({connector.Requests.Count(r => r.Kind is "send" or "thread")})");
        }
        var end = await api.NowAsync();

        // Every nudge of the call went out, once, at its planned time, in the order planned.
        var settled = await api.SettledAsync(interviewId);
        var due = plan.Where(n => NudgeApi.Due(n) <= end).OrderBy(NudgeApi.Due).ToList();
        Assert.Equal(plan.Select(NudgeApi.Kind), due.Select(NudgeApi.Kind)); // the last, the overdue alerts, fall in the week after the call
        Assert.All(settled.Where(n => due.Any(d => NudgeApi.Kind(d) == NudgeApi.Kind(n))), n =>
        {
            Assert.Equal("Sent", n["state"]!.GetValue<string>());
            Assert.Equal(NudgeApi.Due(plan.Single(p => NudgeApi.Kind(p) == NudgeApi.Kind(n))), NudgeApi.Due(n));
        });
        var cards = connector.Requests.Skip(before).Where(r => r.Kind is "send" or "thread").ToList();
        Assert.DoesNotContain(cards, c => CardReader.AllText(c.Card!).Contains("Meant for", StringComparison.Ordinal));
        Assert.True(cards.Count == delivered, $"{cards.Count} cards arrived, the moves said {delivered}: {string.Join("; ", said)}; cards: {string.Join(" | ", cards.Select(c => CardReader.AllText(c.Card!).Split('\n')[0]))}");

        // One digest for each working day of the week, each titled with its own day, in order.
        var digests = cards.Where(c => c.ConversationId == Channel && CardReader.AllText(c.Card!).StartsWith("Team digest", StringComparison.Ordinal))
            .Select(c => CardReader.AllText(c.Card!).Split('\n')[0]).ToList();
        var workingDays = Enumerable.Range(1, Days).Select(d => call.AddDays(-4 + d)).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.Equal(workingDays.Select(d => "Team digest – " + d.ToString("dddd d MMMM", CultureInfo.InvariantCulture)), digests);
    }

    [Fact]
    public async Task A_move_that_reaches_no_nudge_says_so_and_the_next_nudge_is_still_to_come()
    {
        var call = NudgeTimingTests.TuesdayNextWeek();
        var fridayEvening = Utc(call.AddDays(-4), "20:00");
        await using var connector = await LocalConnector.StartAsync();
        await using var host = NudgeApi.HostAt(_data, fridayEvening);
        var api = new NudgeApi(host, NudgeApi.Key);
        var interviewId = await NudgeTimingTests.BookAsync(new Conversation(host, connector, new Activities(connector.ServiceUrl)), "14:00", minutes: 30, call);

        await api.AdvanceToAsync(fridayEvening.AddHours(24)); // Saturday evening: nothing is due on a weekend

        Assert.Equal(0, api.LastMove!["delivered"]!.GetValue<int>());
        Assert.All(await api.NudgesAsync(interviewId), n => Assert.Equal("Pending", n["state"]!.GetValue<string>()));
        Assert.DoesNotContain(connector.Requests, r => r.Kind == "send");
    }

    private static DateTime Utc(DateOnly day, string time) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.Parse(time, CultureInfo.InvariantCulture)), Berlin);
}
