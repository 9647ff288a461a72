using System.Text;

namespace InterviewBot.Core.Privacy;

/// <summary>
/// Whom a privacy admin's request is about, as they typed it: an e-mail address or a name. A candidate
/// on an interview matches when their e-mail address is the same ignoring case, or their name is the
/// same ignoring case and spacing.
/// </summary>
public sealed class CandidateQuery
{
    private readonly string _text;

    private CandidateQuery(string text) => _text = text;

    /// <summary>The query, or null when nothing was typed.</summary>
    public static CandidateQuery? Parse(string? typed)
    {
        var text = Normalize(MailtoAddress(typed?.Trim() ?? ""));
        return text.Length == 0 ? null : new CandidateQuery(text);
    }

    public bool Matches(string? name, string? email) =>
        (email is not null && string.Equals(email.Trim(), _text, StringComparison.OrdinalIgnoreCase))
        || (name is not null && string.Equals(Normalize(name), _text, StringComparison.OrdinalIgnoreCase));

    /// <summary>Single spaces, no spaces around, one Unicode form (an accent typed two ways is the same letter).</summary>
    private static string Normalize(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Slack sends an e-mail address typed in a message as a link: <c>&lt;mailto:jo@example.com|jo@example.com&gt;</c>.</summary>
    private static string MailtoAddress(string text)
    {
        const string Prefix = "<mailto:";
        if (!text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || !text.EndsWith('>')) return text;
        var inner = text[Prefix.Length..^1];
        var bar = inner.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? inner : inner[..bar];
    }
}
