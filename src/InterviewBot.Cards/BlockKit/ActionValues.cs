using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards.BlockKit;

/// <summary>
/// What a Slack button or modal carries back to the bot: the JSON object
/// <c>{"verb":…,"cardId":…,…data}</c>, the same keys an Adaptive Card's Action.Submit sends.
/// </summary>
internal static class ActionValues
{
    /// <summary>Compact, and without escaping what JSON does not need escaped: Slack counts the characters.</summary>
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The button's verb and this card's id first, then its own data (which cannot override
    /// them), then <paramref name="aliases"/>: the real ids of fields whose block_id had to be shortened.
    /// </summary>
    public static string Encode(ActionButton button, Guid cardId, IReadOnlyDictionary<string, string> aliases)
    {
        var value = new JsonObject { ["verb"] = button.Verb, ["cardId"] = cardId.ToString() };
        foreach (var (key, data) in button.Data ?? new Dictionary<string, string>())
        {
            if (key is "verb" or "cardId") continue;
            value[key] = data;
        }
        foreach (var (blockId, fieldId) in aliases) value[blockId] = fieldId;
        return value.ToJsonString(Compact);
    }

    /// <summary>Null for anything that is not such an object with a verb: a forged or foreign value is not an action.</summary>
    public static SlackAction? Decode(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        JsonObject? value;
        try
        {
            value = JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
        if (value?["verb"] is not JsonValue verbNode || !verbNode.TryGetValue<string>(out var verb) || string.IsNullOrWhiteSpace(verb)) return null;

        Guid? cardId = value["cardId"] is JsonValue idNode && idNode.TryGetValue<string>(out var id) && Guid.TryParse(id, out var parsed) ? parsed : null;
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, node) in value)
        {
            if (key is "verb" or "cardId") continue;
            data[key] = node switch
            {
                null => "",
                JsonValue v when v.TryGetValue<string>(out var s) => s,
                _ => node.ToJsonString(Compact),
            };
        }
        return new SlackAction(verb, cardId, data);
    }
}
