using InterviewBot.Slack.Tests.Support;

namespace InterviewBot.Slack.Tests;

/// <summary>A payload replayed from another Slack workspace cannot read or change this workspace's interviews.</summary>
public sealed class WorkspaceIsolationTests : SlackTest
{
    [Fact]
    public async Task A_checklist_tap_replayed_from_another_workspace_is_refused_and_changes_nothing()
    {
        var checklist = await BookAsync(Riley);
        Slack.Clear();
        // The same user id and the same message, signed correctly, but from another team.
        var stranger = new SlackUser(Host, Slack, teamId: "T0OTHERTEAM");

        await SlackUser.BodyAsync(await stranger.TapAsync(checklist, "Done"));

        var answer = await Slack.WaitForAsync("chat.postMessage", c => c.AllText.Contains("can't find that interview", StringComparison.Ordinal));
        Assert.DoesNotContain("Jordan Lee", answer.AllText, StringComparison.Ordinal);
        Assert.Empty(Slack.Accepted("chat.update"));

        Slack.Clear();
        await SlackUser.BodyAsync(await stranger.CommandAsync("list"));
        var list = await Slack.WaitForAsync("chat.postMessage");
        Assert.DoesNotContain("Jordan Lee", list.AllText, StringComparison.Ordinal);

        Slack.Clear();
        await SlackUser.BodyAsync(await Riley.TapAsync(checklist, "Done"));
        var update = await Slack.WaitForAsync("chat.update");
        Assert.Contains("1/3", update.AllText, StringComparison.Ordinal); // still 0/3 before Riley's own tap
    }
}
