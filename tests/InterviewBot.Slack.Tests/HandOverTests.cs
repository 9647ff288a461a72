using InterviewBot.Slack.Tests.Support;

namespace InterviewBot.Slack.Tests;

/// <summary>
/// Hand over in Slack: a mention arrives as &lt;@U…&gt; in the DM's text and the person's name comes from
/// their profile. The new owner gets the card in her DM, the recruiter the confirmation in his, and a
/// mention of someone the bot never met is refused by name.
/// </summary>
public sealed class HandOverTests : SlackTest
{
    [Fact]
    public async Task Hand_over_to_a_Slack_mention_tells_the_new_owner_in_her_DM_and_the_recruiter_in_his()
    {
        var bea = new SlackUser(Host, Slack, "U0BEA", "bea");
        Slack.SetName(bea.UserId, "Bea Stone");
        Slack.SetTimeZone(bea.UserId, "America/New_York");
        await SlackUser.BodyAsync(await bea.SayAsync("hi"));
        await Slack.WaitForAsync("chat.postMessage", c => c.Channel == bea.DmChannel);
        await BookAsync(Riley);
        Slack.Clear();

        await SlackUser.BodyAsync(await Riley.SayAsync($"hand over to <@{bea.UserId}>"));

        var card = await Slack.WaitForAsync("chat.postMessage", c => c.Channel == bea.DmChannel);
        Assert.Contains("You took over the call with Jordan Lee", card.AllText, StringComparison.Ordinal);
        Assert.Contains("America/New_York", card.AllText, StringComparison.Ordinal);
        var told = await Slack.WaitForAsync("chat.postMessage", c => c.Channel == Riley.DmChannel);
        Assert.Contains("Done – Bea now runs the call with Jordan Lee", told.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cards_Hand_over_picks_the_new_owner_with_Slacks_user_picker()
    {
        var bea = new SlackUser(Host, Slack, "U0BEA", "bea");
        Slack.SetName(bea.UserId, "Bea Stone");
        await SlackUser.BodyAsync(await bea.SayAsync("hi"));
        await Slack.WaitForAsync("chat.postMessage", c => c.Channel == bea.DmChannel);
        var checklist = await BookAsync(Riley);
        Slack.Clear();

        await SlackUser.BodyAsync(await Riley.TapAsync(checklist, "Hand over"));
        var opened = await Slack.WaitForAsync("views.open");
        var picker = opened.View!["blocks"]!.AsArray().OfType<System.Text.Json.Nodes.JsonObject>().Single(b => b["block_id"]?.GetValue<string>() == "newOwner");
        Assert.Equal("users_select", picker["element"]!["type"]!.GetValue<string>());
        BlockKitLimits.AssertWithin(opened.View!, "hand-over modal");

        var answer = await SlackUser.BodyAsync(await Riley.SubmitAsync(opened.View!, new Dictionary<string, string> { ["newOwner"] = bea.UserId }));

        Assert.Equal("clear", System.Text.Json.Nodes.JsonNode.Parse(answer)!["response_action"]!.GetValue<string>());
        var card = await Slack.WaitForAsync("chat.postMessage", c => c.Channel == bea.DmChannel);
        Assert.Contains("You took over the call with Jordan Lee", card.AllText, StringComparison.Ordinal);
        var told = await Slack.WaitForAsync("chat.postMessage", c => c.Channel == Riley.DmChannel);
        Assert.Contains("Done – Bea now runs the call with Jordan Lee", told.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mention_of_someone_the_bot_never_met_here_is_refused_with_their_name()
    {
        Slack.SetName("U0NEW", "Nico New");
        await BookAsync(Riley);
        Slack.Clear();

        await SlackUser.BodyAsync(await Riley.SayAsync("hand over to <@U0NEW>"));

        var told = await Slack.WaitForAsync("chat.postMessage", c => c.Channel == Riley.DmChannel);
        Assert.Contains("I don't know anyone called @Nico in this workspace, so nothing changed.", told.AllText, StringComparison.Ordinal);
    }
}
