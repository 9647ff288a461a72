namespace InterviewBot.Core.Coaching;

/// <summary>
/// Reads a question the way a listener would: find the clause that asks (skipping fillers and
/// lead-ins like "Kafka," or "In your last job,"), then look at how it opens – an auxiliary verb
/// ("Did you…"), a question word ("How many…", "Why…"), a request ("Could you walk me through…"),
/// or a statement with a question mark or a tag ("You know Go, right?").
/// </summary>
internal static class QuestionReader
{
    private static readonly HashSet<string> Prepositions = ["in", "on", "at", "for", "with", "from", "to", "by", "since", "during", "under", "of", "after", "before"];
    private static readonly HashSet<string> SubordinateSubjects = ["you", "we", "they", "i", "he", "she", "the", "your", "our", "my", "it", "people"];

    /// <summary>Picks the sentence that asks: the last one that opens like a question or ends with "?".</summary>
    public static Reading Read(IReadOnlyList<Sentence> sentences) => Read(sentences[AskingIndex(sentences)]);

    /// <summary>Where the sentence that asks is; -1 would never do, so the last one when none opens like a question.</summary>
    public static int AskingIndex(IReadOnlyList<Sentence> sentences)
    {
        for (var i = sentences.Count - 1; i >= 0; i--)
        {
            if (sentences[i].Asks || HasOpening(sentences[i].Words)) return i;
        }
        return sentences.Count - 1;
    }

    public static Reading Read(Sentence sentence)
    {
        var words = WordList.StripFillers(sentence.Words);
        var start = MainClauseStart(words);
        var context = words.Take(start).WithoutBreaks();
        var clause = WordList.StripFillers(words.From(start));
        return ReadClause(clause, context, words, sentence.Asks);
    }

    internal static bool HasOpening(IReadOnlyList<Word> words)
    {
        var stripped = WordList.StripFillers(words);
        return stripped.Count > 0 && (Opens(stripped, 0) || Opens(stripped, MainClauseStart(stripped)));
    }

    /// <summary>Where the asking clause starts: the first clause that opens like a question, else 0.</summary>
    internal static int MainClauseStart(IReadOnlyList<Word> words)
    {
        var i = 0;
        while (i < words.Count)
        {
            if (Opens(words, i) && !IsSubordinate(words, i)) return i;
            var next = words.NextBreak(i);
            if (next < 0) break;
            i = next + 1;
            i += FillerLength(words, i);
        }
        return 0;
    }

    private static int FillerLength(IReadOnlyList<Word> words, int at)
    {
        var rest = words.From(at);
        return rest.Count - WordList.StripFillers(rest).Count;
    }

    // "When you joined, what did you change?" – the question is after the comma. Only a later clause
    // that opens a question makes the first one subordinate (no recursion: long inputs stay linear).
    private static bool IsSubordinate(IReadOnlyList<Word> words, int i)
    {
        if (!(words.KeyAt(i) is "when" or "where" or "if" && SubordinateSubjects.Contains(words.KeyAt(i + 1)))) return false;
        for (var b = words.NextBreak(i); b > 0; b = words.NextBreak(b + 1))
        {
            var start = b + 1 + FillerLength(words, b + 1);
            if (Opens(words, start) && !(words.KeyAt(start) is "when" or "where" or "if")) return true;
        }
        return false;
    }

    /// <summary>Whether the words at <paramref name="i"/> open a question, a request or an indirect question.</summary>
    internal static bool Opens(IReadOnlyList<Word> words, int i)
    {
        var key = words.KeyAt(i);
        var next = words.KeyAt(i + 1);
        if (key.Length == 0) return false;
        if (QuestionWords.IsQuestionWord(key)) return true;
        if (Prepositions.Contains(key) && QuestionWords.IsQuestionWord(next)) return true;
        if (QuestionWords.IsAuxiliary(key)) return next.Length > 0 && next != Word.Break;
        if (key is "any" or "ever" or "got") return next.Length > 0 && next != Word.Break;
        var rest = words.From(i);
        return WordList.MatchAny(rest, 0, QuestionWords.Introducers) > 0 || Requests.ReadRequest(rest) is not null;
    }

    private static Reading ReadClause(List<Word> clause, List<Word> context, List<Word> sentence, bool asks)
    {
        if (clause.Count == 0) return new Reading(ClosedKind.Open, Reasons.Statement, clause, context);

        // "You use Git every day, don't you?" – the opener found is only the tag.
        if (context.Count > 0 && IsTag(clause))
            return new Reading(ClosedKind.YesNo, Reasons.Tag, context, []);

        var followUp = FollowUpOpens(clause);
        var reading = ReadOpening(clause, sentence) ?? ReadStatement(clause, asks);
        if (reading.IsClosed && followUp) return new Reading(ClosedKind.Open, Reasons.FollowUp, clause, context);
        return reading.In(reading.Clause.Count > 0 ? reading.Clause : clause, context);
    }

    private static Reading? ReadOpening(List<Word> clause, List<Word> sentence)
    {
        var key = clause[0].Key;
        if (Prepositions.Contains(key) && QuestionWords.IsQuestionWord(clause.KeyAt(1))) return WhQuestions.Read(clause.From(1), sentence);
        if (WordList.MatchAny(clause, 0, QuestionWords.Introducers) is var n and > 0) return Requests.ReadIndirect(clause.From(n), clause);

        var request = Requests.ReadRequest(clause);
        if (request is not null) return request;

        if (QuestionWords.IsQuestionWord(key)) return WhQuestions.Read(clause, sentence);
        if (QuestionWords.IsAuxiliary(key) && clause.Count > 1) return ReadYesNo(clause);
        if (key is "any" or "ever" or "got" && clause.Count > 1) return ReadYesNo(clause);
        return null;
    }

    /// <summary>An auxiliary opening: yes/no, unless it offers options ("…frontend or backend?").</summary>
    internal static Reading ReadYesNo(List<Word> clause) =>
        Choices.Offers(clause)
            ? new Reading(ClosedKind.Choice, Reasons.Choice, clause, [])
            : new Reading(ClosedKind.YesNo, Reasons.YesNo, clause, []);

    /// <summary>No question opening: a tag, an echo ("you start when?"), options, a fact, or a statement.</summary>
    private static Reading ReadStatement(List<Word> clause, bool asks)
    {
        var lastBreak = clause.FindLastIndex(w => w.IsBreak);
        if (lastBreak > 0 && IsTag(clause.From(lastBreak + 1)))
            return new Reading(ClosedKind.YesNo, Reasons.Tag, clause.Take(lastBreak).ToList(), []);

        var words = clause.WithoutBreaks();
        for (var i = Math.Max(1, words.Count - 3); i < words.Count; i++)
        {
            if (asks && QuestionWords.IsQuestionWord(words[i].Key) && words[i].Key != "why")
                return WhQuestions.Read(words.From(i), words) is { IsClosed: true } echo ? echo.In(words, []) : new Reading(ClosedKind.Open, Reasons.What, words, []);
        }
        if (Choices.Offers(clause) && words.Count <= 10) return new Reading(ClosedKind.Choice, Reasons.Choice, clause, []);
        if (words.Count <= 5 && !words.Any(w => QuestionWords.Subjects.Contains(w.Key)))
        {
            // "Experience with Go?" checks for experience like "Any experience with Go?" does.
            if (words[0].Key is "experience" or "exposure" or "knowledge" && asks) return new Reading(ClosedKind.YesNo, Reasons.Confirm, clause, []);
            if (words.Any(w => QuestionWords.Judging.Contains(w.Key))) return new Reading(ClosedKind.Open, Reasons.What, clause, []);
            var fact = words.FirstOrDefault(w => QuestionWords.FactNouns.Contains(w.Key));
            if (fact.Key is not null) return new Reading(ClosedKind.SingleFact, Reasons.Fact(fact.Key), clause, []);
        }
        if (asks) return new Reading(ClosedKind.YesNo, Reasons.Confirm, clause, []);
        if (words[0].Key == "you" && words.Count > 1 && !QuestionWords.Narrating.Contains(words[1].Key))
            return new Reading(ClosedKind.YesNo, Reasons.Confirm, clause, []);
        return new Reading(ClosedKind.Open, Reasons.Statement, clause, []);
    }

    /// <summary>"…, right?", "…, isn't it?", "…, is that correct?".</summary>
    internal static bool IsTag(IReadOnlyList<Word> words)
    {
        var w = words.WithoutBreaks();
        if (w.Count == 1) return QuestionWords.TagWords.Contains(w[0].Key);
        if (w.Count == 2)
        {
            return (QuestionWords.IsAuxiliary(w[0].Key) && QuestionWords.Subjects.Contains(w[1].Key))
                || (w[0].Key == "i" && w[1].Key is "guess" or "think" or "assume" or "suppose" or "believe" or "presume" or "take")
                || (w[0].Key == "you" && w[1].Key is "know" or "see");
        }
        if (w.Count == 3)
        {
            return (w[0].Key is "is" or "was" && w[1].Key is "that" or "it" && w[2].Key is "right" or "correct" or "true" or "so" or "fair")
                || (w[0].Key == "am" && w[1].Key == "i" && w[2].Key == "right");
        }
        return false;
    }

    /// <summary>A later clause that asks why or how, or asks for a story, opens the whole question.</summary>
    private static bool FollowUpOpens(List<Word> clause)
    {
        for (var i = 1; i < clause.Count; i++)
        {
            if (!(clause[i - 1].IsBreak || clause[i - 1].Key is "and" or "but")) continue;
            var rest = WordList.StripFillers(clause.From(i));
            var skip = WordList.MatchAny(rest, 0, ["if so", "if yes", "if not", "if you have", "if you did", "if you do", "if you are"]);
            rest = WordList.StripFillers(rest.From(skip));
            if (rest.Count == 0) continue;
            if (QuestionWords.IsQuestionWord(rest[0].Key))
            {
                if (!WhQuestions.Read(rest, rest).IsClosed) return true;
            }
            else if (Requests.ReadRequest(rest) is { IsClosed: false }) return true;
        }
        return false;
    }
}
