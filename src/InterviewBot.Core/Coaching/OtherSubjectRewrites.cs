using static InterviewBot.Core.Coaching.RewritePhrases;

namespace InterviewBot.Core.Coaching;

/// <summary>
/// Open rewrites of yes/no questions about something other than "you": "Is remote work important
/// to you?", "Does the travel work for you?", "Has your team adopted TypeScript?", "Is there
/// anything that would stop you…?".
/// </summary>
internal static class OtherSubjectRewrites
{
    private static readonly HashSet<string> Acceptable = ["problem", "issue", "ok", "okay", "fine", "acceptable", "work", "suit", "option", "consider", "dealbreaker", "deal-breaker", "breaker", "concern", "negotiable", "enough"];
    private static readonly HashSet<string> SubjectEnds = ["know", "have", "use", "work", "need", "want", "allow", "let", "offer", "support", "pay", "require", "do", "mind", "suit", "cover", "be", "go", "get", "make", "give", "still", "really", "also", "always", "ever", "usually", "often", "get"];
    private static readonly HashSet<string> Somebody = ["anyone", "anybody", "someone", "somebody"];
    private static readonly HashSet<string> Judgements = ["good", "great", "bad", "positive", "negative", "nice", "fun", "hard", "easy", "tough", "difficult", "interesting", "enjoyable", "stressful"];

    public static string? Rewrite(string aux, List<Word> w, IReadOnlyList<Word> context)
    {
        var keys = w.Select(x => x.Key).ToList();
        var important = keys.IndexOf("important");
        if (important > 0) return $"How important is {Text(w.Take(important))} to you, and why?";
        if (keys[0] == "there") return ThereIs(w.From(1));
        if (Somebody.Contains(keys[0]))
        {
            if (keys.Any(k => k.StartsWith("interview", StringComparison.Ordinal) || k.StartsWith("offer", StringComparison.Ordinal) || k == "else")) return Search;
            var verb = w.From(1);
            if (verb.Count > 0 && YesNoRewrites.Perfect.Contains(aux)) return $"Who {EnglishVerbs.PastFromParticiple(verb[0].Key)}{YesNoRewrites.Tail(verb, 1)}, and how did you work together?";
            if (verb.Count > 0) return $"Who {PastPhrase(verb)}, and how did you work together?";
        }
        if (keys[0] == "it" && keys.IndexOf("to") is var to and > 1 && to + 1 < w.Count)
        {
            var how = keys[1..to].Any(k => k is "hard" or "difficult" or "tough" or "easy" or "challenging" or "stressful");
            return how ? $"What is it like to {Text(w.From(to + 1))}, and what do you find hard about it?" : Arrangement(GerundPhrase(w.From(to + 1)));
        }
        if (keys[0] == "it" && keys.IndexOf("if") is var when and > 1 && when + 1 < w.Count) return $"How would you feel if {Text(w.From(when + 1))}?";

        // "Is relocation something you'd consider?" asks "would you consider relocation?".
        var something = keys.IndexOf("something");
        if (something > 0 && w.KeyAt(something + 1) == "you" && something + 2 < w.Count)
        {
            var verb = w.From(something + 2);
            var modal = QuestionWords.IsAuxiliary(verb[0].Key) ? verb[0].Key : "do";
            if (QuestionWords.IsAuxiliary(verb[0].Key)) verb = verb.From(1);
            // The gap is at the end: "something you want to grow into" → "want to grow into leadership".
            if (verb.Count > 0) return YesNoRewrites.Verb(modal, [.. verb, .. w.Take(something)], past: false, context);
        }

        bool Accepts(int i) => Acceptable.Contains(keys[i]) && (keys[i] is not ("work" or "suit") || w.KeyAt(i + 1) is "for" or "you");
        var predicate = Enumerable.Range(1, Math.Max(0, keys.Count - 1)).FirstOrDefault(i => Accepts(i) || keys[i] is "still" or "be");
        while (predicate > 1 && keys[predicate - 1] is "a" or "an" or "the") predicate--;
        if (predicate > 0 && Enumerable.Range(predicate, keys.Count - predicate).Any(Accepts)) return Arrangement(Text(w.Take(predicate)));

        var subject = SubjectPhrase(w);
        var rest = w.From(subject.Count);
        while (rest.Count > 1 && rest[0].Key is "always" or "ever" or "really" or "still" or "also" or "usually") rest = rest.From(1);
        var pronoun = subject.Count == 1 && subject[0].Key is "it" or "that" or "this";
        if (YesNoRewrites.Perfect.Contains(aux) && rest.Count > 0 && rest[0].Key == "been")
            return $"How did {Text(subject)} come to be {Text(rest.From(1))}, and what was your part in it?";
        if (YesNoRewrites.Perfect.Contains(aux) && rest.Count > 0 && EnglishVerbs.IsParticiple(rest[0].Key))
            return $"Tell me about how {Text(subject)} {EnglishVerbs.PastFromParticiple(rest[0].Key)}{YesNoRewrites.Tail(rest, 1)} – what was your part in it?";
        if (YesNoRewrites.Be.Contains(aux) && YesNoRewrites.PastAux.Contains(aux))
        {
            if (pronoun && rest.Any(x => Judgements.Contains(x.Key))) return $"What was {Text(subject)} like, and what did you take away from it?";
            return StartsWithDeterminer(rest) ? $"How did {Text(subject)} come about, and what was your part in it?" : $"What was {Text(subject)} like, and how did it work for you?";
        }
        if (YesNoRewrites.Be.Contains(aux) && StartsWithDeterminer(rest))
            return pronoun ? $"Tell me more about {Text(rest)} – what's the story there?" : $"What makes {Text(subject)} {Text(rest)}?";
        if (YesNoRewrites.Be.Contains(aux)) return $"How would you describe {Text(subject)}?";
        if (aux is "do" or "does" or "did" or "don't" or "doesn't" or "didn't" && rest.Count > 0)
        {
            var tense = aux.StartsWith("did", StringComparison.Ordinal) ? "did" : "does";
            if (rest[0].Key == "have" && rest.Count > 1) return $"What can you tell me about {Text(rest.From(1))} in {Text(subject)}?";
            return tense == "did"
                ? $"How did {Text(subject)} {Text(rest)}, and what was your part in it?"
                : $"How does {Text(subject)} {Text(rest)}, and what is your part in it?";
        }
        return AboutYour(Text(subject));
    }

    /// <summary>"Is there anything that would stop you…?" → "What would stop you…?".</summary>
    private static string ThereIs(List<Word> rest)
    {
        if (rest.KeyAt(0) is "anything" or "anyone" or "something" or "someone")
        {
            var after = rest.From(rest.KeyAt(1) == "that" ? 2 : 1);
            if (after.KeyAt(0) is "you" or "we" && after.Count > 1 && QuestionWords.IsAuxiliary(after[1].Key))
                after = [after[1], after[0], .. after.From(2)];
            return after.Count == 0 ? AnythingElse : $"What {Text(after)}?";
        }
        return About(Text(Topic(rest)));
    }

    /// <summary>The subject of "is your English fluent", "has your team adopted…": a short noun phrase.</summary>
    private static List<Word> SubjectPhrase(List<Word> w)
    {
        var subject = new List<Word>();
        for (var i = 0; i < w.Count && subject.Count < 5; i++)
        {
            var k = w[i].Key;
            if (i > 0 && (StartsWithDeterminer(w.From(i)) || EnglishVerbs.IsParticiple(k) || QuestionWords.IsAuxiliary(k) || SubjectEnds.Contains(k))) break;
            if (i > 0 && i == w.Count - 1 && subject.Count > 1) break; // the last word is the predicate: "your English | fluent"
            if (i > 0 && subject.Count == 1 && subject[0].Key is "it" or "that" or "this" or "there") break;
            subject.Add(w[i]);
        }
        return subject;
    }
}
