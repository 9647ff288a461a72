using System.Text.Json.Nodes;

namespace InterviewBot.Testing;

/// <summary>The one walk over a card's or a payload's JSON, as a client reads it.</summary>
public static class JsonTree
{
    /// <summary>Every object in <paramref name="node"/>, itself included, depth first, in document order.</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                    foreach (var inner in Objects(child)) yield return inner;
                break;
            case JsonArray array:
                foreach (var child in array)
                    foreach (var inner in Objects(child)) yield return inner;
                break;
        }
    }
}
