using System.Text.Json.Nodes;

namespace InterviewBot.Cluster.Tests.Support;

/// <summary>What reached the chats: how many times each nudge's card was posted, by the card's id (which is the nudge's id).</summary>
public sealed class Deliveries
{
    private Deliveries(IReadOnlyDictionary<Guid, int> perNudge, int withoutNudgeCard)
    {
        PerNudge = perNudge;
        WithoutNudgeCard = withoutNudgeCard;
    }

    public IReadOnlyDictionary<Guid, int> PerNudge { get; }

    /// <summary>Posts that carried no card with one card id: none are expected.</summary>
    public int WithoutNudgeCard { get; }

    public IReadOnlyList<Guid> SentMoreThanOnce => PerNudge.Where(p => p.Value > 1).Select(p => p.Key).ToList();

    /// <summary>The new messages the connector accepted (nudges are new posts; nothing here updates a card).</summary>
    public static Deliveries Of(LocalConnector connector)
    {
        var perNudge = new Dictionary<Guid, int>();
        var withoutCard = 0;
        foreach (var request in connector.Requests.Where(r => r.Kind == "send"))
        {
            var ids = request.Card is { } card ? CardIds(card).Distinct().ToList() : [];
            if (ids.Count != 1)
            {
                withoutCard++;
                continue;
            }
            perNudge[ids[0]] = perNudge.GetValueOrDefault(ids[0]) + 1;
        }
        return new Deliveries(perNudge, withoutCard);
    }

    /// <summary>Every <c>cardId</c> in the card's action data (each button carries the id of the card it is on).</summary>
    private static IEnumerable<Guid> CardIds(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name == "cardId" && value is JsonValue v && Guid.TryParse(v.ToString(), out var id)) yield return id;
                    else foreach (var inner in CardIds(value)) yield return inner;
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                    foreach (var inner in CardIds(item)) yield return inner;
                break;
        }
    }
}
