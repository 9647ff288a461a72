using System.Text.Json.Nodes;
using InterviewBot.Core.Views;
using static InterviewBot.Cards.AdaptiveElements;

namespace InterviewBot.Cards;

/// <summary>
/// The home dashboard as an Adaptive Card, for a platform without a home of its own (it is posted
/// there): each section's lines with their buttons in a row under each line.
/// </summary>
internal static class HomeCard
{
    public static (List<JsonObject> Body, JsonArray Actions) Build(HomeView view, Guid cardId, TextBudget budget)
    {
        var body = new List<JsonObject> { Text(budget.Cut(view.Title), size: "medium", weight: "bolder") };
        if (!string.IsNullOrWhiteSpace(view.Subtitle)) body.Add(Text(budget.Cut(view.Subtitle), subtle: true, spacing: "none"));
        foreach (var section in view.Sections)
        {
            body.Add(Text(budget.Cut(section.Heading), weight: "bolder"));
            if (section.Items.Count == 0) body.Add(Text(budget.Cut(section.Empty), subtle: true, spacing: "none"));
            foreach (var item in section.Items)
            {
                body.Add(Text(budget.Cut(item.Text)));
                body.AddRange(ActionRows(item.Buttons.Select(b => Submit(b, item.CardId ?? cardId, budget)).ToList()));
            }
        }
        return (body, CardActions(body, view.Buttons.Select(b => Submit(b, cardId, budget)).ToList()));
    }
}
