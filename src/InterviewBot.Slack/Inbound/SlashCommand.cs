using System.Text.Json.Nodes;

namespace InterviewBot.Slack.Inbound;

/// <summary>
/// A slash command as Slack sends it: form fields over HTTP, the same fields as a JSON object in a
/// Socket Mode envelope. Only the fields the bot uses are kept.
/// </summary>
internal sealed record SlashCommand(
    string TeamId,
    string UserId,
    string? UserName,
    string ChannelId,
    string? ChannelName,
    string Command,
    string Text,
    string? ResponseUrl,
    string? TriggerId)
{
    /// <summary>A direct-message channel (its id starts with D): interview work is allowed there.</summary>
    public bool IsDirectMessage => ChannelId.StartsWith('D');

    public static SlashCommand? From(IReadOnlyDictionary<string, string> fields)
    {
        string? Field(string name) => fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
        var team = Field("team_id");
        var user = Field("user_id");
        var channel = Field("channel_id");
        var command = Field("command");
        if (team is null || user is null || channel is null || command is null) return null;
        return new SlashCommand(team, user, Field("user_name"), channel, Field("channel_name"), command,
            SlackEntities.Decode(Field("text") ?? "").Trim(), Field("response_url"), Field("trigger_id"));
    }

    public static SlashCommand? From(JsonObject payload)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in payload)
        {
            if (value is JsonValue v && v.TryGetValue<string>(out var text)) fields[name] = text;
        }
        return From(fields);
    }
}
