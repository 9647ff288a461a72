using System.Text.Json.Nodes;
using InterviewBot.Core.Views;
using static InterviewBot.Cards.AdaptiveElements;

namespace InterviewBot.Cards;

/// <summary>A form: what it is for, what went wrong last time, the fields, then Submit and Cancel.</summary>
internal static class FormCard
{
    public static (List<JsonObject> Body, JsonArray Actions) Build(FormView view, Guid cardId, TextBudget budget)
    {
        var body = new List<JsonObject> { Text(budget.Cut(view.Title), size: "medium", weight: "bolder") };
        if (!string.IsNullOrWhiteSpace(view.Intro)) body.Add(Text(budget.Cut(view.Intro), spacing: "none"));
        // The form-wide error sits above the fields, so it is seen before the user scrolls to the field it concerns.
        if (!string.IsNullOrWhiteSpace(view.Error)) body.Add(Text(budget.Cut(view.Error), weight: "bolder", color: "attention"));
        foreach (var field in view.Fields) body.AddRange(Field(field, budget));

        var actions = new List<JsonObject> { Submit(view.Submit, cardId, budget) };
        // Cancel must work on an empty form: without associatedInputs "none" the client
        // first insists on the required fields.
        if (view.Cancel is not null) actions.Add(Submit(view.Cancel, cardId, budget, sendsInputs: false));
        return (body, CardActions(body, actions));
    }
}
