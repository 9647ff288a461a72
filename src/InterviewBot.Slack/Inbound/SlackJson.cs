using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewBot.Slack.Inbound;

/// <summary>
/// Reads the JSON of a Slack request (an event envelope, an interaction payload) into a
/// <see cref="JsonObject"/> whose every string can be read. JSON may escape half of a surrogate pair
/// (<c>"\ud800"</c>): the parser lets it through, and reading that string later throws – a 500 at the
/// endpoint, or a turn lost in the background. Such a body is refused here with the reason.
/// </summary>
internal static class SlackJson
{
    public const string LoneSurrogateReason = "The JSON has an escaped lone surrogate (such as \\ud800), which is not text.";

    /// <summary>The object, or null and why not (null reason: not a JSON object at all).</summary>
    public static (JsonObject? Object, string? Problem) ParseObject(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return (null, null);
            if (!IsAllText(document.RootElement)) return (null, LoneSurrogateReason);
            return (JsonNode.Parse(json) as JsonObject, null); // parsed again as before: the nodes the inbox has always read
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static bool IsAllText(JsonElement element)
    {
        try
        {
            Read(element);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void Read(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    Read(property.Value);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Read(item);
                break;
        }
    }
}
