namespace InterviewBot.Core.Coaching;

/// <summary>
/// How the coach read one question: the kind of answer it invites, why, and the words of the
/// clause that carries the question (fillers and lead-ins such as "Kafka," removed; those are kept
/// in <see cref="Context"/> because a rewrite may need them: "Kafka, have you used it?").
/// </summary>
internal sealed record Reading(ClosedKind Kind, string Reason, IReadOnlyList<Word> Clause, IReadOnlyList<Word> Context)
{
    public bool IsClosed => Kind != ClosedKind.Open;

    public Reading In(IReadOnlyList<Word> clause, IReadOnlyList<Word> context) => this with { Clause = clause, Context = context };
}

/// <summary>The sentences the coach says about a question, in the project's own words.</summary>
internal static class Reasons
{
    public const string Empty = "There is no question here yet – type one to check it.";
    public const string Why = "Asks why, so the answer has to be an explanation.";
    public const string How = "Asks how, so the answer has to describe what happened or what they would do.";
    public const string What = "Asks for thoughts, choices or experience – more than one fact.";
    public const string Request = "Asks them to tell, describe or explain, which invites a story.";
    public const string FollowUp = "The follow-up (\u201Cwhy?\u201D, \u201Chow?\u201D, \u201Ctell me about it\u201D) opens it up.";
    public const string Statement = "Not phrased as a closed question.";
    public const string YesNo = "Can be answered with a plain yes or no.";
    public const string Tag = "A statement with a tag (\u201C\u2026, right?\u201D) only asks them to say yes or no.";
    public const string Confirm = "A statement with a question mark only asks them to confirm it.";
    public const string Choice = "Offers named options, so the answer is just one of them.";

    public static string Fact(string cue) => $"Asks for a single fact (\u201C{cue}\u201D), so the answer is a word, a number or a date.";
}

/// <summary>Small helpers over lists of words.</summary>
internal static class WordList
{
    /// <summary>How many words of <paramref name="phrase"/> match at <paramref name="at"/>; 0 when it does not match.</summary>
    public static int Match(IReadOnlyList<Word> words, int at, string phrase)
    {
        var parts = phrase.Split(' ');
        if (at + parts.Length > words.Count) return 0;
        for (var i = 0; i < parts.Length; i++)
        {
            if (words[at + i].Key != parts[i]) return 0;
        }
        return parts.Length;
    }

    /// <summary>The length of the first phrase that matches at <paramref name="at"/>, or 0.</summary>
    public static int MatchAny(IReadOnlyList<Word> words, int at, IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var n = Match(words, at, phrase);
            if (n > 0) return n;
        }
        return 0;
    }

    public static List<Word> From(this IReadOnlyList<Word> words, int start) =>
        start >= words.Count ? [] : words.Skip(start).ToList();

    public static string KeyAt(this IReadOnlyList<Word> words, int i) => i >= 0 && i < words.Count ? words[i].Key : "";

    public static int NextBreak(this IReadOnlyList<Word> words, int from)
    {
        for (var i = from; i < words.Count; i++)
        {
            if (words[i].IsBreak) return i;
        }
        return -1;
    }

    public static List<Word> WithoutBreaks(this IEnumerable<Word> words) => words.Where(w => !w.IsBreak).ToList();

    /// <summary>The words without leading fillers ("So,", "Quick one:", "OK and").</summary>
    public static List<Word> StripFillers(IReadOnlyList<Word> words)
    {
        var i = 0;
        while (i < words.Count)
        {
            if (words[i].IsBreak) { i++; continue; }
            var n = MatchAny(words, i, QuestionWords.Fillers);
            // A filler word that is really the start of the question ("Right now, …", "Now what…") stays
            // only if nothing would be left; "please" is a filler but "please describe…" keeps its verb.
            if (n == 0 || i + n >= words.Count) break;
            i += n;
        }
        return words.From(i);
    }

    public static string Joined(this IEnumerable<Word> words) =>
        string.Join(' ', words.Select(w => w.Text)).Replace(" ,", ",", StringComparison.Ordinal);
}
