using System.Text.Json.Nodes;

namespace InterviewBot.Tests.Shared;

/// <summary>
/// What reached the chats: the nudge cards the stand-in connector accepted, counted per nudge. A nudge
/// card's buttons carry the nudge's id (<c>cardId</c> in each Action.Submit's data).
/// </summary>
public static class Deliveries
{
    /// <summary>How many times each nudge was posted (accepted new messages only; refused tries do not reach anyone).</summary>
    public static IReadOnlyDictionary<Guid, int> PerNudge(LocalConnector connector) =>
        connector.Requests.Where(r => r.Kind == "send")
            .Select(r => NudgeIdOf(r.Card))
            .OfType<Guid>()
            .GroupBy(id => id)
            .ToDictionary(g => g.Key, g => g.Count());

    public static Guid? NudgeIdOf(JsonObject? card)
    {
        var data = Nodes(card).FirstOrDefault(o => o["type"]?.GetValue<string>() == "Action.Submit")?["data"];
        return Guid.TryParse(data?["cardId"]?.GetValue<string>(), out var id) ? id : null;
    }

    private static IEnumerable<JsonObject> Nodes(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                    foreach (var inner in Nodes(child)) yield return inner;
                break;
            case JsonArray array:
                foreach (var child in array)
                    foreach (var inner in Nodes(child)) yield return inner;
                break;
        }
    }
}
