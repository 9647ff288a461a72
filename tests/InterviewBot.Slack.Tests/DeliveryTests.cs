using InterviewBot.Slack.Tests.Support;

namespace InterviewBot.Slack.Tests;

/// <summary>Slack's timing rules: acknowledged within 3 s whatever the Web API does, 429s waited out, nudges delivered to the person's DM.</summary>
public sealed class DeliveryTests : SlackTest
{
    [Fact]
    public async Task The_ack_comes_back_before_a_slow_Web_API_has_answered_anything()
    {
        _ = Host.Server;
        Slack.Delay = TimeSpan.FromSeconds(2);
        Slack.Clear();

        using var ack = await Riley.CommandAsync("new");
        var ackedAt = Slack.Now;

        Assert.Equal("", await SlackUser.BodyAsync(ack));
        var opened = await Slack.WaitForAsync("views.open");
        var firstCall = Slack.Calls.OrderBy(c => c.ReceivedAt).First();
        Assert.True(ackedAt < firstCall.AnsweredAt, $"The ack came at {ackedAt}, after the first Web API call ({firstCall.Method}) was answered at {firstCall.AnsweredAt}.");
        Assert.True(ackedAt < opened.ReceivedAt);
    }

    [Fact]
    public async Task An_event_is_acknowledged_before_a_slow_Web_API_has_answered_anything()
    {
        _ = Host.Server;
        Slack.Delay = TimeSpan.FromSeconds(2);
        Slack.Clear();

        using var ack = await Riley.SayAsync("help");
        var ackedAt = Slack.Now;

        await SlackUser.BodyAsync(ack);
        var answer = await Slack.WaitForAsync("chat.postMessage");
        Assert.True(ackedAt < Slack.Calls.OrderBy(c => c.ReceivedAt).First().AnsweredAt);
        Assert.Equal(Riley.DmChannel, answer.Channel);
    }

    [Fact]
    public async Task A_429_delays_the_message_as_Retry_After_says_and_it_arrives_once()
    {
        Slack.ThrottleNext("chat.postMessage", count: 1, retryAfterSeconds: 1);

        await SlackUser.BodyAsync(await Riley.SayAsync("help"));

        var delivered = await Slack.WaitForAsync("chat.postMessage");
        await Task.Delay(300);
        var posts = Slack.Calls.Where(c => c.Method == "chat.postMessage").ToList();
        Assert.Equal([429, 200], posts.Select(p => p.Status));
        Assert.Single(Slack.Accepted("chat.postMessage"));
        Assert.True(delivered.ReceivedAt - posts[0].ReceivedAt >= TimeSpan.FromSeconds(0.95), "The retry did not wait for Retry-After.");
    }

    [Fact]
    public async Task A_message_acknowledged_just_before_shutdown_is_still_answered()
    {
        _ = Host.Server;
        Slack.Delay = TimeSpan.FromMilliseconds(500);

        await SlackUser.BodyAsync(await Riley.SayAsync("help"));
        await Host.DisposeAsync();

        Assert.Single(Slack.Accepted("chat.postMessage"));
    }

    [Fact]
    public async Task A_nudge_reaches_the_person_in_their_Slack_DM_and_updates_in_place_when_done()
    {
        var checklist = await BookAsync(Riley);
        var nudge = await FirstPersonalNudgeAsync(InterviewIdOf(checklist));
        Slack.Clear();

        await AdvanceClockToAsync(nudge.DueUtc);

        var sent = await Slack.WaitForAsync("chat.postMessage", c => SlackUser.Buttons(c.Blocks ?? []).Any(b => SlackUser.ButtonText(b.Button) == "Done"), seconds: 30);
        Assert.Equal(Riley.DmChannel, sent.Channel);

        await SlackUser.BodyAsync(await Riley.TapAsync(sent, "Done"));

        var update = await Slack.WaitForAsync("chat.update");
        Assert.Equal((sent.Channel, sent.ResultId), (update.Channel, update.Arg("ts")));
    }
}
