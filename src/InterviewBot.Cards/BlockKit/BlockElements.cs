using System.Text.Json.Nodes;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards.BlockKit;

/// <summary>
/// Builders for the Block Kit blocks the renderer uses: header, section, context, divider,
/// actions and input. Every text goes through <see cref="SlackText"/> and is cut to Slack's limit.
/// </summary>
internal static class BlockElements
{
    /// <summary>Slack rejects an empty text object; this stands in where a view left a label empty.</summary>
    private const string Blank = "–";

    public static JsonObject PlainText(string text, int max) => new()
    {
        ["type"] = "plain_text",
        ["text"] = SlackText.Cut(NonEmpty(SlackText.Plain(text)), max),
    };

    /// <summary>An mrkdwn text object; <paramref name="mrkdwn"/> is already converted and escaped.</summary>
    public static JsonObject Mrkdwn(string mrkdwn, int max) => new()
    {
        ["type"] = "mrkdwn",
        ["text"] = SlackText.Cut(NonEmpty(mrkdwn), max),
    };

    public static JsonObject Header(string title) =>
        new() { ["type"] = "header", ["text"] = PlainText(title, BlockLimits.HeaderText) };

    public static JsonObject Section(string mrkdwn) =>
        new() { ["type"] = "section", ["text"] = Mrkdwn(mrkdwn, BlockKitRenderer.MaxSectionText) };

    /// <summary>Small grey text: Slack's way of showing what an Adaptive Card shows subtle.</summary>
    public static JsonObject Context(string mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray(Mrkdwn(mrkdwn, BlockLimits.ContextText)),
    };

    /// <summary>Something the user must notice about the block above it: an error, or text left out on purpose.</summary>
    public static JsonObject Warning(string markdown) => Context("⚠️ " + SlackText.Mrkdwn(markdown));

    public static JsonObject Divider() => new() { ["type"] = "divider" };

    /// <summary>A titled block of lines, split into several sections when it is longer than one may hold.</summary>
    public static IEnumerable<JsonObject> Section(Section section)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(section.Heading)) lines.Add(SlackText.Bold(section.Heading));
        lines.AddRange(section.Lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(SlackText.Mrkdwn));
        return Chunks(lines, BlockKitRenderer.MaxSectionText).Select(Section);
    }

    /// <summary>Facts as two-column section fields, ten to a section: "*Label*" over its value.</summary>
    public static IEnumerable<JsonObject> Facts(IEnumerable<Fact>? facts) =>
        (facts ?? [])
            .Where(f => !string.IsNullOrWhiteSpace(f.Label) || !string.IsNullOrWhiteSpace(f.Value))
            .Select(f => (JsonNode)Mrkdwn(SlackText.Bold(f.Label) + "\n" + SlackText.Mrkdwn(f.Value), BlockLimits.FieldText))
            .Chunk(BlockKitRenderer.MaxFields)
            .Select(chunk => new JsonObject { ["type"] = "section", ["fields"] = new JsonArray(chunk) });

    /// <summary>Buttons in actions blocks of at most 25 elements, in the given order.</summary>
    public static IEnumerable<JsonObject> Actions(IReadOnlyList<JsonObject> elements) =>
        elements.Chunk(BlockKitRenderer.MaxActionsPerBlock).Select(chunk => new JsonObject
        {
            ["type"] = "actions",
            ["elements"] = new JsonArray(chunk.Select(e => (JsonNode)e).ToArray()),
        });

    public static JsonObject Button(string actionId, string label, bool primary, string? value = null, string? url = null)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = actionId,
            ["text"] = PlainText(label, BlockKitRenderer.MaxButtonText),
        };
        if (value is not null) button["value"] = value;
        if (url is not null) button["url"] = url;
        if (primary) button["style"] = "primary";
        return button;
    }

    /// <summary>Joins lines into texts of at most <paramref name="max"/> characters; a single longer line is cut.</summary>
    private static IEnumerable<string> Chunks(IEnumerable<string> lines, int max)
    {
        var current = "";
        foreach (var line in lines.Select(l => SlackText.Cut(l, max)))
        {
            if (current.Length > 0 && current.Length + 1 + line.Length > max)
            {
                yield return current;
                current = "";
            }
            current = current.Length == 0 ? line : current + "\n" + line;
        }
        if (current.Length > 0) yield return current;
    }

    private static string NonEmpty(string text) => string.IsNullOrWhiteSpace(text) ? Blank : text;
}
