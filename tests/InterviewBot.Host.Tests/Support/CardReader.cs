using System.Text.Json.Nodes;

namespace InterviewBot.Host.Tests.Support;

/// <summary>Reads an Adaptive Card the way a user sees it: its texts, its inputs and its buttons.</summary>
public static class CardReader
{
    /// <summary>Every piece of text on the card (text blocks, facts, labels, button titles, input values).</summary>
    public static string AllText(JsonObject card) => string.Join("\n", JsonTree.Objects(card).SelectMany(o => new[] { "text", "title", "value", "label" }
        .Select(key => o[key]).OfType<JsonValue>().Select(v => v.ToString())));

    public static IReadOnlyList<string> ButtonTitles(JsonObject card) =>
        JsonTree.Objects(card).Where(o => o["type"]?.GetValue<string>() == "Action.Submit").Select(o => o["title"]!.GetValue<string>()).ToList();

    /// <summary>The data of the n-th submit button with this title (buttons repeat per checklist item).</summary>
    public static JsonObject SubmitData(JsonObject card, string title, int index = 0)
    {
        var matches = JsonTree.Objects(card)
            .Where(o => o["type"]?.GetValue<string>() == "Action.Submit" && o["title"]?.GetValue<string>() == title)
            .ToList();
        if (matches.Count <= index)
            throw new InvalidOperationException($"No button \"{title}\" (#{index}) on the card. Buttons: {string.Join(", ", ButtonTitles(card))}");
        return matches[index]["data"]!.AsObject();
    }

    /// <summary>The data of the submit button with this title that belongs to a step.</summary>
    public static JsonObject StepButton(JsonObject card, string title, string stepId) =>
        JsonTree.Objects(card).Where(o => o["type"]?.GetValue<string>() == "Action.Submit" && o["title"]?.GetValue<string>() == title)
            .Select(o => o["data"]!.AsObject())
            .FirstOrDefault(d => d["step"]?.GetValue<string>() == stepId)
        ?? throw new InvalidOperationException($"No button \"{title}\" for step {stepId}. Buttons: {string.Join(", ", ButtonTitles(card))}");

    public static string? InputValue(JsonObject card, string inputId) =>
        JsonTree.Objects(card).FirstOrDefault(o => o["id"]?.GetValue<string>() == inputId && o["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true)?["value"]?.ToString();

    public static bool HasInput(JsonObject card, string inputId) =>
        JsonTree.Objects(card).Any(o => o["id"]?.GetValue<string>() == inputId && o["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true);
}
