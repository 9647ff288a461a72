using System.Text.RegularExpressions;

namespace InterviewBot.Core.Engine;

/// <summary>
/// Reads free-form call notes as clean phrases – whole sentences or clauses, never cut mid-word – and
/// picks one per person for the thank-you drafts, so that each message recalls something different.
/// A phrase that names a person ("Olena: team of six…", "live coding with Marco") goes to that person.
/// </summary>
public static partial class NoteTopics
{
    /// <summary>A clause longer than this is not used: it would read as pasted notes.</summary>
    public const int MaxWords = 16;

    /// <summary>Words that start a phrase in lower case once it sits inside a sentence ("talking about their move…").</summary>
    private static readonly HashSet<string> LowerStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "their", "his", "her", "your", "our", "my", "its", "how", "what", "why", "when", "where", "which",
        "team", "teams", "plans", "plan", "big", "new", "next", "small", "second", "first", "remote", "hybrid", "office",
        "on-call", "daily", "weekly", "tech", "stack", "product", "roadmap", "growth", "career", "culture", "salary", "process",
    };

    /// <summary>The notes' phrases in order, each with the person it names (a lead "Name:" or the name as a word), if any.</summary>
    public static IReadOnlyList<(string Phrase, string? About)> Phrases(string? notes, IReadOnlyCollection<string> firstNames)
    {
        var phrases = new List<(string, string?)>();
        foreach (var sentence in Sentences().Split(notes ?? "").Select(s => s.Trim()).Where(s => s.Length > 0))
        {
            var text = sentence;
            string? about = null;
            var lead = Lead().Match(text);
            if (lead.Success && firstNames.FirstOrDefault(n => n.Equals(lead.Groups[1].Value, StringComparison.OrdinalIgnoreCase)) is { } named)
            {
                about = named;
                text = text[lead.Length..];
            }
            foreach (var clause in Clauses(text))
            {
                var mentioned = about ?? firstNames.FirstOrDefault(n => Regex.IsMatch(clause, $@"\b{Regex.Escape(n)}\b", RegexOptions.IgnoreCase));
                // "She asked about my side project" is talked about as "my side project"; other narration is left out.
                var told = Told().Match(clause);
                var phrase = Tidy(told.Success ? told.Groups[1].Value : clause);
                if (!Narration().IsMatch(phrase)) phrases.Add((phrase, mentioned));
            }
        }
        return phrases.Where(p => WordCount(p.Item1) >= 2).ToList();
    }

    /// <summary>
    /// One topic per person (by first name), each different: first a phrase that names them, then one
    /// nobody else got – the fullest of them. Null when the notes have nothing left for someone.
    /// </summary>
    public static IReadOnlyList<string?> PickFor(IReadOnlyList<string> firstNames, string? notes)
    {
        var phrases = Phrases(notes, firstNames.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        var used = new HashSet<int>();
        var picked = new List<string?>();
        foreach (var name in firstNames)
        {
            var index = Best(phrases, used, p => string.Equals(p.About, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0) index = Best(phrases, used, p => p.About is null);
            if (index >= 0) used.Add(index);
            picked.Add(index < 0 ? null : phrases[index].Phrase);
        }
        return picked;
    }

    /// <summary>The unused phrase that says most (the one with most words, the earlier one on a tie), or -1.</summary>
    private static int Best(IReadOnlyList<(string Phrase, string? About)> phrases, HashSet<int> used, Func<(string Phrase, string? About), bool> fits) =>
        phrases.Select((p, i) => (p, i)).Where(x => !used.Contains(x.i) && fits(x.p))
            .OrderByDescending(x => WordCount(x.p.Phrase)).ThenBy(x => x.i).Select(x => x.i).DefaultIfEmpty(-1).First();

    /// <summary>The notes as clauses in order, untouched (labels such as "+" or "Weak:" kept).</summary>
    public static IEnumerable<string> Split(string? notes) =>
        Sentences().Split(notes ?? "").Select(s => s.Trim()).Where(s => s.Length > 0).SelectMany(Clauses);

    /// <summary>
    /// A sentence's clauses: split at semicolons, dashes and commas. A piece that only continues the one
    /// before ("which took a year", "and …") is left out rather than read on its own.
    /// </summary>
    private static IEnumerable<string> Clauses(string sentence) =>
        ClauseBreak().Split(sentence).Select(p => p.Trim())
            .Where(p => p.Length > 0 && WordCount(p) <= MaxWords && !Continuation().IsMatch(p));

    /// <summary>No bullets, no trailing punctuation, and a lower-case start where the first word is an ordinary one.</summary>
    public static string Tidy(string clause)
    {
        var text = clause.Trim().TrimStart('-', '•', '*', '+', ' ').TrimEnd('.', ',', ';', ':', '!', ' ');
        var first = text.Split(' ', 2)[0];
        var ordinary = first.Length > 1 && char.IsUpper(first[0]) && first[1..].All(c => !char.IsUpper(c))
            && (LowerStarts.Contains(first) || first.EndsWith("ing", StringComparison.OrdinalIgnoreCase));
        return ordinary ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Line breaks, and full stops, question and exclamation marks followed by a space (not "e.g." or "2.5").</summary>
    [GeneratedRegex(@"\n|(?<=[a-z0-9\)][.!?])\s+(?=[A-Z0-9])|(?<=[!?])\s+")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"\s*[;,]\s*|\s+[–—-]\s+")]
    private static partial Regex ClauseBreak();

    /// <summary>"She asked about X", "Spoke with Sam about X", "Jordan mentioned X": the topic is X.</summary>
    [GeneratedRegex(@"^(?:(?:she|he|they|we|I|you|\p{Lu}[\p{L}'-]*)\s+)?(?:(?:asked|talked|spoke|chatted)(?:\s+(?:with|to)\s+[^,]+?)?\s+(?:about|of)|(?:told me|mentioned|explained|described|showed me)(?:\s+(?:about|that))?)\s+(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Told();

    [GeneratedRegex(@"^(she|he|they|we|I|you|it)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Narration();

    [GeneratedRegex(@"^(which|who|that|and|but|so|because|as|while|then)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Continuation();

    /// <summary>"Olena:" or "Olena –" at the start of a sentence: what follows is about Olena.</summary>
    [GeneratedRegex(@"^\s*([\p{L}][\p{L}'-]*)\s*(?::|\s[–—-])\s*")]
    private static partial Regex Lead();
}
