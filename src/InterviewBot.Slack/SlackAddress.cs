using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewBot.Slack;

/// <summary>What the bot keeps to reach a Slack conversation later: the channel, the workspace and, for a DM, the person.</summary>
internal sealed record SlackAddress(
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("team")] string Team,
    [property: JsonPropertyName("user")] string? User = null)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static SlackAddress? Read(string reference)
    {
        try { return JsonSerializer.Deserialize<SlackAddress>(reference); }
        catch (JsonException) { return null; }
    }
}
