using System.Text.Json.Nodes;
using InterviewBot.Core.Views;
using static InterviewBot.Cards.AdaptiveElements;

namespace InterviewBot.Cards;

/// <summary>Facts, sections and buttons: welcome, help, confirmations, the interview list.</summary>
internal static class SummaryCard
{
    public static (List<JsonObject> Body, JsonArray Actions) Build(SummaryView view, Guid cardId, TextBudget budget)
    {
        var body = new List<JsonObject> { Text(budget.Cut(view.Title), size: "medium", weight: "bolder") };
        if (!string.IsNullOrWhiteSpace(view.Subtitle)) body.Add(Text(budget.Cut(view.Subtitle), subtle: true, spacing: "none"));
        if (FactSet(view.Facts, budget) is { } facts) body.Add(facts);
        foreach (var section in view.Sections) body.AddRange(Section(section, budget));

        // Buttons first: they are what the card is for; links are extra reading.
        var actions = view.Buttons.Select(b => Submit(b, cardId, budget))
            .Concat((view.Links ?? []).Select(l => OpenUrl(l, budget)))
            .ToList();
        return (body, CardActions(body, actions));
    }
}
