using System.Text.RegularExpressions;

namespace InterviewBot.Core.Engine;

/// <summary>
/// Reads the recruiter's call notes for the feedback composer: which phrases are strengths and which
/// say what could be stronger, by their label ("Strong:", "+", "Weak:", "-") or their words.
/// </summary>
public static partial class FeedbackNotes
{
    /// <summary>At most this many phrases per box: feedback names one or two things, not the whole notebook.</summary>
    public const int PerBox = 2;

    public static (string? Strengths, string? ToImprove) Read(string? notes)
    {
        var good = new List<string>();
        var improve = new List<string>();
        foreach (var clause in NoteTopics.Split(Bullets().Replace(notes ?? "", "\n")))
        {
            var label = Label().Match(clause);
            var text = NoteTopics.Tidy(label.Success ? clause[label.Length..] : clause);
            if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2) continue;
            var side = label.Success ? (WeakLabel().IsMatch(label.Value) ? -1 : 1) : Weak().IsMatch(text) ? -1 : Strong().IsMatch(text) ? 1 : 0;
            if (side > 0) good.Add(text);
            if (side < 0) improve.Add(text);
        }
        return (Join(good), Join(improve));
    }

    private static string? Join(List<string> phrases) => phrases.Count == 0 ? null : string.Join("; ", phrases.Take(PerBox));

    /// <summary>A "+ …" bullet in the middle of a line starts its own phrase, keeping its sign as a label.</summary>
    [GeneratedRegex(@"(?<=\S)\s+(?=[+]\s)")]
    private static partial Regex Bullets();

    [GeneratedRegex(@"^(\+|-|(strengths?|strong|good|great|pros?|plus|liked|well done|weak(ness(es)?)?|to improve|improve|could be stronger|cons?|minus|concerns?|gaps?|missing|risks?)\s*:)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(-|weak|to improve|improve|could be|cons?\b|minus|concern|gap|missing|risk)", RegexOptions.IgnoreCase)]
    private static partial Regex WeakLabel();

    [GeneratedRegex(@"\b(weak|weakness|not enough|not very|not much|lack(s|ed|ing)?|little|less|shallow|unclear|vague|struggled|missing|limited|no experience|rusty|gap|gaps|too (long|short|vague|general)|to improve|improve|could be stronger|concern)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Weak();

    [GeneratedRegex(@"\b(strong|strength|good|great|clear|solid|impressive|excellent|well|confident|deep|thoughtful|structured|curious|sharp|plus|liked|owned|led)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Strong();
}
