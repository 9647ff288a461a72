using System.Text.Json.Nodes;
using InterviewBot.Slack.Tests.Support;

namespace InterviewBot.Slack.Tests;

/// <summary>What a recruiter sees in Slack: /interview opens forms as modals, a booking posts the checklist, buttons update it in place.</summary>
public sealed class ConversationTests : SlackTest
{
    [Fact]
    public async Task Interview_new_opens_the_new_interview_modal_with_the_trigger_of_the_command()
    {
        using var ack = await Riley.CommandAsync("new");

        Assert.Equal("", await SlackUser.BodyAsync(ack));
        var opened = await Slack.WaitForAsync("views.open");
        Assert.Equal("13345224609.738474920.8088930838d88f008e0", opened.Arg("trigger_id"));
        var view = opened.View!;
        Assert.Equal("modal", view["type"]!.GetValue<string>());
        var inputs = view["blocks"]!.AsArray().Where(b => b?["type"]?.GetValue<string>() == "input").Select(b => b!["block_id"]!.GetValue<string>()).ToList();
        Assert.Contains("candidate", inputs);
        Assert.Contains("role", inputs);
        Assert.Contains("date", inputs);
        Assert.Equal("Bearer " + SlackHost.BotToken, opened.Authorization);
    }

    [Theory]
    [InlineData("new", "candidate")]
    [InlineData("prep", "company")]
    [InlineData("settings", "workdayStart")]
    public async Task Each_form_command_opens_its_form_as_a_modal(string command, string field)
    {
        await SlackUser.BodyAsync(await Riley.CommandAsync(command));

        var opened = await Slack.WaitForAsync("views.open");
        Assert.Contains(field, opened.View!["blocks"]!.AsArray().Select(b => b?["block_id"]?.GetValue<string>()));
        Assert.Equal("interviewbot", opened.View!["callback_id"]!.GetValue<string>());
        Assert.Empty(Slack.Accepted("chat.postMessage"));
    }

    [Fact]
    public async Task The_time_zone_comes_from_the_Slack_profile()
    {
        Slack.SetTimeZone(Riley.UserId, "America/Chicago");

        await SlackUser.BodyAsync(await Riley.CommandAsync("new"));

        var opened = await Slack.WaitForAsync("views.open");
        var zone = opened.View!["blocks"]!.AsArray().OfType<JsonObject>().Single(b => b["block_id"]?.GetValue<string>() == "timeZone");
        Assert.Equal("Chicago", zone["element"]!["initial_option"]!["value"]!.GetValue<string>()); // America/Chicago, by its city
        Assert.Equal(Riley.UserId, Slack.Accepted("users.info")[0].Arg("user"));
    }

    [Fact]
    public async Task A_submitted_booking_closes_the_modal_and_posts_the_checklist_to_the_DM()
    {
        await SlackUser.BodyAsync(await Riley.CommandAsync("new"));
        var opened = await Slack.WaitForAsync("views.open");

        using var submitted = await Riley.SubmitAsync(opened.View!, NewInterview("Jordan Lee"));

        Assert.Equal("clear", JsonNode.Parse(await SlackUser.BodyAsync(submitted))!["response_action"]!.GetValue<string>());
        var confirmation = await Slack.WaitForAsync("chat.postMessage", c => c.AllText.Contains("booked", StringComparison.Ordinal));
        var checklist = await Slack.WaitForAsync("chat.postMessage", c => c.AllText.Contains("Before the call", StringComparison.Ordinal));
        Assert.Equal(Riley.DmChannel, confirmation.Channel);
        Assert.Equal(Riley.DmChannel, checklist.Channel);
        Assert.Contains("Jordan Lee", confirmation.AllText, StringComparison.Ordinal);
        Assert.Contains("Do your homework on the resume", checklist.AllText, StringComparison.Ordinal);
        Assert.NotEmpty(SlackUser.Buttons(checklist.Blocks!));
    }

    [Fact]
    public async Task A_booking_with_a_missing_field_keeps_the_modal_open_with_the_error_under_that_field()
    {
        await SlackUser.BodyAsync(await Riley.CommandAsync("new"));
        var opened = await Slack.WaitForAsync("views.open");
        var form = NewInterview();
        form["candidate"] = "";

        using var submitted = await Riley.SubmitAsync(opened.View!, form);

        var answer = JsonNode.Parse(await SlackUser.BodyAsync(submitted))!;
        Assert.Equal("errors", answer["response_action"]!.GetValue<string>());
        var errors = answer["errors"]!.AsObject();
        Assert.Equal(["candidate"], errors.Select(e => e.Key));
        Assert.Contains("required", errors["candidate"]!.GetValue<string>(), StringComparison.Ordinal);
        await Task.Delay(300); // nothing else may follow: give a stray post the chance to show up
        Assert.Empty(Slack.Accepted("chat.postMessage"));
    }

    [Fact]
    public async Task A_tap_on_the_checklist_updates_that_message_in_place()
    {
        var checklist = await BookAsync(Riley);
        Slack.Clear();

        await SlackUser.BodyAsync(await Riley.TapAsync(checklist, "Done"));

        var update = await Slack.WaitForAsync("chat.update");
        Assert.Equal(checklist.Channel, update.Channel);
        Assert.Equal(checklist.ResultId, update.Arg("ts"));
        Assert.Contains("Undo", SlackUser.Buttons(update.Blocks!).Select(b => SlackUser.ButtonText(b.Button)));
        Assert.Empty(Slack.Accepted("chat.postMessage"));
    }

    [Fact]
    public async Task A_direct_message_gets_the_coach_answer_in_the_DM()
    {
        await SlackUser.BodyAsync(await Riley.SayAsync("help"));

        var answer = await Slack.WaitForAsync("chat.postMessage");
        Assert.Equal(Riley.DmChannel, answer.Channel);
        Assert.Contains("new interview", answer.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(SlackUser.Buttons(answer.Blocks!));
    }

    [Fact]
    public async Task What_a_person_wrote_comes_back_as_text_never_as_a_mention_or_link()
    {
        // A real @here and a link as Slack delivers them, and the ampersand as the entity Slack sends.
        await SlackUser.BodyAsync(await Riley.SayAsync("<!here> &amp; <https://evil.example|click>"));

        var answer = await Slack.WaitForAsync("chat.postMessage");
        var texts = JsonTree.Objects(answer.Json).Select(o => o["text"]).OfType<JsonValue>().Select(v => v.ToString()).ToList();
        Assert.Contains(texts, t => t.Contains("&lt;!here&gt; &amp; &lt;https://evil.example|click&gt;", StringComparison.Ordinal));
        Assert.Contains("&lt;!here&gt;", answer.Text, StringComparison.Ordinal);
        Assert.All(texts, t =>
        {
            Assert.DoesNotContain("<!here>", t, StringComparison.Ordinal);
            Assert.DoesNotContain("<https://evil.example", t, StringComparison.Ordinal);
            Assert.DoesNotContain("&amp;amp;", t, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_button_that_opens_a_form_opens_it_as_a_modal()
    {
        await SlackUser.BodyAsync(await Riley.SayAsync("help"));
        var help = await Slack.WaitForAsync("chat.postMessage");

        await SlackUser.BodyAsync(await Riley.TapAsync(help, "Settings"));

        var opened = await Slack.WaitForAsync("views.open");
        Assert.Equal("13345224609.738474920.tap", opened.Arg("trigger_id"));
        Assert.Contains("workdayStart", opened.View!["blocks"]!.AsArray().Select(b => b?["block_id"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Interview_list_and_help_answer_in_the_DM()
    {
        await SlackUser.BodyAsync(await Riley.CommandAsync("list"));

        var list = await Slack.WaitForAsync("chat.postMessage");
        Assert.Equal(Riley.DmChannel, list.Channel);
        Assert.Contains(Slack.Calls, c => c.Method == "conversations.open" && c.Arg("users") == Riley.UserId);
    }

    [Fact]
    public async Task In_a_channel_the_command_answers_only_the_person_and_points_to_the_DM()
    {
        await SlackUser.BodyAsync(await Riley.CommandAsync("new", channel: "C0RECRUIT", channelName: "recruiting"));

        var answer = await Slack.WaitForAsync("response_url");
        Assert.Equal("ephemeral", answer.Arg("response_type"));
        Assert.Contains("1:1", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Slack.Calls, c => c.Method is "chat.postMessage" or "views.open");
    }
}
