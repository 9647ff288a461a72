using InterviewBot.Slack.Tests.Support;

namespace InterviewBot.Slack.Tests;

/// <summary>
/// The App Home as a dashboard: the person's own calls, the reminders waiting on them with the
/// buttons of their cards, kept current when something changes, and "My interviews" shown there.
/// </summary>
public sealed class HomeTests : SlackTest
{
    [Fact]
    public async Task Opening_the_App_Home_shows_the_persons_upcoming_calls_and_the_ways_to_start()
    {
        await BookAsync(Riley);
        // The booking refreshes the home once, after its save: that publish must not be the one under test.
        await Slack.WaitForAsync("views.publish", c => c.AllText.Contains("Jordan Lee", StringComparison.Ordinal));
        Slack.Clear();

        await SlackUser.BodyAsync(await Riley.OpenHomeAsync());

        var home = await Slack.WaitForAsync("views.publish");
        Assert.Equal(Riley.UserId, home.Arg("user_id"));
        Assert.Contains("Upcoming calls", home.AllText, StringComparison.Ordinal);
        Assert.Contains("Jordan Lee – Backend engineer", home.AllText, StringComparison.Ordinal);
        var buttons = SlackUser.Buttons(home.View!["blocks"]!.AsArray()).Select(b => SlackUser.ButtonText(b.Button)).ToList();
        Assert.Superset(new HashSet<string?> { "New interview", "Prepare for a call", "My interviews", "Settings", "Open" }, buttons.ToHashSet());
        Assert.Empty(Slack.Accepted("chat.postMessage")); // nothing goes into the DM for opening the tab
    }

    [Fact]
    public async Task A_booking_refreshes_the_home_with_the_new_call()
    {
        await SlackUser.BodyAsync(await Riley.OpenHomeAsync());
        var before = await Slack.WaitForAsync("views.publish");
        Assert.Contains("No calls coming up", before.AllText, StringComparison.Ordinal);

        await BookAsync(Riley);

        var after = await Slack.WaitForAsync("views.publish", c => c.AllText.Contains("Jordan Lee", StringComparison.Ordinal));
        Assert.Equal(Riley.UserId, after.Arg("user_id"));
    }

    [Fact]
    public async Task A_reminder_sent_shows_on_the_home_and_Done_tapped_there_answers_its_card_and_refreshes_the_home()
    {
        var checklist = await BookAsync(Riley);
        var nudge = await FirstPersonalNudgeAsync(InterviewIdOf(checklist));
        Slack.Clear();

        await AdvanceClockToAsync(nudge.DueUtc);

        var card = await Slack.WaitForAsync("chat.postMessage", c => SlackUser.Buttons(c.Blocks ?? []).Any(b => SlackUser.ButtonText(b.Button) == "Done"), seconds: 30);
        var title = card.Blocks![0]!["text"]!["text"]!.GetValue<string>();
        var home = await Slack.WaitForAsync("views.publish", c => c.AllText.Contains(title, StringComparison.Ordinal));
        Assert.Contains("Waiting on you", home.AllText, StringComparison.Ordinal);
        Slack.Clear();

        await SlackUser.BodyAsync(await Riley.TapOnHomeAsync(home, "Done"));

        var update = await Slack.WaitForAsync("chat.update");
        Assert.Equal((card.Channel, card.ResultId), (update.Channel, update.Arg("ts")));
        var refreshed = await Slack.WaitForAsync("views.publish");
        Assert.DoesNotContain(title, refreshed.AllText, StringComparison.Ordinal);
        Assert.Contains("you are up to date", refreshed.AllText, StringComparison.Ordinal);
        var broken = BlockKitPayloads.Of([home, refreshed]).SelectMany(p => BlockKitPayloads.Violations(p.Payload)).ToList();
        Assert.Empty(broken);
    }

    [Fact]
    public async Task My_interviews_tapped_on_the_home_updates_the_home_instead_of_posting_into_the_DM()
    {
        await BookAsync(Riley);
        await Task.Delay(500);
        await SlackUser.BodyAsync(await Riley.OpenHomeAsync());
        var home = await Slack.WaitForAsync("views.publish", c => c.AllText.Contains("Upcoming calls", StringComparison.Ordinal));
        Slack.Clear();

        await SlackUser.BodyAsync(await Riley.TapOnHomeAsync(home, "My interviews"));

        var list = await Slack.WaitForAsync("views.publish", c => c.AllText.Contains("My interviews", StringComparison.Ordinal) && !c.AllText.Contains("Upcoming calls", StringComparison.Ordinal));
        Assert.Contains("Jordan Lee", list.AllText, StringComparison.Ordinal);
        await Task.Delay(300);
        Assert.Empty(Slack.Accepted("chat.postMessage"));
    }
}
