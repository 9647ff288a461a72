using System.Text.Json.Nodes;
using InterviewBot.Slack.Tests.Support;

namespace InterviewBot.Slack.Tests;

/// <summary>The Events API as Slack uses it: the URL check, retries of one event, the bot's own messages, the App Home.</summary>
public sealed class EventTests : SlackTest
{
    [Fact]
    public async Task Url_verification_echoes_the_challenge()
    {
        var body = new JsonObject { ["token"] = "x", ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", ["type"] = "url_verification" };
        using var request = SlackSigner.Request("/slack/events", body.ToJsonString(), "application/json");

        using var response = await Host.CreateClient().SendAsync(request);

        var answer = JsonNode.Parse(await SlackUser.BodyAsync(response))!;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", answer["challenge"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_retried_event_is_answered_once()
    {
        await SlackUser.BodyAsync(await Riley.SayAsync("help", eventId: "Ev0SAMEEVENT"));
        await SlackUser.BodyAsync(await Riley.SayAsync("help", eventId: "Ev0SAMEEVENT"));
        await SlackUser.BodyAsync(await Riley.SayAsync("help", eventId: "Ev0SAMEEVENT"));
        await SlackUser.BodyAsync(await Riley.SayAsync("my interviews", eventId: "Ev0OTHEREVENT"));

        await Slack.WaitForAsync("chat.postMessage", c => !c.AllText.Contains("What you can type", StringComparison.Ordinal));
        await Slack.WaitForAsync("chat.postMessage", c => c.AllText.Contains("What you can type", StringComparison.Ordinal));
        await Task.Delay(300);
        Assert.Equal(2, Slack.Accepted("chat.postMessage").Count);
    }

    [Fact]
    public async Task The_bots_own_messages_are_ignored()
    {
        var own = new JsonObject
        {
            ["type"] = "message", ["channel"] = Riley.DmChannel, ["channel_type"] = "im", ["user"] = FakeSlackApi.BotUserId,
            ["bot_id"] = "B0BOT", ["text"] = "help", ["ts"] = "1700000300.000001",
        };
        var edited = new JsonObject
        {
            ["type"] = "message", ["subtype"] = "message_changed", ["channel"] = Riley.DmChannel, ["channel_type"] = "im", ["ts"] = "1700000300.000002",
            ["message"] = new JsonObject { ["user"] = Riley.UserId, ["text"] = "help" },
        };

        await SlackUser.BodyAsync(await Riley.EventAsync(own));
        await SlackUser.BodyAsync(await Riley.EventAsync(edited));
        await SlackUser.BodyAsync(await Riley.SayAsync("my interviews"));

        await Slack.WaitForAsync("chat.postMessage");
        await Task.Delay(300);
        Assert.Single(Slack.Accepted("chat.postMessage"));
    }

    [Fact]
    public async Task Opening_the_App_Home_tab_publishes_the_welcome_there()
    {
        var opened = new JsonObject { ["type"] = "app_home_opened", ["user"] = Riley.UserId, ["channel"] = Riley.DmChannel, ["tab"] = "home", ["event_ts"] = "1700000400.000001" };

        await SlackUser.BodyAsync(await Riley.EventAsync(opened));

        var home = await Slack.WaitForAsync("views.publish");
        Assert.Equal(Riley.UserId, home.Arg("user_id"));
        Assert.Equal("home", home.View!["type"]!.GetValue<string>());
        Assert.Contains("InterviewBot", home.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mention_in_a_channel_can_make_it_the_team_channel()
    {
        var mention = new JsonObject
        {
            ["type"] = "app_mention", ["channel"] = "C0RECRUIT", ["user"] = Riley.UserId, ["text"] = $"<@{FakeSlackApi.BotUserId}> use this channel", ["ts"] = "1700000500.000001",
        };

        await SlackUser.BodyAsync(await Riley.EventAsync(mention));

        var answer = await Slack.WaitForAsync("chat.postMessage");
        Assert.Equal("C0RECRUIT", answer.Channel);
        Assert.Contains("come to this channel", answer.Text, StringComparison.Ordinal);
    }
}
