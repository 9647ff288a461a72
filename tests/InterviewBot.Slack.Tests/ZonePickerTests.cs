using System.Text.Json.Nodes;
using InterviewBot.Slack.Tests.Support;

namespace InterviewBot.Slack.Tests;

/// <summary>
/// The time zone menu of a Slack form: Slack asks the bot for the zones as the person types
/// (block_suggestion), and the answer is a list of options in Slack's shape, the Slack profile's zone first.
/// </summary>
public sealed class ZonePickerTests : SlackTest
{
    [Fact]
    public async Task The_zone_menu_lists_the_profiles_zone_first_then_the_zones_matching_what_is_typed_and_the_pick_is_saved()
    {
        Slack.SetTimeZone(Riley.UserId, "America/Chicago");
        await SlackUser.BodyAsync(await Riley.CommandAsync("settings"));
        var modal = (await Slack.WaitForAsync("views.open")).View!;

        var opened = Options(await SlackUser.BodyAsync(await Riley.SuggestAsync(modal, "timeZone", "")));
        var typed = Options(await SlackUser.BodyAsync(await Riley.SuggestAsync(modal, "timeZone", "lisb")));

        Assert.Equal("Chicago", opened[0].Value);
        Assert.StartsWith("Chicago (UTC-", opened[0].Text, StringComparison.Ordinal);
        Assert.Equal(100, opened.Count);
        var lisbon = Assert.Single(typed);
        Assert.Equal("Lisbon", lisbon.Value);
        Assert.Matches(@"^Lisbon \(UTC\+[01]\)$", lisbon.Text);

        await SlackUser.BodyAsync(await Riley.SubmitAsync(modal, new Dictionary<string, string> { ["timeZone"] = lisbon.Value }));

        var saved = await Slack.WaitForAsync("chat.postMessage", c => c.AllText.Contains("Settings saved", StringComparison.Ordinal));
        Assert.Contains("Europe/Lisbon", saved.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_menu_gets_no_options_rather_than_zones()
    {
        await SlackUser.BodyAsync(await Riley.CommandAsync("settings"));
        var modal = (await Slack.WaitForAsync("views.open")).View!;

        var answer = JsonNode.Parse(await SlackUser.BodyAsync(await Riley.SuggestAsync(modal, "workingDays", "mon")));

        Assert.Empty(answer!["options"]!.AsArray());
    }

    /// <summary>The options of a block_suggestion answer: <c>{"options":[{"text":{"type":"plain_text","text":…},"value":…}]}</c>.</summary>
    private static List<(string Text, string Value)> Options(string body)
    {
        var options = JsonNode.Parse(body)!["options"]!.AsArray();
        Assert.All(options, o =>
        {
            Assert.Equal("plain_text", (string?)o!["text"]!["type"]);
            Assert.InRange(((string)o["text"]!["text"]!).Length, 1, 75);
        });
        return options.Select(o => ((string)o!["text"]!["text"]!, (string)o["value"]!)).ToList();
    }
}
