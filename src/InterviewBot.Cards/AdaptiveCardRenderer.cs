using System.Text.Json.Nodes;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards;

/// <summary>Turns the engine's neutral card views into Adaptive Card 1.5 JSON for Teams and the Bot Framework.</summary>
public static class AdaptiveCardRenderer
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    private const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";
    private const string Version = "1.5";

    /// <summary>
    /// Renders <paramref name="view"/>. Every Action.Submit carries <c>verb</c> and <c>cardId</c>
    /// (<paramref name="cardId"/>) in its data. Pure: the same view and id give the same JSON.
    /// </summary>
    public static JsonObject Render(CardView view, Guid cardId) => RenderWithJson(view, cardId).Card;

    /// <summary>
    /// The card as JSON text, ready to send: the very text whose size was checked against Teams'
    /// limit, so it is serialized once.
    /// </summary>
    public static string RenderJson(CardView view, Guid cardId) => RenderWithJson(view, cardId).Json;

    private static (JsonObject Card, string Json) RenderWithJson(CardView view, Guid cardId)
    {
        ArgumentNullException.ThrowIfNull(view);
        // Almost every card fits at the first try; texts are only cut when it would not.
        JsonObject? card = null;
        foreach (var budget in TextBudget.Steps)
        {
            card = Build(view, cardId, budget);
            var json = card.ToJsonString();
            if (CardSizeGuard.Fits(json)) return (card, json);
        }
        var cut = CardSizeGuard.CutBody(card!);
        return (cut, cut.ToJsonString());
    }

    /// <summary>
    /// A view text (literal, with the bot's <see cref="Markup"/> marks) as the markdown a Teams chat
    /// message or TextBlock shows exactly as written.
    /// </summary>
    public static string Markdown(string text) => AdaptiveMarkdown.From(text);

    private static JsonObject Build(CardView view, Guid cardId, TextBudget budget)
    {
        var (body, actions) = view switch
        {
            ChecklistView checklist => ChecklistCard.Build(checklist, cardId, budget),
            FormView form => FormCard.Build(form, cardId, budget),
            SummaryView summary => SummaryCard.Build(summary, cardId, budget),
            NudgeView nudge => NudgeCard.Build(nudge, cardId, budget),
            HomeView home => HomeCard.Build(home, cardId, budget),
            _ => throw new ArgumentException($"No Adaptive Card renderer for {view.GetType().Name}.", nameof(view)),
        };
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = SchemaUrl,
            ["version"] = Version,
            ["body"] = new JsonArray(body.Select(e => (JsonNode)e).ToArray()),
            ["actions"] = actions,
        };
    }
}
