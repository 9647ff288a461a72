using System.Text;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards;

/// <summary>
/// Text for Teams: TextBlocks, fact values and chat messages are read as markdown, so a name such as
/// "[Verify your account](https://…)" would become a live link, "![x](…)" an image and "**x**" bold.
/// View texts are literal (<see cref="Markup"/>): every character markdown would act on is escaped with
/// CommonMark's backslash, and only the bot's own marks become emphasis. Characters that matter only
/// at the start of a line (headings, quotes, list markers) are escaped there; the rest everywhere.
/// </summary>
internal static class AdaptiveMarkdown
{
    public static string From(string text)
    {
        var markdown = new StringBuilder(text.Length + 8);
        var atLineStart = true;
        foreach (var run in Markup.Runs(text))
        {
            switch (run.Style)
            {
                case MarkupStyle.Bold:
                    Emphasis(markdown, run.Text, "**", ref atLineStart);
                    break;
                case MarkupStyle.Italic:
                    Emphasis(markdown, run.Text, "*", ref atLineStart);
                    break;
                case MarkupStyle.Code:
                    var fence = new string('`', Math.Max(3, LongestRun(run.Text, '`') + 1));
                    if (!atLineStart) markdown.Append('\n');
                    markdown.Append(fence).Append('\n').Append(run.Text).Append('\n').Append(fence);
                    atLineStart = false;
                    break;
                default:
                    atLineStart = Escape(markdown, run.Text, atLineStart);
                    break;
            }
        }
        return markdown.ToString();
    }

    /// <summary>The bot's own emphasis: the markers hug the words (CommonMark ignores "** x **"), spaces stay outside.</summary>
    private static void Emphasis(StringBuilder markdown, string text, string marker, ref bool atLineStart)
    {
        var inner = text.Trim();
        if (inner.Length == 0)
        {
            atLineStart = Escape(markdown, text, atLineStart);
            return;
        }
        var lead = text[..(text.Length - text.TrimStart().Length)];
        atLineStart = Escape(markdown, lead, atLineStart);
        markdown.Append(marker);
        Escape(markdown, inner, atLineStart: false);
        markdown.Append(marker);
        atLineStart = Escape(markdown, text[(lead.Length + inner.Length)..], atLineStart: false);
    }

    /// <summary>Appends <paramref name="text"/> so that markdown shows it as it is; true when it ended at a line start.</summary>
    private static bool Escape(StringBuilder markdown, string text, bool atLineStart)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                markdown.Append(c);
                atLineStart = true;
                continue;
            }
            if (atLineStart)
            {
                // Four leading spaces make a code block; the indent means nothing on a card anyway.
                if (c is ' ' or '\t') continue;
                atLineStart = false;
                // Headings, quotes, list items, setext underlines and table delimiter rows ("|---|", ":--|").
                if (c is '#' or '>' or '-' or '+' or '=' or '|' or ':')
                {
                    markdown.Append('\\').Append(c);
                    continue;
                }
                if (char.IsAsciiDigit(c) && OrderedListMarker(text, i) is var marker and > 0)
                {
                    markdown.Append(text, i, marker - i).Append('\\').Append(text[marker]);
                    i = marker;
                    continue;
                }
            }
            if (c is '\\' or '*' or '[' or ']' or '<' or '`' or '~' || (c == '_' && !InsideWord(text, i)) || (c == '&' && IsEntity(text, i)))
                markdown.Append('\\');
            markdown.Append(c);
        }
        return atLineStart;
    }

    /// <summary>"snake_case", "New_York": an underscore between letters or digits never starts or ends emphasis.</summary>
    private static bool InsideWord(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);

    /// <summary>"1." or "12)" at a line start: the index of the '.' or ')' that makes it a list item, else -1.</summary>
    private static int OrderedListMarker(string text, int start)
    {
        var i = start;
        while (i < text.Length && i - start < 9 && char.IsAsciiDigit(text[i])) i++;
        return i < text.Length && text[i] is '.' or ')' ? i : -1;
    }

    /// <summary>"&amp;amp;", "&amp;#60;": markdown would show the character the entity names.</summary>
    private static bool IsEntity(string text, int ampersand)
    {
        var i = ampersand + 1;
        if (i < text.Length && text[i] == '#') i++;
        var start = i;
        while (i < text.Length && i - start < 32 && char.IsAsciiLetterOrDigit(text[i])) i++;
        return i > start && i < text.Length && text[i] == ';';
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, current = 0;
        foreach (var ch in text)
        {
            current = ch == c ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }
        return longest;
    }
}
