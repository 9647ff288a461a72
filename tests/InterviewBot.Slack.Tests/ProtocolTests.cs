using System.Net;
using System.Text.Json.Nodes;
using InterviewBot.Slack.Tests.Support;

namespace InterviewBot.Slack.Tests;

/// <summary>
/// The protocol details Slack's own clients get right: the ssl_check probe, threads in DMs, warnings
/// in Slack's answers, a Web API having a bad moment, and the one-post-a-second pace per channel.
/// </summary>
public sealed class ProtocolTests : SlackTest
{
    [Fact]
    public async Task Slacks_ssl_check_gets_200_and_starts_no_work()
    {
        _ = Host.Server;
        using var probe = new HttpRequestMessage(HttpMethod.Post, "/slack/commands")
        {
            // Slack sends it unsigned, to check the certificate of the command's URL.
            Content = new StringContent("ssl_check=1&token=deprecated-verification-token", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };

        using var response = await Host.CreateClient().SendAsync(probe);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(Slack.Calls, call => Assert.Equal("auth.test", call.Method));
    }

    [Fact]
    public async Task A_message_in_a_thread_of_the_DM_is_answered_in_that_thread()
    {
        await Riley.EventAsync(new JsonObject
        {
            ["type"] = "message", ["channel"] = Riley.DmChannel, ["channel_type"] = "im", ["user"] = Riley.UserId,
            ["text"] = "help", ["ts"] = "1700000200.000200", ["thread_ts"] = "1700000100.000100",
        });

        var answer = await Slack.WaitForAsync("chat.postMessage");

        Assert.Equal("1700000100.000100", answer.Arg("thread_ts"));
    }

    [Fact]
    public async Task A_message_outside_a_thread_is_answered_outside_one()
    {
        await Riley.SayAsync("help");

        var answer = await Slack.WaitForAsync("chat.postMessage");

        Assert.Null(answer.Arg("thread_ts"));
    }

    [Fact]
    public async Task A_warning_in_Slacks_answer_is_logged_with_the_method()
    {
        Slack.WarnOn("chat.postMessage", "missing_charset");

        await Riley.SayAsync("help");
        await Slack.WaitForAsync("chat.postMessage");

        await Eventually(() => Host.Errors.Warnings.Any(w => w.Contains("chat.postMessage", StringComparison.Ordinal) && w.Contains("missing_charset", StringComparison.Ordinal)),
            "a logged warning naming chat.postMessage and missing_charset");
    }

    [Fact]
    public async Task Answers_to_one_DM_go_out_about_a_second_apart()
    {
        for (var i = 0; i < 3; i++) await Riley.SayAsync("help");

        await Slack.WaitForAsync("chat.postMessage", _ => Slack.Accepted("chat.postMessage").Count >= 3);

        var times = Slack.Accepted("chat.postMessage").Select(c => c.ReceivedAt).Order().ToList();
        for (var i = 1; i < times.Count; i++)
            Assert.True(times[i] - times[i - 1] >= TimeSpan.FromMilliseconds(900), $"post {i + 1} came {(times[i] - times[i - 1]).TotalMilliseconds:F0} ms after the one before");
    }

    [Fact]
    public async Task A_message_updated_in_place_gets_new_block_ids_for_its_inputs_and_still_reads_what_is_typed_there()
    {
        var checklist = await BookAsync(Riley);
        var posted = InputBlockIds(checklist);
        Assert.NotEmpty(posted);

        await Riley.TapAsync(checklist, "Save", new Dictionary<string, string> { ["step.resume-homework.text"] = "First note" });
        var update = await Slack.WaitForAsync("chat.update");

        var updated = InputBlockIds(update);
        Assert.Equal(posted.Count, updated.Count);
        Assert.Empty(posted.Intersect(updated));
        Slack.Clear();
        await Riley.TapAsync(update, "Save", new Dictionary<string, string> { [InputBlockIdLabelled(update, "Resume notes")] = "Second note" });
        Assert.Contains("Second note", (await Slack.WaitForAsync("chat.update")).Json!.ToJsonString(), StringComparison.Ordinal);
    }

    private static List<string> InputBlockIds(SlackCall message) =>
        (message.Blocks ?? []).OfType<JsonObject>().Where(b => b["type"]?.GetValue<string>() == "input").Select(b => b["block_id"]!.GetValue<string>()).ToList();

    private static string InputBlockIdLabelled(SlackCall message, string label) =>
        (message.Blocks ?? []).OfType<JsonObject>().Single(b => b["type"]?.GetValue<string>() == "input" && b["label"]?["text"]?.GetValue<string>() == label)["block_id"]!.GetValue<string>();

    private static async Task Eventually(Func<bool> condition, string what, int seconds = 10)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"No {what} within {seconds} s.");
            await Task.Delay(20);
        }
    }
}
