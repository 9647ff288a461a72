using InterviewBot.Slack.Tests.Support;

namespace InterviewBot.Slack.Tests;

/// <summary>Whatever the bot sends to Slack stays within Block Kit's limits, so Slack never refuses it.</summary>
public sealed class BlockKitLimitTests : SlackTest
{
    [Fact]
    public async Task Every_message_and_view_sent_in_a_full_session_respects_Slacks_limits()
    {
        var checklist = await BookAsync(Riley, candidate: new string('J', 60));
        await SlackUser.BodyAsync(await Riley.TapAsync(checklist, "Done"));
        await Slack.WaitForAsync("chat.update");
        foreach (var text in new[] { "help", "my interviews", "during", "after", "my stories", "note " + new string('n', 2500) })
        {
            var before = Slack.Accepted("chat.postMessage").Count + Slack.Accepted("chat.update").Count;
            await SlackUser.BodyAsync(await Riley.SayAsync(text));
            await Slack.WaitForAsync(c => c.Method is "chat.postMessage" or "chat.update" && c.Accepted
                && Slack.Accepted("chat.postMessage").Count + Slack.Accepted("chat.update").Count > before, $"an answer to \"{text[..Math.Min(20, text.Length)]}\"");
        }
        await SlackUser.BodyAsync(await Riley.CommandAsync("settings"));
        await Slack.WaitForAsync("views.open");
        await SlackUser.BodyAsync(await Riley.EventAsync(new() { ["type"] = "app_home_opened", ["user"] = Riley.UserId, ["tab"] = "home" }));
        await Slack.WaitForAsync("views.publish");

        var payloads = BlockKitPayloads.Of(Slack.Calls).ToList();

        Assert.True(payloads.Count >= 8, $"Only {payloads.Count} Block Kit payloads were sent.");
        var broken = payloads.Select(p => (p.Name, Problems: BlockKitPayloads.Violations(p.Payload))).Where(p => p.Problems.Count > 0).ToList();
        Assert.True(broken.Count == 0, string.Join("\n", broken.Select(b => $"{b.Name}: {string.Join("; ", b.Problems)}")));
    }
}
