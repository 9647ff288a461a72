namespace InterviewBot.Core.Coaching;

/// <summary>
/// Questions that open with a question word. "Why" and most "how" and "what" questions ask for an
/// explanation; "when", "where", "who", "how many/long/much…" and "what" + a fact noun ("what year",
/// "your notice period") ask for one fact; "which" offers a choice or asks for a name.
/// </summary>
internal static class WhQuestions
{
    private static readonly HashSet<string> Copulas = ["is", "are", "was", "were", "am"];
    private static readonly HashSet<string> Determiners = ["your", "the", "my", "our", "their", "his", "her", "this", "that", "these", "those", "a", "an"];
    private static readonly HashSet<string> Pronouns = ["you", "it", "they", "we", "he", "she", "i", "there"];
    private static readonly HashSet<string> Kinds = ["kind", "kinds", "type", "types", "sort", "sorts"];
    private static readonly HashSet<string> PayTail = ["", "now", "currently", "right", "at", "per", "a", "in", "annually", "monthly", "there", "today", "yearly", "these"];
    private static readonly HashSet<string> SizeSuperlatives = ["biggest", "largest", "smallest", "longest", "shortest", "highest", "lowest"];
    private static readonly HashSet<string> Soonest = ["earliest", "soonest", "latest", "minimum", "maximum", "lowest", "highest"];
    private static readonly HashSet<string> Modifiers = ["other", "current", "expected", "usual", "typical", "preferred", "exact", "base", "minimum", "maximum", "notice", "job", "start", "starting", "target", "desired", "total", "gross", "net", "annual", "monthly", "hourly", "day", "team", "company", "time", "contract", "visa", "salary", "home", "programming", "spoken", "native", "first", "last", "earliest", "latest", "final"];
    private static readonly HashSet<string> Feelings = ["know", "like", "enjoy", "care", "value", "love", "want"];

    public static Reading Read(List<Word> clause, List<Word> sentence) => clause.KeyAt(0) switch
    {
        "why" => Open(Reasons.Why, clause),
        "how" => ReadHow(clause),
        "when" => Fact("when", clause),
        "where" => WordList.MatchAny(clause, 0, QuestionWords.OpenWhere) > 0 ? Open(Reasons.What, clause) : Fact("where", clause),
        "who" or "whom" or "whose" => Fact(clause.KeyAt(0), clause),
        "which" => Choices.Offers(sentence) ? new Reading(ClosedKind.Choice, Reasons.Choice, clause, []) : Fact(Cue(clause, 2), clause),
        _ => ReadWhat(clause, sentence),
    };

    private static Reading ReadHow(List<Word> clause)
    {
        var next = clause.KeyAt(1);
        if (!QuestionWords.Quantities.Contains(next)) return Open(Reasons.How, clause);
        // "How much do you know about us?" asks for understanding, not an amount.
        if (next == "much" && clause.KeyAt(2) is "do" or "did" or "does" && clause.KeyAt(3) == "you" && Feelings.Contains(clause.KeyAt(4)))
            return Open(Reasons.How, clause);
        return Fact(Cue(clause, 2), clause);
    }

    private static Reading ReadWhat(List<Word> clause, List<Word> sentence)
    {
        if (OptionsApart(clause, sentence)) return new Reading(ClosedKind.Choice, Reasons.Choice, clause, []);
        var k = clause.KeyAt(1);
        if (k.Length == 0 || k is "about" or "if" or "else" || Kinds.Contains(k)) return Open(Reasons.What, clause);
        if (AsksForPay(clause)) return Fact("what you earn", clause);

        if (Copulas.Contains(k) || Determiners.Contains(k))
        {
            var j = Copulas.Contains(k) ? 2 : 1;
            if (Soonest.Contains(clause.KeyAt(j + 1)) && clause.KeyAt(j) == "the") return Fact(Cue(clause, j + 2), clause);
            if (Pronouns.Contains(clause.KeyAt(j)) || clause[^1].Key == "like") return Open(Reasons.What, clause);
            while (Determiners.Contains(clause.KeyAt(j))) j++;
            var phrase = NounPhrase(clause, j);
            // "your contract type" is a fact; "the type of work you enjoy" is not.
            if (phrase.Count > 0 && Kinds.Contains(phrase[^1].Key) && clause.KeyAt(j + phrase.Count) != "of") return Fact(Cue(clause, j + phrase.Count), clause);
            if (phrase.Any(w => SizeSuperlatives.Contains(w.Key)) && phrase.Any(IsFactNoun)) return Fact(Cue(clause, j + phrase.Count), clause);
            if (phrase.Any(w => QuestionWords.Judging.Contains(w.Key))) return Open(Reasons.What, clause);
            if (phrase.Any(w => QuestionWords.FactNouns.Contains(w.Key))) return Fact(Cue(clause, j + phrase.Count), clause);
            return Open(Reasons.What, clause);
        }
        if (QuestionWords.IsAuxiliary(k)) return Open(Reasons.What, clause);
        if (QuestionWords.FactNouns.Contains(k) || QuestionWords.LooseFactNouns.Contains(k)) return Fact(Cue(clause, 2), clause);
        // "what other languages", "what notice period": a modifier, then the fact noun.
        if (Modifiers.Contains(k) && QuestionWords.FactNouns.Contains(clause.KeyAt(2))) return Fact(Cue(clause, 3), clause);
        return Open(Reasons.What, clause);
    }

    /// <summary>"What do you earn?", "what are you making now?" – but not "what do you make of it?".</summary>
    private static bool AsksForPay(List<Word> clause)
    {
        for (var i = 2; i < Math.Min(clause.Count, 6); i++)
        {
            var key = clause[i].Key;
            if (!QuestionWords.MoneyVerbs.Contains(key) || (clause.KeyAt(i - 1) != "you" && clause.KeyAt(i - 2) != "you")) continue;
            if (key is "make" or "making" && !PayTail.Contains(clause.KeyAt(i + 1))) continue;
            return true;
        }
        return false;
    }

    /// <summary>"Agile or waterfall – what did your team use?", "What do you prefer, React or Vue?".</summary>
    private static bool OptionsApart(List<Word> clause, List<Word> sentence)
    {
        if (sentence.Count > clause.Count && Choices.Offers(sentence.Take(sentence.Count - clause.Count).ToList())) return true;
        var firstBreak = clause.NextBreak(0);
        return firstBreak > 0 && Choices.Offers(clause.From(firstBreak + 1));
    }

    /// <summary>The words of the noun phrase starting at <paramref name="start"/>: "notice period", "size".</summary>
    internal static List<Word> NounPhrase(IReadOnlyList<Word> words, int start)
    {
        var phrase = new List<Word>();
        for (var i = start; i < words.Count && phrase.Count < 5; i++)
        {
            var key = words[i].Key;
            if (words[i].IsBreak || QuestionWords.PhraseEnds.Contains(key) || QuestionWords.IsAuxiliary(key)) break;
            if (key.Length > 5 && key.EndsWith("ing", StringComparison.Ordinal) && phrase.Count > 0) break;
            phrase.Add(words[i]);
        }
        return phrase;
    }

    private static bool IsFactNoun(Word w) => QuestionWords.FactNouns.Contains(w.Key) || QuestionWords.LooseFactNouns.Contains(w.Key);

    private static string Cue(List<Word> clause, int count) =>
        string.Join(' ', clause.Take(count).Where(w => !w.IsBreak).Select(w => w.Key));

    private static Reading Open(string reason, List<Word> clause) => new(ClosedKind.Open, reason, clause, []);

    private static Reading Fact(string cue, List<Word> clause) => new(ClosedKind.SingleFact, Reasons.Fact(cue), clause, []);
}
