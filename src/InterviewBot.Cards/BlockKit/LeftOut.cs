using System.Globalization;
using System.Text.Json.Nodes;

namespace InterviewBot.Cards.BlockKit;

/// <summary>The note that replaces what did not fit, naming it, so nothing disappears without a word.</summary>
internal static class LeftOut
{
    public static JsonObject Note(IReadOnlyList<BlockGroup> dropped, int limit, string what)
    {
        var names = dropped.Select(g => g.Name).OfType<string>().Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => SlackText.Escape(SlackText.Plain(n).Trim())).Distinct(StringComparer.Ordinal).ToList();
        var text = string.Create(CultureInfo.InvariantCulture,
            $"✂️ This {what} is too long for Slack (at most {limit} blocks), so some of it is left out");
        text += names.Count == 0 ? "." : ": " + string.Join(", ", names) + ".";
        return BlockElements.Context(text + " Ask me again in chat, e.g. type `help`.");
    }
}
