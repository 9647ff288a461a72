using System.Text.Json.Nodes;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards.Tests;

/// <summary>Ways to look into a rendered Block Kit message or modal the way Slack would show it.</summary>
internal static class BlockKitJson
{
    public static List<JsonObject> Blocks(JsonNode payload) => payload["blocks"]!.AsArray().Select(b => b!.AsObject()).ToList();

    public static List<JsonObject> OfType(JsonNode payload, string type) =>
        Blocks(payload).Where(b => (string?)b["type"] == type).ToList();

    public static List<JsonObject> Buttons(JsonNode payload) =>
        OfType(payload, "actions").SelectMany(a => a["elements"]!.AsArray()).Select(e => e!.AsObject()).ToList();

    public static JsonObject Input(JsonNode payload, string blockId) =>
        OfType(payload, "input").Single(b => (string?)b["block_id"] == blockId);

    public static JsonObject Element(JsonNode payload, string blockId) => Input(payload, blockId)["element"]!.AsObject();

    /// <summary>The block shown right after <paramref name="block"/>.</summary>
    public static JsonObject? Next(JsonNode payload, JsonObject block)
    {
        var blocks = Blocks(payload);
        var index = blocks.IndexOf(block);
        return index + 1 < blocks.Count ? blocks[index + 1] : null;
    }

    /// <summary>The text a block shows: a section's text or fields, a context's elements, a header's text.</summary>
    public static string Text(JsonObject block) => (string?)block["type"] switch
    {
        "section" when block["text"] is not null => (string)block["text"]!["text"]!,
        "section" => string.Join("\n", block["fields"]!.AsArray().Select(f => (string?)f!["text"])),
        "context" => string.Join("\n", block["elements"]!.AsArray().Select(e => (string?)e!["text"])),
        "header" => (string)block["text"]!["text"]!,
        _ => "",
    };

    public static List<string> Texts(JsonNode payload) => Blocks(payload).Select(Text).Where(t => t.Length > 0).ToList();

    public static string Label(JsonObject button) => (string)button["text"]!["text"]!;

    /// <summary>The buttons a view asks for that come back to the bot, in the order the renderer shows them.</summary>
    public static IEnumerable<ActionButton> ViewButtons(CardView view) => view switch
    {
        ChecklistView checklist => checklist.Items.SelectMany(i => i.Buttons).Concat(checklist.Buttons),
        FormView form => form.Cancel is null ? [form.Submit] : [form.Submit, form.Cancel],
        SummaryView summary => summary.Buttons,
        NudgeView nudge => nudge.Buttons,
        _ => [],
    };

    /// <summary>A button's data as the bot gets it back: without the verb and card id, which travel apart.</summary>
    public static List<KeyValuePair<string, string>> ExpectedData(ActionButton button) =>
        (button.Data ?? new Dictionary<string, string>()).Where(d => d.Key is not ("verb" or "cardId")).OrderBy(d => d.Key, StringComparer.Ordinal).ToList();

    public static List<KeyValuePair<string, string>> Sorted(IReadOnlyDictionary<string, string> data) =>
        data.OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
}
