using System.Text.Json.Nodes;
using InterviewBot.Core.Views;
using static InterviewBot.Cards.AdaptiveElements;

namespace InterviewBot.Cards;

/// <summary>A follow-up the bot sends on its own: what to do now, a draft to send, and the ways to answer.</summary>
internal static class NudgeCard
{
    /// <summary>The input id the engine reads the edited draft from.</summary>
    public const string DraftInputId = "draft";

    public static (List<JsonObject> Body, JsonArray Actions) Build(NudgeView view, Guid cardId, TextBudget budget)
    {
        var body = new List<JsonObject>
        {
            Text(budget.Cut(view.Title), size: "medium", weight: "bolder"),
            Text(budget.Cut(view.Body)),
        };
        if (!string.IsNullOrWhiteSpace(view.Status)) body.Add(Text(budget.Cut(view.Status), subtle: true, spacing: "small"));
        if (FactSet(view.Facts, budget) is { } facts) body.Add(facts);
        foreach (var section in view.Sections ?? []) body.AddRange(Section(section, budget));
        // An input rather than a text block: the person can edit the draft and copy it from the card.
        if (!string.IsNullOrWhiteSpace(view.Draft))
            body.AddRange(Field(new FieldView(DraftInputId, "Draft – edit, copy and send", FieldInputKind.MultilineText, view.Draft), budget));
        // Inputs that go with the buttons, e.g. how long to snooze and why.
        foreach (var field in view.Fields ?? []) body.AddRange(Field(field, budget));

        return (body, CardActions(body, view.Buttons.Select(b => Submit(b, cardId, budget)).ToList()));
    }
}
