using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewBot.Persistence.Stores;

/// <summary>
/// Takes a person out of a shared chat's stored address. The address is the channel's own JSON, which
/// storage otherwise never reads; both channels name the person who spoke under a top-level
/// <c>user</c> (a Bot Framework ConversationReference, a Slack address). A channel's address needs no
/// speaker to be reached, and the Teams channel no longer stores one, but rows written before it
/// stopped may still name whoever spoke last.
/// </summary>
internal static class SpeakerScrub
{
    /// <summary>
    /// The reference without its <c>user</c>, or null when it cannot be read or still mentions one of
    /// <paramref name="identifiers"/> afterwards: such an address is deleted rather than kept.
    /// </summary>
    public static string? WithoutSpeaker(string reference, IReadOnlyCollection<string> identifiers)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(reference);
        }
        catch (JsonException)
        {
            return null;
        }
        if (node is not JsonObject address) return null;
        address.Remove("user");
        var scrubbed = address.ToJsonString();
        return identifiers.Any(id => scrubbed.Contains(id, StringComparison.OrdinalIgnoreCase)) ? null : scrubbed;
    }
}
