using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>Snooze and Stop on a nudge card: the card updates in place and the schedule follows.</summary>
public sealed class NudgeButtonsTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Snooze_with_a_reason_brings_the_nudge_back_the_next_working_morning()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var interviewId = await NudgeFlowTests.BookNextWeekAsync(chat);
        var prep = (await api.NudgesAsync(interviewId))[0];
        await api.AdvanceToAsync(NudgeApi.Due(prep).AddMinutes(1));
        await api.SettledAsync(interviewId);
        var card = Assert.Single(connector.Requests, r => r.Kind == "send");

        var sent = await chat.TapAsync(card, CardReader.SubmitData(card.Card!, "Snooze"), new Dictionary<string, string>
        {
            ["snoozeFor"] = "morning",
            ["snoozeReason"] = "waiting on the hiring manager",
        });

        var update = Assert.Single(sent);
        Assert.Equal(card.ResultId, update.ActivityId);
        Assert.Contains("Snoozed until Tue", CardReader.AllText(update.Card!));
        Assert.Contains("09:00 – waiting on the hiring manager", CardReader.AllText(update.Card!));
        var snoozed = (await api.NudgesAsync(interviewId))[0];
        Assert.Equal("Snoozed", snoozed["state"]!.GetValue<string>());
        Assert.EndsWith("T09:00", snoozed["dueLocal"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("waiting on the hiring manager", snoozed["snoozeReason"]!.GetValue<string>());

        await api.AdvanceToAsync(NudgeApi.Due(snoozed).AddMinutes(1));
        await api.SettledAsync(interviewId);
        Assert.Equal(2, connector.Requests.Count(r => r.Kind == "send" && CardReader.AllText(r.Card!).Contains("Prep for your call", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Stop_these_turns_that_kind_off_for_the_person_in_every_interview()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var first = await NudgeFlowTests.BookNextWeekAsync(chat);
        var second = await NudgeFlowTests.BookNextWeekAsync(chat, weeks: 2);
        var firstPlan = await api.NudgesAsync(first);
        await api.AdvanceToAsync(NudgeApi.Due(firstPlan.Single(n => n["kind"]!.GetValue<string>() == "CallStarting")).AddMinutes(1));
        await api.SettledAsync(first);
        var callStarting = connector.Requests.First(r => r.Kind == "send" && CardReader.AllText(r.Card!).Contains("starts soon", StringComparison.Ordinal));

        var update = Assert.Single(await chat.TapAsync(callStarting, CardReader.SubmitData(callStarting.Card!, "Stop these reminders")));

        Assert.Contains("Stopped", CardReader.AllText(update.Card!));
        var settings = CardReader.AllText(Assert.Single(await chat.SayAsync("settings")).Card!);
        Assert.DoesNotContain("CallStarting", CardReader.InputValue(Assert.Single(await chat.SayAsync("settings")).Card!, "reminders") ?? "");
        Assert.Contains("Remind me about", settings);
        var secondStarting = (await api.NudgesAsync(second)).Single(n => n["kind"]!.GetValue<string>() == "CallStarting");
        Assert.Equal("Cancelled", secondStarting["state"]!.GetValue<string>());
    }
}
