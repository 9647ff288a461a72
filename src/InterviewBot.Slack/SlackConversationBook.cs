using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;

namespace InterviewBot.Slack;

/// <summary>What the bot keeps to reach a Slack conversation later: the channel, the workspace and, for a DM, the person.</summary>
public sealed record SlackAddress(
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

/// <summary>
/// Remembers every Slack DM and channel the bot hears from, in the database, so that nudges (DMs)
/// and team posts (channels) can reach them later without waiting for anyone to write.
/// </summary>
public sealed class SlackConversationBook(IConversationAddresses addresses, TimeProvider time)
{
    public async Task RememberAsync(Guid workspaceId, Guid? personId, SlackAddress where, bool personal, CancellationToken cancellationToken)
    {
        var reference = where.ToJson();
        var now = time.GetUtcNow().UtcDateTime;
        var address = await addresses.FindAsync(workspaceId, where.Channel, cancellationToken);
        if (address is null)
            addresses.Add(new ConversationAddress(workspaceId, personal ? personId : null, Platforms.Slack, where.Channel, personal, reference, now));
        else if (address.Reference != reference || (personal && address.PersonId != personId))
            address.Refresh(personal ? personId : null, personal, reference, now);
    }
}
