namespace InterviewBot.Core.Coaching;

/// <summary>
/// Finds named options ("frontend or backend", "React vs Vue"). Not every "or" offers a choice:
/// "…or not?", "…or anything like that?", "a year or two" and "any experience with AWS or GCP?"
/// still ask for a yes/no or a fact.
/// </summary>
internal static class Choices
{
    private static readonly HashSet<string> Ors = ["or", "vs", "versus"];
    private static readonly HashSet<string> Examples = ["any", "such", "including", "example", "e.g", "eg"];
    private static readonly HashSet<string> Stops =
    [
        "prefer", "rather", "like", "love", "enjoy", "want", "use", "used", "using", "build", "built", "see", "choose", "pick",
        "need", "is", "are", "was", "were", "be", "do", "did", "does", "you", "it", "we", "they", "i", "in", "on", "at", "for",
        "with", "from", "to", "there", "between", "either", "more", "mostly", "mainly", "as", "into", "that", "which", "who", "by",
    ];

    public static bool Offers(IReadOnlyList<Word> words) => FindOr(words) >= 0;

    /// <summary>The two options around the first "or" that offers a choice, e.g. ("frontend", "backend").</summary>
    public static (string First, string Second)? Options(IReadOnlyList<Word> words)
    {
        var at = FindOr(words);
        if (at < 0) return null;
        var second = new List<Word>();
        for (var i = at + 1; i < words.Count && second.Count < 4; i++)
        {
            if (words[i].IsBreak || (second.Count > 0 && Stops.Contains(words[i].Key) && words[i].Key is not ("a" or "an"))) break;
            second.Add(words[i]);
        }
        var first = new List<Word>();
        for (var i = at - 1; i >= 0 && first.Count < Math.Max(1, second.Count); i--)
        {
            if (words[i].IsBreak || Stops.Contains(words[i].Key) || QuestionWords.IsAuxiliary(words[i].Key)) break;
            first.Insert(0, words[i]);
        }
        if (first.Count > 0 && at - first.Count - 1 >= 0 && words[at - first.Count - 1].Key is "a" or "an" or "the") first.Insert(0, words[at - first.Count - 1]);
        // "…by salary or by the work itself?": the shared "by" belongs to neither option.
        if (second.Count > 1 && Stops.Contains(second[0].Key) && (at == 0 || !Stops.Contains(words[at - 1].Key))) second.RemoveAt(0);
        if (first.Count == 0 || second.Count == 0) return null;
        return (first.Joined(), second.Joined());
    }

    private static int FindOr(IReadOnlyList<Word> words)
    {
        var segmentStart = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].IsBreak) { segmentStart = i + 1; continue; }
            if (!Ors.Contains(words[i].Key) || i == 0 || i + 1 >= words.Count || words[i + 1].IsBreak) continue;
            var after = words.Skip(i + 1).TakeWhile(w => !w.IsBreak).Take(4).Select(w => w.Key).ToList();
            // "…five years or more?" is a quantity, "…more technical or more managerial?" a choice.
            if (after[0] is "more" or "less" && after.Count == 1) continue;
            if (after.Any(QuestionWords.NotAChoice.Contains) || after.Any(k => k.EndsWith("n't", StringComparison.Ordinal))) continue;
            if (words.Skip(segmentStart).Take(i - segmentStart).Any(w => Examples.Contains(w.Key))) continue;
            return i;
        }
        return -1;
    }
}
