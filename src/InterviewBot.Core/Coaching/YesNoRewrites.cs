using static InterviewBot.Core.Coaching.RewritePhrases;

namespace InterviewBot.Core.Coaching;

/// <summary>
/// Open rewrites of yes/no questions. The question is taken apart into its auxiliary ("can",
/// "did", "are"), its subject and the rest, and the rest decides the shape of the rewrite: a tool
/// becomes "your experience with…", a skill "a time you…", an arrangement ("start next month")
/// "how do you feel about…", a past action "tell me how you…".
/// </summary>
internal static class YesNoRewrites
{
    private static readonly string[] Hedges =
    [
        "would it be fair to say that", "would it be fair to say", "is it fair to say that", "is it fair to say", "is it true that",
        "is it right that", "am i right that", "am i right in thinking that", "i assume that", "i assume", "i guess", "i take it",
        "i understand that", "i understand", "i think", "i believe", "i suppose", "would you say that", "would you say",
        "do you think that", "do you think", "do you feel that", "do you believe", "do you reckon", "is there any chance that",
        "is there any chance", "is there a chance that", "is there a chance", "any chance that", "any chance", "so",
    ];

    internal static readonly HashSet<string> Be = ["is", "are", "was", "were", "am", "isn't", "aren't", "wasn't", "weren't"];
    internal static readonly HashSet<string> Perfect = ["have", "has", "had", "haven't", "hasn't", "hadn't"];
    internal static readonly HashSet<string> DoForms = ["do", "does", "did", "don't", "doesn't", "didn't", ""];
    internal static readonly HashSet<string> PastAux = ["did", "didn't", "was", "were", "wasn't", "weren't", "had", "hadn't"];
    private static readonly HashSet<string> ToolVerbs = ["use", "know", "work", "code", "program", "develop", "touch", "try", "play", "deal", "deploy", "run", "operate", "maintain", "write", "do", "administer", "configure", "program"];
    private static readonly HashSet<string> Arrangements = ["start", "relocate", "move", "commute", "join", "travel", "come", "attend", "visit", "sign", "begin", "switch", "stay", "extend", "accept", "consider", "take", "meet", "reduce", "negotiate", "go", "return", "drive", "make", "do", "share", "provide", "send", "give", "get", "be", "live", "leave", "cover"];
    private static readonly HashSet<string> ArrangementWords = ["office", "remote", "remotely", "home", "site", "on-site", "onsite", "hours", "weekend", "weekends", "days", "week", "month", "shifts", "nights", "evenings", "abroad", "part-time", "full-time", "hybrid", "on-call", "overtime", "travel", "asap", "weekly", "monthly", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday"];
    private static readonly HashSet<string> Skilled = ["familiar", "experienced", "proficient", "good", "skilled", "confident", "comfortable", "fluent", "strong", "competent", "great", "savvy"];
    private static readonly HashSet<string> Agreeable = ["ok", "okay", "fine", "happy", "open", "willing", "prepared", "ready", "able", "flexible", "alright", "cool", "comfortable", "up"];
    private static readonly HashSet<string> Searching = ["looking", "interviewing", "searching", "applying", "talking", "speaking", "considering", "exploring"];
    private static readonly HashSet<string> Places = ["based", "located", "living", "from", "in"];
    private static readonly HashSet<string> Preps = ["with", "in", "at", "to", "for", "about", "on", "using", "of"];

    public static string? Rewrite(List<Word> clause, IReadOnlyList<Word> context)
    {
        var w = Unhedge(clause.WithoutBreaks());
        if (w.Count == 0) return null;
        var first = w[0].Key;

        if (first == "you")
        {
            // "You did the AWS certification" – here "did" is the verb, not an auxiliary.
            var hasAux = w.Count > 2 && QuestionWords.IsAuxiliary(w[1].Key) && !(w[1].Key is "did" or "do" or "does" && RewritePhrases.StartsWithDeterminer(w.From(2)));
            return Subject(hasAux ? w[1].Key : "", w.From(hasAux ? 2 : 1), context);
        }
        if (first == "any" || first is "experience" or "exposure" or "knowledge") return Having(w.From(first == "any" ? 1 : 0), context);
        if (first == "got") return Having(w.From(w.KeyAt(1) == "any" ? 2 : 1), context);
        if (first == "ever") return Subject("have", w.From(1), context);
        if (!QuestionWords.IsAuxiliary(first) && EnglishVerbs.IsParticiple(first)) return Subject("have", w, context);
        if (!QuestionWords.IsAuxiliary(first))
        {
            // "The team was remote, correct?" reads like "Was the team remote?".
            var aux = w.FindIndex(x => QuestionWords.IsAuxiliary(x.Key));
            if (aux is < 1 or > 4) return null;
            w = [w[aux], .. w.Take(aux), .. w.From(aux + 1)];
            first = w[0].Key;
        }
        if (w.Count < 2) return null;
        if (w[1].Key == "you") return Subject(first, w.From(2), context);
        if (w[1].Key is "i" or "we") return ArrangedBy(GerundPhrase(Topic(w.From(2))));
        return OtherSubjectRewrites.Rewrite(first, w.From(1), context);
    }

    private static List<Word> Unhedge(List<Word> w)
    {
        var n = WordList.MatchAny(w, 0, Hedges);
        return n > 0 && w.Count > n && w[n].Key is "you" or "it" or "there" ? w.From(n) : w;
    }

    /// <summary>Questions about "you": the auxiliary and the rest of the clause after "you".</summary>
    private static string? Subject(string aux, List<Word> rest, IReadOnlyList<Word> context)
    {
        var ever = rest.Take(2).Any(x => x.Key == "ever");
        rest = Topic(rest);
        if (rest.Count > 0 && rest[0].Key == "happen" && rest.KeyAt(1) == "to") rest = rest.From(2);
        if (rest.Count > 1 && rest[0].Key is "be" && rest[1].Key == "able" && rest.KeyAt(2) == "to") (aux, rest) = ("can", rest.From(3));
        if (rest.Count > 1 && rest[0].Key is "able" && rest[1].Key == "to") (aux, rest) = ("can", rest.From(2));
        if (rest.Count == 0) return null;
        var past = PastAux.Contains(aux);

        if (Be.Contains(aux)) return Predicate(rest, past, context);
        if (rest[0].Key == "be" && !DoForms.Contains(aux)) return Predicate(rest.From(1), past: false, context);
        if (Perfect.Contains(aux) && rest[0].Key is "got") return Having(rest.From(1), context);
        if (Perfect.Contains(aux) && rest[0].Key == "had" && rest.KeyAt(1) == "to") return TimeStory(Text(rest));
        if (Perfect.Contains(aux) && rest[0].Key is "have" or "hold" or "own") return Having(rest.From(1), context);
        if (Perfect.Contains(aux) && EnglishVerbs.IsParticiple(rest[0].Key))
            return Done(rest, context);
        if (Perfect.Contains(aux) && aux is "have" or "has" && rest[0].Key is not ("had" or "got")) return Having(rest, context);
        return ever && !Be.Contains(aux) ? TimeStory(PastPhrase(rest)) : Verb(aux, rest, past, context);
    }

    /// <summary>After "are you"/"were you"/"would you be": familiar with…, ok with…, a team player…</summary>
    private static string? Predicate(List<Word> rest, bool past, IReadOnlyList<Word> context)
    {
        if (rest.Count == 0) return null;
        var k = rest[0].Key;
        var afterPrep = rest.Count > 1 && Preps.Contains(rest[1].Key) ? rest.From(2) : rest.From(1);
        if (Skilled.Contains(k) && k != "comfortable" && afterPrep.Count > 0) return Experience(Text(Resolve(afterPrep, context)), IsTool(afterPrep, strict: true));
        if (k is "comfortable" or "confident" && rest.Count > 1 && rest[1].Key.EndsWith("ing", StringComparison.Ordinal))
            return TimeStory(EnglishVerbs.Past(Stem(rest[1].Key)) + Tail(rest, 2));
        if (k == "comfortable" && afterPrep.Count > 0) return Experience(Text(Resolve(afterPrep, context)), IsTool(afterPrep, strict: true));
        if (k == "part" && rest.KeyAt(1) == "of") return past ? Role(Text(rest)) : $"Tell me about being {Text(rest)} – what does that involve?";
        if (k is "interested" or "keen" && afterPrep.Count > 0) return Interest(Text(afterPrep));
        if (k is "aware" && afterPrep.Count > 0) return $"What do you know about {Text(afterPrep)} so far, and what caught your interest?";
        if (k is "happy" or "satisfied" or "content" && rest.KeyAt(1) is not ("with" or "to")) return Enjoy(afterPrep.Count > 0 && Text(afterPrep) is not ("there" or "it there") ? Text(afterPrep) : "your time there", past);
        if (k is "on" or "under" or "in" && rest.Count > 1 && !Places.Contains(rest.KeyAt(1))) return AboutYour(Yours(rest.From(1)));
        if (k == "available") return afterPrep.Count > 0 ? $"How would {Text(afterPrep)} fit around your other commitments?" : Timeline;
        if (Agreeable.Contains(k) && afterPrep.Count > 0)
        {
            // "willing to relocate" → "relocating"; "ok with remote" → "remote".
            var topic = rest.KeyAt(1) == "to" && !RewritePhrases.StartsWithDeterminer(afterPrep) && afterPrep[0].Key is not ("relocation" or "travel")
                ? GerundPhrase(afterPrep) : Text(afterPrep);
            return Arrangement(topic);
        }
        if (Searching.Contains(k)) return Search;
        if (Places.Contains(k) && afterPrep.Count > 0 && k != "in") return Location(Text(rest.KeyAt(1) is "in" or "near" ? afterPrep : rest.From(1)));
        if (k is "employed" or "working" or "still" or "currently" || (k is "at" or "with" && rest.Count > 1 && char.IsUpper(rest[1].Text[0]))) return Situation;
        if (k is "responsible" or "involved" or "in" && afterPrep.Count > 0) return Handled(Text(k == "in" && rest.KeyAt(1) == "charge" ? rest.From(3) : afterPrep));
        if (k is "happy" or "satisfied" or "content") return Enjoy(afterPrep.Count > 0 ? Text(afterPrep) : "it there", past);
        if (k is "a" or "an" or "the") return past ? Role(Text(rest)) : k == "the" ? $"Tell me about being {Text(rest)} – what does that involve?" : Identity(Text(rest));
        return Identity(Text(rest));
    }

    /// <summary>"have you used Kafka", "have you led a team", "have you thought about management".</summary>
    private static string Done(List<Word> rest, IReadOnlyList<Word> context)
    {
        var verb = rest[0].Key;
        var objectStart = rest.Count > 1 && Preps.Contains(rest[1].Key) ? 2 : 1;
        var topic = Resolve(Topic(rest.From(objectStart)), context);
        if (verb is "thought" or "considered") return Draw(Text(topic));
        if (verb is "heard") return $"What do you know about {Text(topic)} so far, and what caught your interest?";
        if (verb is "had" or "gained" && topic.Count > 0 && topic[0].Key is "experience" or "exposure") return Having(topic, context);
        var stem = Stem(verb);
        if (stem == "do" && topic.Count > 0 && !IsTool(topic)) return Experience(Text(topic), tool: false);
        if (ToolVerbs.Contains(stem) && topic.Count > 0 && !(stem is "run" && !IsTool(topic)))
            return Experience(Text(topic), IsTool(topic) && !(stem == "work" && rest.KeyAt(1) is "on" or "in"));
        if (verb == "been" && rest.KeyAt(1) is "at" or "with" && rest.Count > 2 && char.IsUpper(rest[2].Text[0]))
            return TimeAt(Text(rest.From(2).TakeWhile(x => char.IsUpper(x.Text[0]))));
        if (verb == "been" && topic.Count > 0) return $"Tell me about your time {Text(rest.From(1))} – what did you do there?";
        return TimeStory(EnglishVerbs.PastFromParticiple(verb) + Tail(rest, 1));
    }

    /// <summary>"do you have…", "any experience with…", "got a portfolio?".</summary>
    private static string Having(List<Word> rest, IReadOnlyList<Word> context)
    {
        rest = Topic(rest);
        if (rest.Count == 0) return Fallback;
        var noun = rest.Take(3).ToList().FindIndex(x => x.Key is "experience" or "exposure" or "background" or "knowledge");
        if (noun >= 0)
        {
            var after = rest.From(noun + 1);
            var topic = Resolve(Topic(after.From(after.Count > 0 && Preps.Contains(after[0].Key) ? 1 : 0)), context);
            if (topic.Count == 0 && context.Count is > 0 and <= 5) topic = context.WithoutBreaks();
            return topic.Count == 0 ? Fallback : Experience(Text(topic), IsTool(topic));
        }
        if (rest.Any(w => w.Key == "questions")) return Questions;
        var preference = rest.FindIndex(w => w.Key is "preference" or "preferences");
        if (preference >= 0) return $"What are your preferences {Text(rest.From(preference + 1))}, and why?".Replace("preferences ,", "preferences,", StringComparison.Ordinal);
        if (rest.Any(w => w.Key is "portfolio" or "github" or "website" or "blog"))
            return $"What in {Yours(rest)} best shows your work, and why?";
        return AboutYour(Yours(rest));
    }

    /// <summary>A main verb after "do you", "did you", "can you", "would you", or after "you" in a statement.</summary>
    internal static string? Verb(string aux, List<Word> rest, bool past, IReadOnlyList<Word> context)
    {
        if (rest.Count == 0) return null;
        var verb = rest[0].Key;
        var objectStart = rest.Count > 1 && Preps.Contains(rest[1].Key) && rest[1].Key != "to" ? 2 : 1;
        var topic = Resolve(Topic(rest.From(objectStart)), context);
        var statedPast = aux.Length == 0 && EnglishVerbs.IsParticiple(verb) && verb != "need";
        var stem = statedPast ? Stem(verb) : verb;
        var isModal = !DoForms.Contains(aux);

        if (stem is "have" or "hold" or "own") return Having(rest.From(1), context);
        if (stem is "like" or "enjoy" or "love" && rest.KeyAt(1) != "to")
            return Enjoy(Text(topic) is "it there" or "it" ? "your time there" : Text(topic), past || statedPast);
        if (stem is "like" or "love" && rest.KeyAt(1) == "to")
            return rest.KeyAt(2) == "hear" && rest.Any(w => w.Key == "about") ? $"What would you like to know about {Text(rest.SkipWhile(w => w.Key != "about").Skip(1))}?" : Draw(GerundPhrase(rest.From(2)));
        if (stem == "miss") return $"What do you miss about {Text(topic)}, and why?";
        if (stem is "prefer" or "rather")
        {
            var liked = rest.From(rest.KeyAt(1) == "to" ? 2 : 1);
            var isVerb = stem == "rather" || rest.KeyAt(1) == "to";
            return $"What draws you to {(isVerb ? GerundPhrase(liked) : Text(liked))}, and why?";
        }
        if (stem is "feel" && rest.Count > 1) return Predicate(rest.From(1), past, context);
        if (stem is "mind" or "hate") return Arrangement(Text(rest.From(1)));
        if (stem is "consider" or "see" && rest.KeyAt(1) == "yourself")
            return rest.KeyAt(2) == "as" || !rest.KeyAt(2).EndsWith("ing", StringComparison.Ordinal) ? Identity(Text(rest.From(rest.KeyAt(2) == "as" ? 3 : 2))) : Draw(Text(rest.From(2)));
        if (stem is "call" or "describe" && rest.KeyAt(1) == "yourself") return Identity(Text(rest.From(rest.KeyAt(2) == "as" ? 3 : 2)));
        if (stem is "need" && rest.Any(x => x.Key == "us")) return "What would you need from us to do your best work here?";
        if (stem is "need" or "want" or "plan" or "intend" or "expect" or "hope")
            return Plans(rest.KeyAt(1) == "to" ? GerundPhrase(rest.From(2)) : Text(rest.From(1)));
        if (stem is "speak") return Language(Text(topic));
        if (stem is "get" or "receive" or "see" or "read" && rest.Skip(1).Take(2).Any(x => x.Key is "my" or "our"))
            return $"What did you think of {Text(rest.From(1)).Replace("my ", "our ", StringComparison.Ordinal)}, and what questions came up?";
        if (stem is "remember" or "recall") return $"What do you remember about {Text(rest.From(1))}?";
        if (stem is "know" && rest.KeyAt(1) == "how" && rest.KeyAt(2) == "to") return Verb(aux, rest.From(3), past, context);
        if (stem is "know" && rest.KeyAt(1) is "anyone" or "anybody" or "someone" or "somebody" or "people") return Referral;
        if (stem is "know" && rest.KeyAt(1) is "about" or "of") return $"What do you know about {Text(rest.From(2))}, and how did you come across it?";
        if (stem is "use" or "know" or "code" or "program" or "develop" or "touch" or "try" || (stem is "work" or "build" && rest.KeyAt(1) == "with"))
            return topic.Count == 0 ? null : Experience(Text(topic), IsTool(topic));
        if (stem is "consider" or "accept" or "entertain") return Arrangement(Text(rest.From(1)));
        if (isModal && (Arrangements.Contains(stem) || rest.Any(w => ArrangementWords.Contains(w.Key)))) return Arrangement(GerundPhrase(rest));
        if (isModal || rest[0].Key == "ever" || context.Any(w => w.Key == "ever")) return TimeStory(PastPhrase(rest));
        if (past || statedPast) return PastAction(EnglishVerbs.Past(stem) + Tail(rest, 1));
        return Habit(Text(rest));
    }

    internal static string Tail(List<Word> words, int from) => from < words.Count ? " " + Text(words.Skip(from)) : "";

    /// <summary>A rough base form: "worked" → "work", "used" → "use", "led" → "lead".</summary>
    internal static string Stem(string word)
    {
        word = EnglishVerbs.PastFromParticiple(word);
        foreach (var verb in ToolVerbs.Concat(Arrangements).Concat(["lead", "manage", "handle", "mentor", "present", "work", "live", "plan", "ship"]))
        {
            if (EnglishVerbs.Past(verb) == word || EnglishVerbs.Gerund(verb) == word || verb == word) return verb;
        }
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5) return word[..^3];
        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4) return word[..^2];
        return word;
    }
}
