using System.Text.Json.Nodes;
using InterviewBot.Cards;
using InterviewBot.Core.Views;

namespace InterviewBot.Slack.Inbound;

/// <summary>
/// Slack's block_suggestion for a time zone menu (<see cref="BlockKitRenderer.ZoneActionId"/>): the zones
/// matching what the person typed, their Slack profile's zone first, in the acknowledgement itself –
/// Slack shows the options it gets there and waits for nothing else. It needs no database: the zones
/// come from the system, the profile from what <see cref="SlackPeople"/> remembers. Any other menu gets no options.
/// </summary>
internal static class ZoneSuggestions
{
    public static SlackAck Answer(JsonObject payload, SlackPeople people, TimeProvider clock)
    {
        if (SlackInbox.Text(payload["action_id"]) != BlockKitRenderer.ZoneActionId)
            return new SlackAck(200, new JsonObject { ["options"] = new JsonArray() });
        var team = SlackInbox.Text(SlackInbox.At(payload["team"], "id")) ?? SlackInbox.Text(SlackInbox.At(payload["user"], "team_id"));
        var user = SlackInbox.Text(SlackInbox.At(payload["user"], "id"));
        var profileZone = team is not null && user is not null ? people.Remembered(team, user)?.TimeZone : null;
        var zones = ZoneChoices.Suggestions(SlackInbox.Text(payload["value"]), profileZone, clock.GetUtcNow().UtcDateTime);
        return new SlackAck(200, BlockKitRenderer.RenderSuggestions(zones));
    }
}
