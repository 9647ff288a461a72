using System.Text.Json.Nodes;
using InterviewBot.Slack.Tests.Support;

namespace InterviewBot.Slack.Tests;

/// <summary>
/// What a command costs in Web API calls: people's profiles and DM channels are remembered and kept
/// current from Slack's user_change events, and a modal's trigger (3 seconds) waits for no lookup.
/// </summary>
public sealed class WebApiCostTests : SlackTest
{
    [Fact]
    public async Task A_command_from_a_person_the_bot_knows_costs_one_Web_API_call()
    {
        await Riley.CommandAsync("help");
        await Slack.WaitForAsync("chat.postMessage");
        Slack.Clear();

        await Riley.CommandAsync("help");
        await Slack.WaitForAsync("chat.postMessage");

        Assert.Equal(["chat.postMessage"], Slack.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task A_time_zone_changed_in_Slack_reaches_the_bot_through_user_change_without_users_info()
    {
        await Riley.CommandAsync("settings");
        Assert.Equal("Berlin", ZoneShown(await Slack.WaitForAsync("views.open"))); // Europe/Berlin, by its city
        Slack.Clear();

        await Riley.EventAsync(new JsonObject
        {
            ["type"] = "user_change",
            ["user"] = new JsonObject
            {
                ["id"] = Riley.UserId, ["team_id"] = FakeSlackApi.TeamId, ["name"] = "riley", ["tz"] = "America/New_York", ["is_bot"] = false,
                ["profile"] = new JsonObject { ["real_name"] = "Riley Recruiter", ["display_name"] = "Riley" },
            },
            ["event_ts"] = "1700000300.000300",
        });
        await Riley.CommandAsync("settings");

        var opened = await Slack.WaitForAsync("views.open");
        Assert.Equal("New_York", ZoneShown(opened));
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "users.info");
    }

    /// <summary>The zone the settings modal's time zone menu shows as chosen.</summary>
    private static string? ZoneShown(SlackCall opened) =>
        (string?)opened.View!["blocks"]!.AsArray().OfType<JsonObject>().Single(b => (string?)b["block_id"] == "timeZone")["element"]!["initial_option"]!["value"];

    [Fact]
    public async Task A_modal_opens_without_waiting_for_a_profile_lookup()
    {
        // The bot knows Riley's DM (Riley wrote there) but not the profile (Slack could not say).
        Slack.RefuseNext("users.info", "user_not_found");
        await Riley.SayAsync("help");
        await Slack.WaitForAsync("chat.postMessage");
        Slack.Clear();
        Slack.Delay = TimeSpan.FromSeconds(1);

        await Riley.CommandAsync("new");

        var opened = await Slack.WaitForAsync("views.open");
        var profile = await Slack.WaitForAsync("users.info");
        Assert.True(opened.ReceivedAt < profile.AnsweredAt,
            $"views.open went out {(opened.ReceivedAt - profile.AnsweredAt).TotalMilliseconds:F0} ms after users.info had answered: it waited for it");
    }
}
