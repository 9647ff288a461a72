using System.Text;

namespace InterviewBot.Core.Domain;

/// <summary>
/// What people type, made safe to store and to show to others. Removed everywhere: control
/// characters (NUL, BEL, ESC…, C0 and C1), the bidirectional overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069) that make "Bob \u202Egpj.exe" read as "Bob exe.jpg", the bot's
/// own <see cref="Markup"/> marks, and halves of surrogate pairs (shown as U+FFFD). Single-line
/// fields (names, roles, companies) keep no line breaks or tabs: they become spaces. Multi-line text
/// (notes, answers, drafts) keeps newline and tab and nothing else of the control characters.
/// </summary>
public static class UserText
{
    public static string SingleLine(string text) => Clean(text, multiLine: false);

    public static string MultiLine(string text) => Clean(text, multiLine: true);

    public static string? SingleLineOrNull(string? text) => text is null ? null : SingleLine(text);

    private static string Clean(string text, bool multiLine)
    {
        if (!NeedsCleaning(text)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
                continue;
            }
            if (char.IsSurrogate(c))
            {
                clean.Append('\uFFFD');
                continue;
            }
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') continue; // \r\n is one line break
                clean.Append(multiLine ? '\n' : ' ');
                continue;
            }
            if (c is '\n' or '\u2028' or '\u2029' or '\u0085') clean.Append(multiLine ? '\n' : ' ');
            else if (c == '\t') clean.Append(multiLine ? '\t' : ' ');
            else if (!IsRemoved(c)) clean.Append(c);
        }
        return clean.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' || IsRemoved(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085') return true;
        }
        return false;
    }

    private static bool IsRemoved(char c) =>
        c < ' ' && c is not ('\n' or '\t' or '\r')
        || c is >= '\u007F' and <= '\u009F' and not '\u0085'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || Markup.IsMark(c);
}
