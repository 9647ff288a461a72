using static InterviewBot.Core.Coaching.RewritePhrases;

namespace InterviewBot.Core.Coaching;

/// <summary>
/// Builds the open rewrite of a closed question from its own words. A few common questions have a
/// fixed, better rewrite ("Any questions?"); the rest go by kind. If nothing fits, a generic
/// "Tell me about …" around the topic is better than nothing.
/// </summary>
internal static class QuestionRewriter
{
    private static readonly Dictionary<string, string> KindsOfOption = new(StringComparer.OrdinalIgnoreCase)
    {
        ["frontend"] = "work", ["backend"] = "work", ["front-end"] = "work", ["back-end"] = "work", ["full-stack"] = "work",
        ["fullstack"] = "work", ["mobile"] = "work", ["web"] = "work", ["data"] = "work", ["infrastructure"] = "work",
        ["devops"] = "work", ["hands-on"] = "kind of role", ["technical"] = "kind of role", ["managerial"] = "kind of role",
        ["manager"] = "kind of role", ["architect"] = "kind of role", ["management"] = "kind of role", ["lead"] = "kind of role",
        ["specialist"] = "kind of role", ["generalist"] = "kind of role", ["remote"] = "working set-up", ["hybrid"] = "working set-up",
        ["office"] = "working set-up", ["home"] = "working set-up", ["on-site"] = "working set-up", ["onsite"] = "working set-up",
        ["startup"] = "kind of company", ["corporate"] = "kind of company", ["enterprise"] = "kind of company",
        ["agency"] = "kind of company", ["scale-up"] = "kind of company", ["full-time"] = "working arrangement",
        ["part-time"] = "working arrangement", ["permanent"] = "working arrangement", ["freelance"] = "working arrangement",
        ["contract"] = "working arrangement", ["contractor"] = "working arrangement", ["employee"] = "working arrangement",
        ["alone"] = "way of working", ["independently"] = "way of working", ["solo"] = "way of working",
    };

    private static readonly HashSet<string> SchedulingWords = ["call", "meeting", "interview", "monday", "tuesday", "wednesday", "thursday", "friday", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "phone", "video", "zoom"];
    private static readonly HashSet<string> PastMarks = ["did", "was", "were", "had", "there"];

    public static string Rewrite(Reading reading)
    {
        var clause = Unwrap(reading.Clause);
        // A claim to verify comes first: the other templates would repeat the claim as settled.
        var suggestion = ClaimRewrites.Rewrite(reading) ?? Special(clause) ?? reading.Kind switch
        {
            ClosedKind.Choice => Choice(reading.Context.Count == 0 ? clause : [.. reading.Context, Word.Of(Word.Break), .. clause]),
            ClosedKind.SingleFact => FactRewrites.Rewrite(clause),
            _ => YesNoRewrites.Rewrite(clause, reading.Context),
        };
        var generic = Generic(reading with { Clause = clause });
        // The rewrite must itself pass the coach; a template that went wrong falls back to "Tell me about…".
        foreach (var candidate in new[] { suggestion is null ? null : Tidy(suggestion), generic, Fallback })
        {
            if (candidate is not null && !QuestionReader.Read(QuestionText.Sentences(candidate)).IsClosed) return candidate;
        }
        return Fallback;
    }

    /// <summary>"May I ask whether you're still at Globex?" is rewritten from "you're still at Globex".</summary>
    private static List<Word> Unwrap(IReadOnlyList<Word> clause)
    {
        var n = WordList.MatchAny(clause, 0, QuestionWords.Introducers);
        if (n == 0 && clause.KeyAt(0) == "tell" && clause.KeyAt(1) is "me" or "us") n = 2;
        if (n == 0 && clause.KeyAt(0) is "can" or "could" or "would" && clause.KeyAt(1) == "you" && clause.KeyAt(2) == "tell" && clause.KeyAt(3) is "me" or "us") n = 4;
        if (n == 0) return clause.ToList();
        var rest = clause.From(n);
        if (rest.KeyAt(0) == "you" && rest.KeyAt(1) != "are") rest = rest.From(1);
        if (rest.KeyAt(0) is "if" or "whether") rest = rest.From(1);
        return rest.Count == 0 ? clause.ToList() : rest;
    }

    /// <summary>A rewrite that every question can have: "Tell me about" the topic.</summary>
    public static string Generic(Reading reading)
    {
        var words = reading.Clause.WithoutBreaks();
        if (WhTopic(words) is { } wh) return Tidy(About(wh));
        var start = words.FindIndex(w => w.Key is "you" or "your");
        var topic = start >= 0 && start + 1 < words.Count && words[start].Key == "you" ? Topic(words.From(start + 1)) : Topic(words.From(Math.Max(start, 0)));
        topic = topic.SkipWhile(w => QuestionWords.IsAuxiliary(w.Key) || QuestionWords.IsQuestionWord(w.Key)).ToList();
        return topic.Count == 0 ? Fallback : Tidy(About(Text(topic)));
    }

    /// <summary>"Which version of Angular were you using?" → "the version of Angular you were using".</summary>
    private static string? WhTopic(List<Word> words)
    {
        if (words.Count < 3) return null;
        var you = words.FindIndex(w => w.Key == "you");
        if (words[0].Key is "where" or "when" or "who" && you == 2 && QuestionWords.IsAuxiliary(words[1].Key))
            return $"{words[0].Key} you {Verbal(words[1].Key, Topic(words.From(3)))}";
        if (!(words[0].Key is "which" or "what" or "how" or "where" or "when" or "who")) return null;
        var copula = words.FindIndex(w => w.Key is "is" or "are" or "was" or "were");
        if (copula is > 0 and <= 2 && copula + 1 < words.Count && RewritePhrases.StartsWithDeterminer(words.From(copula + 1)))
            return Text(words.From(copula + 1));
        if (!(words[0].Key is "which" or "what" or "how")) return null;
        var start = words[0].Key == "how" ? 2 : 1;
        if (you < 0 && words[0].Key == "how" && words.Count > 4 && words[^1].Key == "have" && words.FindIndex(start, w => QuestionWords.IsAuxiliary(w.Key)) is var aux0 and > 0)
            return $"{Text(words.Skip(aux0 + 1).Take(words.Count - aux0 - 2))} and its {Text(words.Skip(start).Take(aux0 - start))}";
        if (you <= start || !QuestionWords.IsAuxiliary(words[you - 1].Key)) return null;
        var noun = words.Skip(start).Take(you - 1 - start).ToList();
        if (noun.Count == 0 || noun.Any(w => QuestionWords.IsAuxiliary(w.Key))) return null;
        return $"the {Text(noun)} you {Verbal(words[you - 1].Key, Topic(words.From(you + 1)))}".TrimEnd();
    }

    /// <summary>"did" + "grow up" → "grew up"; "are" + "in" → "are in"; "do" + "speak" → "speak".</summary>
    private static string Verbal(string aux, List<Word> after) =>
        after.Count == 0 ? "" : aux == "did" ? PastPhrase(after) : (aux is "do" or "does" ? "" : aux + " ") + Text(after);

    private static string? Special(IReadOnlyList<Word> clause)
    {
        var keys = clause.Select(w => w.Key).ToList();
        if (keys.Contains("questions") && (keys.Contains("any") || keys.Contains("me"))) return Questions;
        if (keys.Contains("anything") && (keys.Contains("add") || keys.Contains("else") || keys.Contains("know"))) return AnythingElse;
        return null;
    }

    private static string? Choice(List<Word> clause)
    {
        var options = Choices.Options(clause);
        var keys = clause.Select(w => w.Key).ToHashSet();
        if (keys.Overlaps(SchedulingWords)) return Scheduling;
        if (options is not { } o) return null;
        var optionKeys = (o.First + " " + o.Second).Split(' ');
        // "the Berlin office or the Munich one" names places, not kinds of work.
        var named = optionKeys.Any(k => k.Length > 0 && char.IsUpper(k[0]) && !KindsOfOption.ContainsKey(k));
        var kind = named ? null : optionKeys.Select(k => KindsOfOption.GetValueOrDefault(k)).FirstOrDefault(k => k is not null);
        var past = clause.Count > 0 && PastMarks.Contains(clause[0].Key) || keys.Contains("there") || keys.Contains("did");
        if (kind is not null && !past) return Kind(kind);
        return Between(o.First, o.Second, past);
    }

    /// <summary>Capital first letter, single spaces, and a question mark or full stop at the end.</summary>
    private static string Tidy(string text)
    {
        var s = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (s.Length == 0) return Fallback;
        s = char.ToUpperInvariant(s[0]) + s[1..];
        return s[^1] is '?' or '.' ? s : s + "?";
    }
}
