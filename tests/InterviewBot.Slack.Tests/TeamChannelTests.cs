using System.Text.Json.Nodes;
using InterviewBot.Slack.Tests.Support;

namespace InterviewBot.Slack.Tests;

/// <summary>
/// The workspace switches (use this channel, names on|off, digest …) work only in a team channel, as
/// conversations.info tells it, and every change is announced for the whole channel, naming who made it.
/// </summary>
public sealed class TeamChannelTests : SlackTest
{
    private const string Recruiting = "C0RECRUIT";
    private const string Sales = "C0SALES";
    private const string GroupDm = "C0GROUPDM";

    [Fact]
    public async Task A_switch_in_a_group_DM_changes_nothing_and_says_where_to_type_it()
    {
        Slack.MakeGroupDm(GroupDm); // a group DM's id can start with C or G, like a channel's

        await SlackUser.BodyAsync(await Riley.EventAsync(Mention(GroupDm, "use this channel")));

        var answer = await Slack.WaitForAsync("chat.postMessage");
        Assert.Equal(GroupDm, answer.Channel);
        Assert.Contains("only works in a team channel", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("come to this channel", answer.Text, StringComparison.Ordinal);
        Assert.Contains(Slack.Calls, c => c.Method == "conversations.info" && c.Channel == GroupDm);
    }

    [Fact]
    public async Task When_Slack_does_not_say_what_a_conversation_is_the_switch_is_refused()
    {
        Slack.RefuseNext("conversations.info", "missing_scope");

        await SlackUser.BodyAsync(await Riley.EventAsync(Mention("G0SECRET", "names on")));

        var answer = await Slack.WaitForAsync("chat.postMessage");
        Assert.Equal("G0SECRET", answer.Channel);
        Assert.Contains("only works in a team channel", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_switch_typed_as_a_slash_command_in_a_team_channel_is_announced_to_the_whole_channel()
    {
        await SlackUser.BodyAsync(await Riley.CommandAsync("names on", channel: Recruiting, channelName: "recruiting"));

        var answer = await Slack.WaitForAsync("response_url");
        Assert.Equal("in_channel", answer.Arg("response_type"));
        Assert.Contains("Riley turned candidate names on", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_switch_typed_in_another_channel_is_announced_in_the_team_channel_too()
    {
        await SlackUser.BodyAsync(await Riley.EventAsync(Mention(Recruiting, "use this channel")));
        await Slack.WaitForAsync("chat.postMessage", c => c.Channel == Recruiting);

        await SlackUser.BodyAsync(await Riley.EventAsync(Mention(Sales, "digest weekly")));

        var here = await Slack.WaitForAsync("chat.postMessage", c => c.Channel == Sales);
        Assert.Contains("Riley chose the weekly digest", here.Text, StringComparison.Ordinal);
        var notice = await Slack.WaitForAsync("chat.postMessage", c => c.Channel == Recruiting && c.Text!.Contains("weekly", StringComparison.Ordinal));
        Assert.Equal("Riley chose the weekly digest (Mondays at 09:30) for this channel.", notice.Text);
    }

    [Fact]
    public async Task What_kind_of_conversation_a_channel_is_is_asked_once_and_remembered()
    {
        await SlackUser.BodyAsync(await Riley.EventAsync(Mention(Recruiting, "use this channel")));
        await Slack.WaitForAsync("chat.postMessage", c => c.Channel == Recruiting && c.Text!.Contains("team channel", StringComparison.Ordinal));
        await SlackUser.BodyAsync(await Riley.EventAsync(Mention(Recruiting, "names on")));
        await Slack.WaitForAsync("chat.postMessage", c => c.Channel == Recruiting && c.Text!.Contains("names on", StringComparison.Ordinal));

        Assert.Single(Slack.Calls, c => c.Method == "conversations.info");
    }

    private JsonObject Mention(string channel, string text) => new()
    {
        ["type"] = "app_mention", ["channel"] = channel, ["user"] = Riley.UserId, ["text"] = $"<@{FakeSlackApi.BotUserId}> {text}",
        ["ts"] = $"1700000600.{Guid.NewGuid().ToString("N")[..6]}",
    };
}
