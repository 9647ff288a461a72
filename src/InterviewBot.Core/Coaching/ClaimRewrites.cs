using static InterviewBot.Core.Coaching.RewritePhrases;

namespace InterviewBot.Core.Coaching;

/// <summary>
/// Rewrites of a claim put up for confirmation – "You led the Kafka migration at Zalando, right?",
/// "Is it correct that you managed five people?". Such a question is usually there to verify what
/// the resume says, so the rewrite asks about the thing itself and the candidate's part in it, and
/// never repeats the claim ("led", "managed") as if it were settled.
/// </summary>
internal static class ClaimRewrites
{
    private static readonly string[] Prefixes =
    [
        "is it true that", "is it correct that", "is it right that", "is it true", "is it correct", "am i right that",
        "am i right in thinking that", "am i right in thinking", "did i get it right that", "i understand that", "so",
    ];

    private static readonly HashSet<string> Alone = ["alone", "yourself", "solo", "single-handedly", "personally", "mostly", "entirely", "fully"];
    private static readonly HashSet<string> Charge = ["responsible", "involved", "accountable", "in"];
    /// <summary>Verbs of using or living through something: "You worked with Kafka, right?" asks about experience, which the other rewrites handle.</summary>
    private static readonly HashSet<string> Experienced =
        ["worked", "used", "tried", "done", "did", "had", "known", "knew", "learned", "learnt", "studied", "lived", "seen", "saw", "heard", "met", "visited", "enjoyed", "liked", "got", "gotten", "need", "been", "went", "gone"];

    private static readonly HashSet<string> People = ["people", "engineers", "developers", "reports", "team", "testers", "designers", "members", "persons"];

    public static string? Rewrite(Reading reading)
    {
        var w = reading.Clause.WithoutBreaks();
        var claim = reading.Reason is Reasons.Tag or Reasons.Confirm;
        var n = WordList.MatchAny(w, 0, Prefixes);
        if (n > 0 && w.KeyAt(n) == "you") (w, claim) = (w.From(n), true);
        if (!claim || w.KeyAt(0) != "you" || w.Count < 3) return null;

        var at = w[1].Key is "have" or "had" && EnglishVerbs.IsParticiple(w.KeyAt(2)) ? 2 : 1;
        var verb = w[at].Key;
        var rest = Trim(Topic(w.From(at + 1)));
        if (rest.Count == 0) return null;
        if (verb is "were" or "was" or "been") return Held(rest);
        // Only a claim about the past is one to verify; "You know Go, right?" is left to the other rewrites.
        if (!EnglishVerbs.IsParticiple(verb) || Experienced.Contains(verb) || rest[0].Key.EndsWith("ly", StringComparison.Ordinal)) return null;
        return Thing(rest);
    }

    /// <summary>"you were the tech lead at Klarna" → the work at Klarna; "you were responsible for X" → X.</summary>
    private static string Held(List<Word> rest)
    {
        if (Charge.Contains(rest[0].Key))
        {
            var from = rest.FindIndex(x => x.Key is "for" or "in" or "of" or "with");
            if (from >= 0 && from + 1 < rest.Count) return Thing(rest.From(from + 1));
        }
        var place = rest.FindIndex(x => x.Key is "at" or "with" or "in");
        if (place >= 0 && place + 1 < rest.Count && char.IsUpper(rest[place + 1].Text[0]))
            return $"Walk me through your work at {Text(rest.From(place + 1))} – what was your part in it, and who else was involved?";
        return "Walk me through your work there – what was your part in it, and who else was involved?";
    }

    /// <summary>"the Kafka migration at Zalando" → walk me through it; "five people" → the five people.</summary>
    private static string Thing(List<Word> thing)
    {
        var text = Text(thing);
        if (thing[0].Key is "a" or "an") text = "the " + Text(thing.From(1));
        else if (!StartsWithDeterminer(thing)) text = "the " + text;
        return thing.Any(x => People.Contains(x.Key))
            ? $"Tell me about {text} – how was the work organised, and what was your part in it?"
            : $"Walk me through {text} – what was your part in it, and who else was involved?";
    }

    /// <summary>Without "alone", "by yourself", "on your own" at the end: the rewrite must not assume those either.</summary>
    private static List<Word> Trim(List<Word> words)
    {
        var end = words.Count;
        while (end > 0)
        {
            if (Alone.Contains(words[end - 1].Key)) end--;
            else if (end > 1 && words[end - 2].Key == "by" && words[end - 1].Key == "yourself") end -= 2;
            else if (end > 2 && words[end - 3].Key == "on" && words[end - 2].Key == "your" && words[end - 1].Key == "own") end -= 3;
            else break;
        }
        return words.Take(end).ToList();
    }
}
