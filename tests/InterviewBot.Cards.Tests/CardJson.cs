using System.Text;
using System.Text.Json.Nodes;

namespace InterviewBot.Cards.Tests;

/// <summary>Ways to look into a rendered card the way a client would walk it.</summary>
internal static class CardJson
{
    /// <summary>Teams' limit for a whole message.</summary>
    public const int TeamsLimitBytes = 28 * 1024;

    /// <summary>Size with every non-ASCII character escaped: the largest form a channel could send.</summary>
    public static int Bytes(JsonNode card) => Encoding.UTF8.GetByteCount(card.ToJsonString());

    public static IEnumerable<JsonObject> OfType(JsonNode card, string type) =>
        JsonTree.Objects(card).Where(o => o["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && (string?)o["type"] == type);

    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    public static JsonArray Body(JsonNode card) => card["body"]!.AsArray();

    public static JsonObject Input(JsonNode card, string id) =>
        JsonTree.Objects(card).Single(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true && (string?)o["id"] == id);

    /// <summary>The element shown right after <paramref name="element"/> in its container.</summary>
    public static JsonObject? Next(JsonObject element)
    {
        var siblings = element.Parent!.AsArray();
        var index = siblings.IndexOf(element);
        return index + 1 < siblings.Count ? siblings[index + 1]!.AsObject() : null;
    }

    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }
}
