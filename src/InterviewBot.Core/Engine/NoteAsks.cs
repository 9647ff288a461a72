using System.Text.RegularExpressions;

namespace InterviewBot.Core.Engine;

/// <summary>
/// Reads "ask why"-style prep notes – "2019–2021 gap – ask why", "led the payments rewrite – ask about
/// team size", "Why did they leave after 8 months?" – as open questions the recruiter can add to the plan
/// with one tap. The note's own context stays in the question, so it keeps its subject.
/// </summary>
public static partial class NoteAsks
{
    public static IReadOnlyList<string> From(IEnumerable<string> notes) =>
        notes.SelectMany(n => Lines().Split(n)).Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(Question).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The open question a note line asks for, or null when it asks for none.</summary>
    public static string? Question(string line)
    {
        if (line.EndsWith('?') && !Ask().IsMatch(line)) return Capital(line);
        var ask = Ask().Match(line);
        if (!ask.Success) return null;
        var context = line[..ask.Index].Trim().TrimEnd('–', '—', '-', ':', ',', ';', '(', ' ').Trim();
        var word = ask.Groups["word"].Value.ToLowerInvariant();
        var rest = ask.Groups["rest"].Value.Trim().TrimEnd('.', '?', '!', ')', ' ');
        var asked = word switch
        {
            "why" when rest.Length == 0 => context.Length == 0 ? null : $"tell me about {context} – what was behind it?",
            "about" when rest.Length > 0 => $"tell me about {rest}.",
            "about" => null,
            _ => rest.Length == 0 ? null : $"tell me {word} {rest}.",
        };
        if (asked is null) return null;
        // "why" without its own subject already carries the context; the others put it in front.
        return Capital(word == "why" && rest.Length == 0 || context.Length == 0 ? asked : $"{context}: {asked}");
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"\bask(?:\s+(?:them|him|her))?\s+(?<word>why|about|how|what|when|where|who|which)\b(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Ask();

    [GeneratedRegex(@"\n|;\s*|(?<=[.!?])\s+(?=[A-Z])")]
    private static partial Regex Lines();
}
