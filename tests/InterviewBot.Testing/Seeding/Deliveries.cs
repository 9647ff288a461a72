using System.Text.Json.Nodes;

namespace InterviewBot.Testing;

/// <summary>
/// What reached the chats: how many times each nudge's card was posted, counted at the stand-in
/// connector by the card's id (which is the nudge's id; each button carries it as <c>cardId</c>).
/// </summary>
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

    /// <summary>The new messages the connector accepted (nudges are new posts; refused tries reach no one).</summary>
    public static Deliveries Of(LocalConnector connector)
    {
        var perNudge = new Dictionary<Guid, int>();
        var withoutCard = 0;
        foreach (var request in connector.Requests.Where(r => r.Kind == "send"))
        {
            if (NudgeIdOf(request.Card) is { } id) perNudge[id] = perNudge.GetValueOrDefault(id) + 1;
            else withoutCard++;
        }
        return new Deliveries(perNudge, withoutCard);
    }

    /// <summary>The one <c>cardId</c> in the card's action data, or null (no card, no id, or several).</summary>
    public static Guid? NudgeIdOf(JsonObject? card)
    {
        var ids = JsonTree.Objects(card)
            .Select(o => o["cardId"]).OfType<JsonValue>()
            .Select(v => Guid.TryParse(v.ToString(), out var id) ? id : (Guid?)null).OfType<Guid>()
            .Distinct().ToList();
        return ids.Count == 1 ? ids[0] : null;
    }
}
