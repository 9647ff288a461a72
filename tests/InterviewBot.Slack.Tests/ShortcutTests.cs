using System.Text.Json.Nodes;
using InterviewBot.Slack.Tests.Support;

namespace InterviewBot.Slack.Tests;

/// <summary>The manifest's shortcuts, end to end: each answers in a modal opened with the shortcut's trigger id.</summary>
public sealed class ShortcutTests : SlackTest
{
    [Fact]
    public async Task New_phone_screen_opens_the_booking_form_and_books_the_call()
    {
        await SlackUser.BodyAsync(await Riley.GlobalShortcutAsync("new_phone_screen"));

        var opened = await Slack.WaitForAsync("views.open");
        Assert.Equal("13345224609.738474920.shortcut", opened.Arg("trigger_id"));
        Slack.Clear();
        var answer = await SlackUser.BodyAsync(await Riley.SubmitAsync(opened.View!, NewInterview()));
        Assert.Equal("clear", JsonNode.Parse(answer)?["response_action"]?.GetValue<string>());
        var booked = await Slack.WaitForAsync("chat.postMessage", c => c.AllText.Contains("Jordan Lee", StringComparison.Ordinal));
        Assert.Equal(Riley.DmChannel, booked.Channel);
    }

    [Fact]
    public async Task Check_this_question_answers_in_a_modal_with_the_coachs_verdict_and_checks_an_edit_again()
    {
        await SlackUser.BodyAsync(await Riley.MessageShortcutAsync("check_question", "Do you have experience with Kafka?"));

        var opened = await Slack.WaitForAsync("views.open");
        Assert.Equal("13345224609.738474920.message", opened.Arg("trigger_id"));
        Assert.Equal("modal", opened.View!["type"]!.GetValue<string>());
        Assert.Contains("Closed question", opened.AllText, StringComparison.Ordinal);
        Assert.Contains("Kafka", opened.AllText, StringComparison.Ordinal);
        Assert.Empty(BlockKitPayloads.Violations(opened.View!));
        Assert.DoesNotContain(Slack.Calls, c => c.Method is "chat.postMessage" or "chat.postEphemeral"); // nothing in the channel

        var again = await SlackUser.BodyAsync(await Riley.SubmitAsync(opened.View!, new Dictionary<string, string> { ["question"] = "Tell me about a time you scaled a Kafka cluster." }));

        var update = JsonNode.Parse(again)!.AsObject();
        Assert.Equal("update", update["response_action"]?.GetValue<string>());
        Assert.Contains("Open question", update["view"]!.ToJsonString(), StringComparison.Ordinal);
    }
}
