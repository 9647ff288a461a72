namespace InterviewBot.Core.Coaching;

/// <summary>
/// The small vocabulary the question coach reasons with. Lists are of lower-case keys, after
/// <see cref="QuestionText"/> has expanded contractions ("what's" → "what is").
/// </summary>
internal static class QuestionWords
{
    private static HashSet<string> Set(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>Verbs that open a yes/no question when they come first ("Do you…", "Isn't it…").</summary>
    public static readonly HashSet<string> Auxiliaries = Set(
        "do does did is are was were am have has had can could will would should shall may might must " +
        "don't doesn't didn't isn't aren't wasn't weren't haven't hasn't hadn't can't couldn't won't " +
        "wouldn't shouldn't mightn't mustn't ain't");

    public static readonly HashSet<string> QuestionWordsSet = Set("what which who whom whose when where why how");

    /// <summary>After "how", a word that asks for a quantity: one number or one date is the answer.</summary>
    public static readonly HashSet<string> Quantities = Set(
        "many much long old often soon far big large tall late early frequently quickly fast small recently frequent");

    /// <summary>Nouns whose value is one fact: "what year", "your notice period", "the size of…".</summary>
    public static readonly HashSet<string> FactNouns = Set(
        "year years month months date dates day days time timezone zone hour hours city cities country countries town " +
        "location address email e-mail phone number salary salaries compensation pay rate wage wages budget period notice " +
        "title degree gpa grade grades score age name nationality citizenship visa currency size headcount version " +
        "language languages availability percentage percent price cost level postcode amount figure deadline range " +
        "birthday employer university school college major package bonus equity");

    /// <summary>Nouns that only count as a fact right after "what"/"which" ("what team are you in?").</summary>
    public static readonly HashSet<string> LooseFactNouns = Set("team teams company office offices department tool stack framework database cloud provider");

    /// <summary>"Tell me", "describe", "walk me through"…: requests that ask for a story.</summary>
    public static readonly HashSet<string> Narrating = Set(
        "describe explain elaborate expand outline summarise summarize detail illustrate unpack discuss clarify sketch " +
        "paint reflect compare walk talk tell share give go run take say speak help think remember recall imagine picture break");

    /// <summary>The -ing forms of <see cref="Narrating"/> used after "would you mind…".</summary>
    public static readonly Dictionary<string, string> NarratingGerunds = new(StringComparer.Ordinal)
    {
        ["describing"] = "describe", ["explaining"] = "explain", ["elaborating"] = "elaborate", ["expanding"] = "expand",
        ["outlining"] = "outline", ["summarising"] = "summarise", ["summarizing"] = "summarize", ["walking"] = "walk",
        ["talking"] = "talk", ["telling"] = "tell", ["sharing"] = "share", ["giving"] = "give", ["going"] = "go",
        ["running"] = "run", ["taking"] = "take", ["saying"] = "say", ["discussing"] = "discuss", ["clarifying"] = "clarify",
    };

    /// <summary>What may follow "give me…" and still ask for a story.</summary>
    public static readonly HashSet<string> StoryNouns = Set(
        "example examples overview sense idea picture rundown summary flavour flavor taste sample instance story stories " +
        "insight insights walkthrough description explanation account breakdown tour glimpse");

    /// <summary>Openings that mark an indirect question: what follows is judged on its own.</summary>
    public static readonly string[] Introducers =
    [
        "i would love to know", "i would like to know", "i would love to hear", "i would like to hear", "i want to know",
        "i want to hear", "i would like to understand", "i want to understand", "i would be interested to hear",
        "i would be interested to know", "i am curious", "i am interested in hearing", "i am keen to hear", "i wonder",
        "i was wondering", "do you mind if i ask", "would you mind if i ask", "do you mind if i asked", "would you mind if i asked", "do you mind me asking", "would you mind me asking",
        "is it ok if i ask", "is it okay if i ask", "may i ask", "can i ask", "could i ask", "might i ask", "i would like to ask", "let me know",
        "let us know", "help me understand", "help us understand",
    ];

    /// <summary>Openings that wrap a request ("could you…", "would you mind…") around the verb that matters.</summary>
    public static readonly string[] RequestWrappers =
    [
        // How non-native speakers often ask: "Do you can describe…", "Is possible to tell about…", "You can tell me…".
        "is it possible you", "is possible for you to", "is possible to", "is possible you", "it is possible to", "is possible",
        "do you can to", "do you can", "do you could", "can you to", "could you to", "you can", "you could",
        "would you be so kind as to", "would it be possible for you to", "would it be possible to", "is it possible for you to",
        "is it possible to", "would you be able to", "will you be able to", "are you able to", "were you able to",
        "would you mind", "do you mind", "would you like to", "i would like you to", "i want you to", "i would love you to",
        "i would love for you to", "can you", "could you", "would you", "will you", "can we", "could we", "shall we",
        "let us", "please",
    ];

    /// <summary>Words said before the question starts: "So,", "Quick one:", "OK, and…".</summary>
    public static readonly string[] Fillers =
    [
        "quick one", "quick question", "one more thing", "one more question", "one more", "last one", "last question",
        "next question", "first of all", "to start with", "to begin with", "to start", "to begin", "by the way",
        "out of curiosity", "just curious", "just to confirm", "just to check", "just checking", "to confirm",
        "all right", "and so", "thank you", "so", "ok", "okay", "alright", "right", "well", "now", "and", "also", "but",
        "then", "great", "cool", "nice", "perfect", "good", "thanks", "next", "lastly", "finally", "first", "firstly",
        "secondly", "besides", "btw", "hey", "hi", "hello", "um", "uh", "erm", "hmm", "oh", "actually", "basically",
        "honestly", "question", "anyway", "anyways", "please", "just", "roughly", "approximately", "exactly", "more or less",
    ];

    /// <summary>The last words of a tag question: "…, right?", "…, isn't it?", "…, is that correct?".</summary>
    public static readonly HashSet<string> TagWords = Set("right correct yeah yes no true ok okay huh eh innit yep");

    public static readonly HashSet<string> Subjects = Set("you we they i he she it there that this");

    /// <summary>After "or", words that turn an apparent choice back into yes/no: "…or not?", "…or anything?".</summary>
    public static readonly HashSet<string> NotAChoice = Set(
        "not no none nothing what whatever so something anything anyone anybody someone somebody similar other others " +
        "equivalent two above higher lower better elsewhere otherwise");

    /// <summary>Openings of "where" questions that ask about the future, not a place.</summary>
    public static readonly string[] OpenWhere =
    [
        "where do you see", "where would you see", "where do you want to", "where would you like to", "where do you hope",
        "where do you think", "where could you", "where would you want", "where did you learn the most", "where do you feel",
    ];

    /// <summary>Verbs that ask for one figure when they follow "what": "what do you earn?".</summary>
    public static readonly HashSet<string> MoneyVerbs = Set("earn earning make making paid charge charging");

    /// <summary>Words that make the noun after "what is…" a matter of judgement rather than a fact.</summary>
    public static readonly HashSet<string> Judging = Set(
        "most best worst biggest hardest greatest toughest proudest favourite favorite main ideal strongest weakest " +
        "reason reasons experience approach strength strengths weakness weaknesses opinion view views take " +
        "philosophy motivation story background goal goals plan plans process role responsibilities impression idea " +
        "understanding thoughts feeling feelings difference problem problems challenge challenges lesson lessons " +
        "something anything everything thing things");

    /// <summary>Words that end a noun phrase after "what is…".</summary>
    public static readonly HashSet<string> PhraseEnds = Set(
        "of with in at for about on from to during when while that which who you we they i he she it like and or " +
        "as by if than after before");

    public static bool IsAuxiliary(string key) => Auxiliaries.Contains(key);

    public static bool IsQuestionWord(string key) => QuestionWordsSet.Contains(key);
}
