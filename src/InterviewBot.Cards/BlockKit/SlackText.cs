using System.Text;
using System.Text.RegularExpressions;

namespace InterviewBot.Cards.BlockKit;

/// <summary>
/// The engine writes texts in Adaptive Card markdown (**bold**, *italic*). Slack's mrkdwn uses
/// *bold* and _italic_ and needs &amp;, &lt; and &gt; escaped, or a "&lt;b&gt;" from a user would
/// be read as a link or mention. Plain-text objects (headers, buttons, labels) take no markup at all.
/// </summary>
internal static partial class SlackText
{
    public const string Ellipsis = "…";

    /// <summary>A private-use character that stands for Slack's bold marker while italics are converted.</summary>
    private const char BoldMark = '\uE000';

    /// <summary>Adaptive **bold**: markers hug the text, as in CommonMark.</summary>
    [GeneratedRegex(@"\*\*(?=\S)(.+?)(?<=\S)\*\*")]
    private static partial Regex MarkdownBold();

    /// <summary>Adaptive *italic*: a single marker at a word boundary, so "5 * 3" stays as it is.</summary>
    [GeneratedRegex(@"(?<![*\w])\*([^\s*](?:[^*\n]*[^\s*])?)\*(?![*\w])")]
    private static partial Regex MarkdownItalic();

    /// <summary>Markdown as Slack mrkdwn: escaped, **bold** → *bold*, *italic* → _italic_.</summary>
    public static string Mrkdwn(string markdown)
    {
        var text = Escape(markdown.Replace(BoldMark.ToString(), "", StringComparison.Ordinal));
        text = MarkdownBold().Replace(text, BoldMark + "$1" + BoldMark);
        text = MarkdownItalic().Replace(text, "_$1_");
        return text.Replace(BoldMark, '*');
    }

    /// <summary>Markdown with its emphasis markers taken out, for plain_text objects.</summary>
    public static string Plain(string markdown)
    {
        var text = MarkdownBold().Replace(markdown, "$1");
        return MarkdownItalic().Replace(text, "$1");
    }

    /// <summary>The three characters Slack reserves for links, mentions and its own escapes.</summary>
    public static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A whole text in mrkdwn bold; its own markers are dropped so they cannot end the bold early.</summary>
    public static string Bold(string markdown)
    {
        var text = Escape(Plain(markdown).Trim());
        return text.Length == 0 ? "" : $"*{text}*";
    }

    /// <summary>Each line in mrkdwn italics (Slack's italics end at a line break).</summary>
    public static string Italic(string markdown) => string.Join('\n', markdown.Split('\n')
        .Select(line => Escape(Plain(line).Trim()))
        .Select(line => line.Length == 0 ? "" : $"_{line}_"));

    /// <summary>
    /// At most <paramref name="max"/> characters, ending in "…" when cut. Never splits a surrogate
    /// pair (half an emoji is invalid UTF-16) or one of Slack's escapes (a cut "&amp;" shows as "&am").
    /// </summary>
    public static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        var keep = Math.Max(0, max - Ellipsis.Length);
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1])) keep--;
        var amp = text.LastIndexOf('&', Math.Max(0, keep - 1));
        if (amp >= 0 && keep - amp < 5 && text.IndexOf(';', amp) is var semi && semi >= keep) keep = amp;
        return text[..keep].TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// Splits a text at a word boundary so the first part has at most <paramref name="max"/>
    /// characters: for a checkbox, whose label is short but whose description can carry the rest.
    /// </summary>
    public static (string First, string? Remainder) SplitAtWord(string text, int max)
    {
        if (text.Length <= max) return (text, null);
        var space = text.LastIndexOf(' ', max);
        if (space <= 0) return (Cut(text, max), null);
        return (text[..space].TrimEnd(), text[(space + 1)..].TrimStart());
    }

    /// <summary>Lines joined with "\n", as many as fit in <paramref name="max"/>, then a line saying how many more there are.</summary>
    public static string LinesUpTo(IReadOnlyList<string> lines, int max, Func<int, string> more)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = (text.Length > 0 ? "\n" : "") + lines[i];
            var tail = i + 1 < lines.Count ? "\n" + more(lines.Count - i - 1) : "";
            if (text.Length + line.Length + tail.Length > max)
            {
                // At least one line, cut, so the block is never empty.
                if (text.Length == 0) return Cut(lines[i], max - tail.Length) + tail;
                return text + "\n" + more(lines.Count - i);
            }
            text.Append(line);
        }
        return text.ToString();
    }

    /// <summary>A message's top-level text: what a notification or a screen reader shows instead of the blocks.</summary>
    public static string Notification(string title, string? detail)
    {
        var text = Plain(title).Trim();
        if (!string.IsNullOrWhiteSpace(detail)) text += " – " + Plain(detail).Trim();
        return Cut(Escape(text.Length == 0 ? "InterviewBot" : text), BlockLimits.FallbackText);
    }
}
