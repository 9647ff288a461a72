using System.Globalization;
using System.Text.Json.Nodes;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards;

/// <summary>
/// Small builders for the Adaptive Card elements the cards use. Only elements and properties
/// Teams renders on desktop and mobile, and only Action.Submit / Action.OpenUrl: Action.Execute
/// invokes do not reach the bot from Teams mobile.
/// </summary>
internal static class AdaptiveElements
{
    /// <summary>Teams shows at most six actions in one row; more are dropped or hidden.</summary>
    public const int MaxActionsPerRow = 6;

    public static JsonObject Text(string text, string? size = null, string? weight = null, string? color = null,
        bool subtle = false, string? spacing = null, bool separator = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = AdaptiveMarkdown.From(text) };
        if (size is not null) block["size"] = size;
        if (weight is not null) block["weight"] = weight;
        if (color is not null) block["color"] = color;
        if (subtle) block["isSubtle"] = true;
        if (spacing is not null) block["spacing"] = spacing;
        if (separator) block["separator"] = true;
        // Without wrap a long line is clipped with no way to read the rest.
        block["wrap"] = true;
        return block;
    }

    /// <summary>A multi-line text as one block per line: a single "\n" is not a line break on every Teams client.</summary>
    public static IEnumerable<JsonObject> Lines(string text, TextBudget budget, bool subtle = false) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((line, i) => Text(budget.Cut(line), subtle: subtle, spacing: i == 0 ? null : "none"));

    public static JsonObject? FactSet(IEnumerable<Fact>? facts, TextBudget budget)
    {
        var items = (facts ?? []).Select(f => (JsonNode)new JsonObject
        {
            ["title"] = AdaptiveMarkdown.From(budget.Cut(f.Label)),
            ["value"] = AdaptiveMarkdown.From(budget.Cut(f.Value)),
        }).ToArray();
        return items.Length == 0 ? null : new JsonObject { ["type"] = "FactSet", ["facts"] = new JsonArray(items) };
    }

    public static IEnumerable<JsonObject> Section(Section section, TextBudget budget)
    {
        yield return Text(budget.Cut(section.Heading), weight: "bolder", spacing: "medium");
        foreach (var line in section.Lines)
            yield return Text(budget.Cut(line), spacing: "none");
    }

    /// <summary>
    /// The input for a field, then what the user must see about it: a warning when its value had
    /// to be cut, and the server's error in attention colour (client-side validation is not
    /// enough: not every client runs it, and only the bot knows e.g. that a time zone is unknown).
    /// </summary>
    public static IEnumerable<JsonObject> Field(FieldView field, TextBudget budget)
    {
        var input = new JsonObject { ["type"] = InputType(field.Kind), ["id"] = field.Id, ["label"] = Plain(budget.Cut(field.Label)) };
        var zonesLeftOut = 0;
        switch (field.Kind)
        {
            case FieldInputKind.Text or FieldInputKind.MultilineText or FieldInputKind.Person:
                if (field.Kind == FieldInputKind.MultilineText) input["isMultiline"] = true;
                if (field.MaxLength is { } max) input["maxLength"] = max;
                break;
            case FieldInputKind.Choice or FieldInputKind.MultiChoice or FieldInputKind.Checkboxes:
                // Checkboxes are a multi-select shown expanded: each choice is one tap.
                input["style"] = field.Kind == FieldInputKind.Checkboxes ? "expanded" : "compact";
                if (field.Kind != FieldInputKind.Choice) input["isMultiSelect"] = true;
                // Tick boxes are drawn as text blocks, markdown and all (the adaptivecards renderer does so by default);
                // a drop-down's options are plain text.
                var expanded = field.Kind == FieldInputKind.Checkboxes;
                input["choices"] = new JsonArray((field.Choices ?? [])
                    .Select(c => (JsonNode)new JsonObject { ["title"] = expanded ? AdaptiveMarkdown.From(budget.Cut(c.Title)) : Plain(budget.Cut(c.Title)), ["value"] = c.Value })
                    .ToArray());
                break;
            case FieldInputKind.TimeZone:
                // "filtered" (Adaptive Cards 1.5) lets the person type a city to narrow hundreds of zones down.
                input["style"] = "filtered";
                zonesLeftOut = Math.Max(0, (field.Choices?.Count ?? 0) - budget.Zones);
                input["choices"] = new JsonArray((field.Choices ?? [])
                    .Take(budget.Zones)
                    .Select(c => (JsonNode)new JsonObject { ["title"] = Plain(c.Title), ["value"] = c.Value })
                    .ToArray());
                break;
        }

        var valueCut = false;
        if (!string.IsNullOrEmpty(field.Value))
        {
            if (field.Kind == FieldInputKind.Number)
            {
                // Input.Number takes a JSON number; a value that is not one is left out rather than sent as text.
                if (double.TryParse(field.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) input["value"] = number;
            }
            else if (field.Kind is FieldInputKind.Text or FieldInputKind.MultilineText or FieldInputKind.Person)
            {
                valueCut = budget.CutsInput(field.Value);
                input["value"] = budget.CutInput(Markup.Plain(field.Value));
            }
            else if (field.Kind != FieldInputKind.TimeZone || field.Choices?.Take(budget.Zones).Any(c => c.Value == field.Value) == true)
            {
                // Dates, times and choice values are short codes: cutting one would change its meaning.
                // A zone the list lacks (one typed wrong) is left out: its error says what was wrong.
                input["value"] = field.Value;
            }
        }
        if (!string.IsNullOrEmpty(field.Placeholder)) input["placeholder"] = Plain(budget.Cut(field.Placeholder));
        if (field.Required)
        {
            input["isRequired"] = true;
            input["errorMessage"] = Plain(budget.Cut($"{field.Label} is required."));
        }

        yield return input;
        if (valueCut)
            yield return Text("This text is too long to show in full here, so it is cut short (…). Saving from this card keeps only what you see.",
                color: "warning", spacing: "none");
        if (zonesLeftOut > 0)
            yield return Text(string.Create(CultureInfo.InvariantCulture, $"This card has room for the {budget.Zones} zones nearest yours; {zonesLeftOut} more are left out."),
                color: "warning", spacing: "none");
        if (!string.IsNullOrWhiteSpace(field.Error))
            yield return Text(budget.Cut(field.Error), color: "attention", spacing: "none");
    }

    /// <summary>
    /// A button that comes back to the bot. Its data always names the verb and the card, so the
    /// bot can update the very message that was tapped; the view's own data cannot override them.
    /// </summary>
    public static JsonObject Submit(ActionButton button, Guid cardId, TextBudget budget, bool sendsInputs = true)
    {
        var data = new JsonObject { ["verb"] = button.Verb, ["cardId"] = cardId.ToString() };
        foreach (var (key, value) in button.Data ?? new Dictionary<string, string>())
        {
            if (key is "verb" or "cardId") continue;
            data[key] = value;
        }

        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = Plain(budget.Cut(button.Label)), ["data"] = data };
        if (button.Primary) action["style"] = "positive";
        // "none" lets Cancel go through even while required inputs are empty.
        if (!sendsInputs) action["associatedInputs"] = "none";
        return action;
    }

    /// <summary>A link, with the URL exactly as the view built it (already encoded there).</summary>
    public static JsonObject OpenUrl(LinkButton link, TextBudget budget) =>
        new() { ["type"] = "Action.OpenUrl", ["title"] = Plain(budget.Cut(link.Label)), ["url"] = link.Url };

    /// <summary>Actions inside the body, split into rows of at most <see cref="MaxActionsPerRow"/> so none is lost.</summary>
    public static IEnumerable<JsonObject> ActionRows(IReadOnlyList<JsonObject> actions) =>
        actions.Chunk(MaxActionsPerRow).Select(row => new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray(row.Select(a => (JsonNode)a).ToArray()),
        });

    /// <summary>
    /// Puts a card's own actions where Teams shows all of them: in the action bar when they fit in
    /// one row, otherwise as rows at the end of the body (in the same order) with an empty bar.
    /// </summary>
    public static JsonArray CardActions(List<JsonObject> body, IReadOnlyList<JsonObject> actions)
    {
        if (actions.Count <= MaxActionsPerRow) return new JsonArray(actions.Select(a => (JsonNode)a).ToArray());
        body.AddRange(ActionRows(actions));
        return [];
    }

    /// <summary>Titles, labels and placeholders take no markdown: the bot's marks are dropped.</summary>
    private static string Plain(string text) => Markup.Plain(text);

    private static string InputType(FieldInputKind kind) => kind switch
    {
        FieldInputKind.Text or FieldInputKind.MultilineText or FieldInputKind.Person => "Input.Text",
        FieldInputKind.Date => "Input.Date",
        FieldInputKind.Time => "Input.Time",
        FieldInputKind.Number => "Input.Number",
        FieldInputKind.Choice or FieldInputKind.MultiChoice or FieldInputKind.Checkboxes or FieldInputKind.TimeZone => "Input.ChoiceSet",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No Adaptive Card input for this field kind."),
    };
}
