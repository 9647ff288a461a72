using System.Text;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards.BlockKit;

/// <summary>
/// View texts are literal apart from the bot's own <see cref="Markup"/> marks. In Slack's mrkdwn,
/// &amp;, &lt; and &gt; must be escaped, or a "&lt;!here&gt;" or "&lt;https://…|click&gt;" from a user
/// would notify a channel or become a link; the marks become *bold* and _italic_. Plain-text objects
/// (headers, buttons, labels) take no markup at all.
/// </summary>
internal static class SlackText
{
    public const string Ellipsis = "…";

    /// <summary>A view text as Slack mrkdwn: escaped, with the bot's marks as *bold*, _italic_ and ``` blocks.</summary>
    public static string Mrkdwn(string text)
    {
        var mrkdwn = new StringBuilder(text.Length + 8);
        foreach (var run in Markup.Runs(text))
        {
            mrkdwn.Append(run.Style switch
            {
                MarkupStyle.Bold => Around(run.Text, "*"),
                MarkupStyle.Italic => string.Join('\n', run.Text.Split('\n').Select(line => Around(line, "_"))),
                MarkupStyle.Code => "```\n" + Escape(run.Text) + "\n```",
                _ => Escape(run.Text),
            });
        }
        return mrkdwn.ToString();
    }

    /// <summary>The text without the bot's marks, for plain_text objects.</summary>
    public static string Plain(string text) => Markup.Plain(text);

    /// <summary>The three characters Slack reserves for links, mentions and its own escapes.</summary>
    public static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A whole text in mrkdwn bold; its own marks are dropped so they cannot end the bold early.</summary>
    public static string Bold(string text)
    {
        var plain = Escape(Plain(text).Trim());
        return plain.Length == 0 ? "" : $"*{plain}*";
    }

    /// <summary>Each line in mrkdwn italics (Slack's italics end at a line break).</summary>
    public static string Italic(string text) => string.Join('\n', text.Split('\n')
        .Select(line => Escape(Plain(line).Trim()))
        .Select(line => line.Length == 0 ? "" : $"_{line}_"));

    /// <summary>Emphasis markers hugging the words, with the spaces around them kept outside.</summary>
    private static string Around(string text, string marker)
    {
        var inner = text.Trim();
        if (inner.Length == 0) return Escape(text);
        var lead = text[..(text.Length - text.TrimStart().Length)];
        var trail = text[(lead.Length + inner.Length)..];
        return Escape(lead) + marker + Escape(inner) + marker + Escape(trail);
    }

    /// <summary>
    /// At most <paramref name="max"/> characters, ending in "…" when cut. Never splits a surrogate
    /// pair (half an emoji is invalid UTF-16) or one of Slack's escapes (a cut "&amp;amp;" shows as "&amp;am").
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
