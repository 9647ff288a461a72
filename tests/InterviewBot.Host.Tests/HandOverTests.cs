using System.Globalization;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// Hand over through the real host, in Teams: Riley (Berlin) books a call and hands it to Bea (New York)
/// with an @mention. The waiting reminders become Bea's, planned in her working hours; as the local clock
/// moves they reach Bea's chat and none reaches Riley's.
/// </summary>
public sealed class HandOverTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Handed_over_reminders_reach_the_new_owner_in_her_working_hours_and_never_the_old_one()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var riley = Conversation.Recruiter(host, connector);
        var bea = new Conversation(host, connector, new Activities(connector.ServiceUrl, userId: "29:user-bea", userName: "Bea Stone",
            conversationId: "a:personal-bea", timeZone: "America/New_York", aadObjectId: "00000000-0000-0000-0000-0000000000b2"));
        await bea.SayAsync("hi");
        var interviewId = await NudgeFlowTests.BookNextWeekAsync(riley);
        var planned = await api.NudgesAsync(interviewId);
        Assert.All(planned, n => Assert.Equal("Europe/Berlin", n["timeZone"]!.GetValue<string>()));

        var answer = await riley.PostAsync(riley.Activities.MessageMentioning("hand over to <at>Bea Stone</at>", ("29:user-bea", "Bea Stone")));

        Assert.Contains("Done – Bea Stone now runs the call with Jordan Lee", Assert.Single(answer).Text, StringComparison.Ordinal);
        var told = Assert.Single(connector.Requests, r => r.Kind == "send" && r.ConversationId == "a:personal-bea");
        Assert.Contains("You took over the call with Jordan Lee", CardReader.AllText(told.Card!), StringComparison.Ordinal);
        AdaptiveCardSchema.AssertValid(told.Card!, "hand-over card");
        Assert.Equal("29:user-bea", (await api.InterviewAsync(interviewId))["recruiter"]!["platformUserId"]!.GetValue<string>());

        var moved = await api.NudgesAsync(interviewId);
        Assert.Equal(planned.Select(NudgeApi.Kind).Order(), moved.Select(NudgeApi.Kind).Order());
        Assert.All(moved, n => Assert.Equal("America/New_York", n["timeZone"]!.GetValue<string>()));
        foreach (var nudge in moved.Where(n => NudgeApi.Kind(n) is "PrepReminder" or "FeedbackDue" or "FeedbackDue#2" or "FeedbackOverdue"))
        {
            var local = DateTime.Parse(nudge["dueLocal"]!.GetValue<string>(), CultureInfo.InvariantCulture);
            Assert.Equal(new TimeSpan(9, 0, 0), local.TimeOfDay); // the start of Bea's working day, not Riley's
            Assert.NotEqual(NudgeApi.Due(planned.Single(p => NudgeApi.Kind(p) == NudgeApi.Kind(nudge))), NudgeApi.Due(nudge));
        }

        var sentBefore = connector.Requests.Count;
        await api.AdvanceToAsync(moved.Max(NudgeApi.Due).AddMinutes(1));
        var settled = await api.SettledAsync(interviewId);

        Assert.Equal(settled.Count, settled.Count(n => n["state"]!.GetValue<string>() == "Sent"));
        var delivered = connector.Requests.Skip(sentBefore).Where(r => r.Kind == "send").ToList();
        Assert.Equal(settled.Count, delivered.Count);
        Assert.All(delivered, r => Assert.Equal("a:personal-bea", r.ConversationId));
        Assert.DoesNotContain(connector.Requests, r => r.Kind == "send" && r.ConversationId == riley.Activities.ConversationId);
    }
}
