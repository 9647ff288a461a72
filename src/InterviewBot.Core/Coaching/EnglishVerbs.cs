namespace InterviewBot.Core.Coaching;

/// <summary>Past tense and -ing forms, enough to turn "can you lead…" into "a time you led…".</summary>
internal static class EnglishVerbs
{
    private static readonly Dictionary<string, string> IrregularPast = new(StringComparer.Ordinal)
    {
        ["be"] = "were", ["am"] = "were", ["is"] = "were", ["are"] = "were", ["have"] = "had", ["has"] = "had", ["do"] = "did",
        ["does"] = "did", ["go"] = "went", ["lead"] = "led", ["build"] = "built", ["make"] = "made", ["take"] = "took",
        ["give"] = "gave", ["run"] = "ran", ["teach"] = "taught", ["speak"] = "spoke", ["think"] = "thought", ["get"] = "got",
        ["meet"] = "met", ["bring"] = "brought", ["find"] = "found", ["keep"] = "kept", ["set"] = "set", ["put"] = "put",
        ["cut"] = "cut", ["drive"] = "drove", ["choose"] = "chose", ["say"] = "said", ["tell"] = "told", ["sell"] = "sold",
        ["hold"] = "held", ["begin"] = "began", ["grow"] = "grew", ["know"] = "knew", ["fly"] = "flew", ["see"] = "saw",
        ["come"] = "came", ["become"] = "became", ["buy"] = "bought", ["pay"] = "paid", ["spend"] = "spent", ["send"] = "sent",
        ["win"] = "won", ["lose"] = "lost", ["understand"] = "understood", ["stand"] = "stood", ["read"] = "read",
        ["feel"] = "felt", ["leave"] = "left", ["sit"] = "sat", ["break"] = "broke", ["rewrite"] = "rewrote", ["write"] = "wrote",
        ["deal"] = "dealt", ["learn"] = "learned", ["shut"] = "shut", ["let"] = "let", ["hire"] = "hired", ["fight"] = "fought",
        ["catch"] = "caught", ["draw"] = "drew", ["show"] = "showed", ["forget"] = "forgot", ["overcome"] = "overcame",
        ["undertake"] = "undertook", ["oversee"] = "oversaw", ["mean"] = "meant", ["hear"] = "heard", ["split"] = "split", ["fit"] = "fitted", ["quit"] = "quit",
    };

    private static readonly Dictionary<string, string> IrregularParticiple = new(StringComparer.Ordinal)
    {
        ["been"] = "were", ["done"] = "did", ["gone"] = "went", ["taken"] = "took", ["given"] = "gave", ["written"] = "wrote",
        ["spoken"] = "spoke", ["chosen"] = "chose", ["driven"] = "drove", ["begun"] = "began", ["grown"] = "grew",
        ["known"] = "knew", ["flown"] = "flew", ["broken"] = "broke", ["seen"] = "saw", ["forgotten"] = "forgot",
        ["gotten"] = "got", ["shown"] = "showed", ["drawn"] = "drew", ["rewritten"] = "rewrote", ["overseen"] = "oversaw",
        ["undertaken"] = "undertook", ["overcome"] = "overcame", ["become"] = "became", ["come"] = "came", ["run"] = "ran",
    };

    private static readonly HashSet<string> DoubleFinal = ["plan", "stop", "ship", "chat", "map", "log", "tag", "run", "get", "put", "sit", "begin", "set", "cut", "win", "swap", "drop", "step", "commit", "debug", "refer", "prefer", "admit", "skip", "scrap", "hug", "jog", "shop", "slip", "grab", "scan"];

    /// <summary>"lead" → "led", "work" → "worked", "try" → "tried".</summary>
    public static string Past(string verb)
    {
        if (IrregularPast.TryGetValue(verb, out var past)) return past;
        if (verb.EndsWith("ed", StringComparison.Ordinal)) return verb;
        if (verb.EndsWith('e')) return verb + "d";
        if (EndsConsonantY(verb)) return verb[..^1] + "ied";
        if (DoubleFinal.Contains(verb)) return verb + verb[^1] + "ed";
        return verb + "ed";
    }

    /// <summary>A past participle as a simple past: "done" → "did", "worked" → "worked".</summary>
    public static string PastFromParticiple(string participle) =>
        IrregularParticiple.TryGetValue(participle, out var past) ? past : participle;

    /// <summary>"relocate" → "relocating", "start" → "starting", "plan" → "planning".</summary>
    public static string Gerund(string verb)
    {
        if (verb.EndsWith("ing", StringComparison.Ordinal) && verb.Length > 5) return verb;
        if (verb is "be") return "being";
        if (verb.EndsWith("ie", StringComparison.Ordinal)) return verb[..^2] + "ying";
        if (verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal) && !verb.EndsWith("ye", StringComparison.Ordinal) && verb.Length > 2)
            return verb[..^1] + "ing";
        if (DoubleFinal.Contains(verb)) return verb + verb[^1] + "ing";
        return verb + "ing";
    }

    /// <summary>Whether the word reads as a past participle ("used", "built", "done").</summary>
    public static bool IsParticiple(string word) =>
        IrregularParticiple.ContainsKey(word) || IrregularPast.ContainsValue(word) || (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 3);

    private static bool EndsConsonantY(string verb) =>
        verb.Length > 2 && verb[^1] == 'y' && "aeiou".IndexOf(verb[^2], StringComparison.Ordinal) < 0;
}
