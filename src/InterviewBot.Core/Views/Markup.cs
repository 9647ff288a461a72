using System.Text;

namespace InterviewBot.Core.Views;

/// <summary>
/// Texts in views are literal: a name, role or note shows exactly as the person typed it, on every
/// channel, so "[Verify your account](https://…)" typed as a candidate's name stays text and never
/// becomes a link. The bot's own emphasis is the only formatting, and it is marked explicitly with
/// the private-use characters below; each renderer escapes everything else for its own syntax
/// (Adaptive Card markdown, Slack mrkdwn) and turns the marks into that syntax's emphasis.
/// People cannot type the marks: <see cref="Domain.UserText"/> removes them from what comes in.
/// </summary>
public static class Markup
{
    public const char BoldStart = '\uE001';
    public const char BoldEnd = '\uE002';
    public const char ItalicStart = '\uE003';
    public const char ItalicEnd = '\uE004';
    public const char CodeStart = '\uE005';
    public const char CodeEnd = '\uE006';

    /// <summary><paramref name="text"/> in bold (any marks inside are dropped: emphasis does not nest).</summary>
    public static string Bold(string text) => BoldStart + Plain(text) + BoldEnd;

    /// <summary><paramref name="text"/> in italics, e.g. a command to type: "Type <c>Italic("help")</c>".</summary>
    public static string Italic(string text) => ItalicStart + Plain(text) + ItalicEnd;

    /// <summary>A block of preformatted text shown as it is (an export's JSON).</summary>
    public static string CodeBlock(string text) => CodeStart + Plain(text) + CodeEnd;

    public static bool IsMark(char c) => c is >= BoldStart and <= CodeEnd;

    /// <summary>The text without its marks, for places that take no formatting (buttons, labels, notifications).</summary>
    public static string Plain(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange(BoldStart, CodeEnd)) return text;
        var plain = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsMark(c)) plain.Append(c);
        }
        return plain.ToString();
    }

    /// <summary>
    /// The text as runs of one style each, in order. A mark without its partner (a text cut short
    /// in the middle of a bold part, say) is dropped and its text treated as plain.
    /// </summary>
    public static IReadOnlyList<MarkupRun> Runs(string text)
    {
        var runs = new List<MarkupRun>();
        var plainFrom = 0;
        var i = 0;
        while (i < text.Length)
        {
            var style = text[i] switch
            {
                BoldStart => MarkupStyle.Bold,
                ItalicStart => MarkupStyle.Italic,
                CodeStart => MarkupStyle.Code,
                _ => MarkupStyle.Plain,
            };
            var end = style switch
            {
                MarkupStyle.Bold => text.IndexOf(BoldEnd, i + 1),
                MarkupStyle.Italic => text.IndexOf(ItalicEnd, i + 1),
                MarkupStyle.Code => text.IndexOf(CodeEnd, i + 1),
                _ => -1,
            };
            if (end < 0)
            {
                i++;
                continue;
            }
            AddPlain(runs, text[plainFrom..i]);
            var inner = Plain(text[(i + 1)..end]);
            if (inner.Length > 0) runs.Add(new MarkupRun(style, inner));
            i = plainFrom = end + 1;
        }
        AddPlain(runs, text[plainFrom..]);
        return runs;
    }

    private static void AddPlain(List<MarkupRun> runs, string text)
    {
        text = Plain(text);
        if (text.Length > 0) runs.Add(new MarkupRun(MarkupStyle.Plain, text));
    }
}

public enum MarkupStyle
{
    Plain,
    Bold,
    Italic,
    Code,
}

/// <summary>A stretch of text in one style.</summary>
public readonly record struct MarkupRun(MarkupStyle Style, string Text);
