namespace InterviewBot.Core.Coaching;

/// <summary>
/// Requests and indirect questions. "Could you walk me through…" and "Tell me about…" ask for a
/// story; "Could you relocate?" is still a yes/no question, because "relocate" is not a way of
/// telling. "Tell me when you could start" and "May I ask your salary?" ask for one fact, and
/// "I wonder if you'd relocate" for a yes or no: the clause after the opening decides.
/// </summary>
internal static class Requests
{
    private static readonly HashSet<string> Adverbs = ["please", "just", "maybe", "perhaps", "possibly", "quickly", "briefly", "also", "first", "now", "kindly", "then", "again", "actually", "still"];
    private static readonly HashSet<string> Audience = ["me", "us"];
    private static readonly HashSet<string> Amounts = ["a", "an", "some", "one", "two", "three", "few", "couple", "of", "more", "another", "concrete", "real", "specific", "brief", "quick", "short", "little", "real-life", "recent", "good"];
    private static readonly HashSet<string> Moments = ["time", "times", "situation", "example", "moment", "occasion", "case", "project", "challenge", "day", "story"];
    private static readonly HashSet<string> OpenSaying = ["more", "a", "something", "anything", "how", "what", "why", "about", "few"];
    private static readonly HashSet<string> OpenSharing = ["a", "an", "some", "how", "what", "why", "more", "about", "any", "one", "two", "three", "examples", "stories"];
    private static readonly HashSet<string> OpenAbout = ["about", "more", "a", "of", "something", "anything", "everything", "some", "little", "bit"];

    /// <summary>
    /// A request to tell, describe or explain, with or without a polite wrapper ("could you",
    /// "would you mind"); null when the clause is not such a request.
    /// </summary>
    public static Reading? ReadRequest(IReadOnlyList<Word> clause)
    {
        var n = WordList.MatchAny(clause, 0, QuestionWords.RequestWrappers);
        var rest = clause.From(n);
        while (rest.Count > 0 && Adverbs.Contains(rest[0].Key)) rest = rest.From(1);
        if (rest.Count == 0) return null;
        if (n > 0 && QuestionWords.NarratingGerunds.TryGetValue(rest[0].Key, out var verb))
            rest[0] = new Word(rest[0].Text, verb);
        return ReadTelling(rest);
    }

    /// <summary>What follows "tell me", "I'd love to know", "may I ask", "let me know"…</summary>
    public static Reading ReadIndirect(List<Word> rest, List<Word> clause)
    {
        if (rest.KeyAt(0) == "you") rest = rest.From(1);
        var skip = WordList.MatchAny(rest, 0, ["to hear", "to know", "to understand", "to learn", "in hearing", "in knowing"]);
        rest = rest.From(skip);
        if (rest.Count == 0) return Open(clause);
        var k = rest[0].Key;
        if (QuestionWords.IsQuestionWord(k)) return WhQuestions.Read(rest, rest).In(clause, []);
        if (k is "if" or "whether") return QuestionReader.ReadYesNo(rest).In(clause, []);
        if (k == "about" && AsksLeave(clause) && FactAbout(rest.From(1)) is { } cue)
            return new Reading(ClosedKind.SingleFact, Reasons.Fact(cue), clause, []);
        if (OpenAbout.Contains(k)) return Open(clause);
        var phrase = WhQuestions.NounPhrase(rest, rest.KeyAt(0) is "your" or "the" ? 1 : 0);
        if (!phrase.Any(w => QuestionWords.Judging.Contains(w.Key)) && phrase.Any(w => QuestionWords.FactNouns.Contains(w.Key)))
            return new Reading(ClosedKind.SingleFact, Reasons.Fact(string.Join(' ', phrase.Select(w => w.Key))), clause, []);
        return Open(clause);
    }

    /// <summary>"May I ask…", "Do you mind if I ask…": leave to ask, which names the topic rather than asking for a story.</summary>
    private static bool AsksLeave(IReadOnlyList<Word> clause) => clause.Take(6).Any(w => w.Key is "ask" or "asking");

    /// <summary>"your notice period", "your current salary": a fact noun that nothing makes a matter of judgement.</summary>
    private static string? FactAbout(List<Word> rest)
    {
        var phrase = WhQuestions.NounPhrase(rest, rest.KeyAt(0) is "your" or "the" ? 1 : 0);
        if (phrase.Any(w => QuestionWords.Judging.Contains(w.Key))) return null;
        return phrase.Where(w => QuestionWords.FactNouns.Contains(w.Key)).Select(w => w.Key).FirstOrDefault();
    }

    private static Reading? ReadTelling(List<Word> rest)
    {
        var verb = rest[0].Key;
        var at = 1;
        if (Audience.Contains(rest.KeyAt(at))) at++;
        var next = rest.KeyAt(at);
        switch (verb)
        {
            case "describe":
                return rest.KeyAt(1) == "yourself" && rest.KeyAt(2) == "as" ? null : Open(rest);
            case "explain" or "elaborate" or "expand" or "outline" or "summarise" or "summarize" or "detail" or "illustrate"
                or "unpack" or "discuss" or "sketch" or "paint" or "reflect" or "compare" or "imagine" or "picture":
                return Open(rest);
            case "clarify":
                return next is "if" or "whether" ? QuestionReader.ReadYesNo(rest) : Open(rest);
            case "walk" or "run" or "take":
                return next == "through" ? Open(rest) : null;
            case "talk":
                return next is "through" or "about" or "a" or "more" or "over" ? Open(rest) : null;
            case "go":
                return next is "through" or "over" or "into" ? Open(rest) : null;
            case "break":
                return next == "down" ? Open(rest) : null;
            case "tell":
                // "Tell me, are you open to relocation?" – the question after the comma decides.
                return rest.KeyAt(at) == Word.Break ? null : ReadIndirect(rest.From(at), rest);
            case "help":
                return rest.KeyAt(at) == "understand" ? ReadIndirect(rest.From(at + 1), rest) : null;
            case "say" or "speak":
                return OpenSaying.Contains(next) || (verb == "speak" && next == "to") ? Open(rest) : null;
            case "share":
                if (rest.KeyAt(at) == "with") at += 2;
                next = rest.KeyAt(at);
                return OpenSharing.Contains(next) || (next == "your" && QuestionWords.Judging.Contains(rest.KeyAt(at + 1))) ? Open(rest) : null;
            case "give":
                return ReadGiving(rest, at);
            case "think":
                return next is "of" or "about" && rest.Skip(at).Take(4).Any(w => Moments.Contains(w.Key)) ? Open(rest) : null;
            case "remember" or "recall":
                return rest.Skip(1).Take(3).Any(w => Moments.Contains(w.Key)) ? Open(rest) : null;
            default:
                return null;
        }
    }

    // "Give me an example…" asks for a story; "give me your notice period" for a fact.
    private static Reading? ReadGiving(List<Word> rest, int at)
    {
        while (Amounts.Contains(rest.KeyAt(at))) at++;
        if (QuestionWords.StoryNouns.Contains(rest.KeyAt(at))) return Open(rest);
        var reading = ReadIndirect(rest.From(at), rest);
        return reading.IsClosed ? reading : null;
    }

    private static Reading Open(List<Word> clause) => new(ClosedKind.Open, Reasons.Request, clause, []);
}
