namespace InterviewBot.Core.Coaching;

/// <summary>
/// The open questions the coach suggests, as templates, and the helpers that cut the topic out of
/// the recruiter's own words ("Kafka", "working under pressure", "the billing service").
/// </summary>
internal static class RewritePhrases
{
    private static readonly HashSet<string> LeadingAdverbs = ["ever", "still", "currently", "really", "actually", "already", "personally", "also", "usually", "normally", "generally", "even", "perhaps", "maybe", "possibly", "definitely", "any", "some", "not"];
    private static readonly HashSet<string> Determiners = ["a", "an", "the", "your", "my", "our", "their", "his", "her", "some", "any", "this", "that", "these", "those"];
    private static readonly HashSet<string> Pronouns = ["it", "that", "this", "them", "those", "one"];
    private static readonly string[] TrailingFillers =
    [
        "before today", "by any chance", "at all", "so far", "right now", "at the moment", "as well", "before", "yet",
        "already", "previously", "too", "ever", "though", "then", "again", "or not", "right", "correct", "yeah",
        "i guess", "i think", "i assume", "i suppose", "i believe", "you know", "every day", "daily", "regularly", "a lot", "day to day", "recently", "currently", "now", "occasionally",
    ];

    // ---- templates (each one is checked by the tests to read as open) ----

    public static string Experience(string topic, bool tool) => tool
        ? $"Tell me about your experience with {topic} – what did you build with it?"
        : $"Tell me about your experience with {topic} – what did you do, and what did you learn?";

    public static string TimeStory(string pastPhrase) => $"Tell me about a time you {pastPhrase}. What happened and what did you do?";

    public static string Arrangement(string topic) => $"How do you feel about {topic}, and what would make it work for you?";

    public static string Draw(string topic) => $"How do you feel about {topic}, and what draws you to it?";

    public static string Enjoy(string topic, bool past) => past
        ? $"What did you enjoy about {topic}, and what did you find hard?"
        : $"What do you enjoy about {topic}, and what do you find hard about it?";

    public static string Interest(string topic) => $"What interests you about {topic}, and what would you want from it?";

    public static string Identity(string predicate) => $"What makes you {predicate}? Tell me about a time it showed.";

    public static string Role(string role) => $"Tell me about being {role} – what did you own, and what did you decide?";

    public static string Handled(string topic) => $"Tell me about how you handled {topic} – what did you do, and what did you learn?";

    public static string Habit(string verbPhrase) => $"How do you {verbPhrase}, and what does that look like day to day?";

    public static string PastAction(string pastPhrase) => $"Tell me how you {pastPhrase} – what did you do, and what was the result?";

    public static string Plans(string topic) => $"What are your plans around {topic}, and what matters most to you there?";

    public static string AboutYour(string topic) => $"What can you tell me about {topic}?";

    public static string Language(string language) => $"Tell me about the situations where you use {language} at work, and how comfortable you feel in each.";

    public static string Location(string? place) => place is null
        ? "Tell me a bit about where you're based and how you'd like to work."
        : $"Tell me a bit about life in {place} and how you'd like to work from there.";

    public const string Search = "What does your job search look like right now, and what matters most to you in your next move?";
    public const string Situation = "Tell me about your current situation – what are you working on, and what is prompting a move?";
    public const string Questions = "What would you like to know about the role and the team?";
    public const string AnythingElse = "What else would you like me to know about you?";
    public const string Salary = "What salary are you aiming for, and what makes that the right figure for you?";
    public const string Timeline = "What does your timeline look like for a move, and what do we need to plan around?";
    public const string Scheduling = "What works best for you for the next conversation, and is there anything we should plan around?";
    public const string Studies = "Tell me about your studies – what from them do you still use in your work?";
    public const string CurrentJob = "Tell me about your current job – what do you work on, and what made you choose it?";
    public const string CurrentRole = "Tell me about your current role – what do you own, and what does a good week look like?";
    public const string Manager = "Tell me about working with your manager – what did you learn from them, and what do you want from your next one?";
    public const string Team = "Tell me about your team – how does it work, and where do you fit in?";
    public const string NoticePeriod = "What does your notice period look like, and what else should we plan around for a move?";

    public static string TeamAt(string place) => $"Tell me about your team at {place} – how did it work, and where did you fit in?";
    public const string NextRole = "What are you looking for in your next role, and why now?";
    public const string Referral = "How did you hear about this role, and what made you want to apply?";
    public const string Fallback = "Tell me more about that – what's the story there?";

    public static string TimeAt(string place) => $"Tell me about your time at {place} – what did you work on, and what did you learn?";

    public static string BuiltWith(string topic) => $"What have you built with {topic}, and what did you learn doing it?";

    public static string People(bool past) => past
        ? "Tell me about the people you managed – how did you help them grow?"
        : "Tell me about the people you manage – how do you help them grow?";

    public static string About(string topic) => $"Tell me about {topic} – what's the story there?";

    public static string Between(string first, string second, bool past) => past
        ? $"How did the choice between {first} and {second} play out there, and what was your part in it?"
        : $"Between {first} and {second}, which suits you better, and why?";

    public static string Kind(string noun) => noun == "work"
        ? "What kind of work do you enjoy most, and why?"
        : $"What {noun} suits you best, and why?";

    public static string ArrangedBy(string gerundPhrase) => $"How would you like us to handle {gerundPhrase}?";

    // ---- topic helpers ----

    /// <summary>The words as typed, without leading adverbs ("ever", "still") or trailing fillers ("before", "at all").</summary>
    public static List<Word> Topic(IEnumerable<Word> words)
    {
        var list = words.Where(w => !w.IsBreak).ToList();
        while (list.Count > 1 && LeadingAdverbs.Contains(list[0].Key)) list.RemoveAt(0);
        // "…the redesign, or was it someone else?" – the topic ends before the "or".
        var or = list.Count > 1 ? list.FindIndex(1, w => w.Key == "or") : -1;
        if (or > 0 && !Choices.Offers(list)) list.RemoveRange(or, list.Count - or);
        var trimmed = true;
        while (trimmed && list.Count > 1)
        {
            trimmed = false;
            foreach (var filler in TrailingFillers)
            {
                var parts = filler.Split(' ');
                if (list.Count > parts.Length && WordList.Match(list, list.Count - parts.Length, filler) > 0)
                {
                    list.RemoveRange(list.Count - parts.Length, parts.Length);
                    trimmed = true;
                    break;
                }
            }
        }
        return list;
    }

    /// <summary>"it" in "Kafka, have you used it?" stands for the lead-in, "Kafka".</summary>
    public static List<Word> Resolve(List<Word> topic, IReadOnlyList<Word> context) =>
        topic.Count == 1 && Pronouns.Contains(topic[0].Key) && context.Count is > 0 and <= 5 ? context.WithoutBreaks() : topic;

    /// <summary>Whether the topic reads like a tool or a technology ("Kafka", "C++", "docker") rather than a situation.</summary>
    /// <remarks>A single lower-case word counts after "use"/"know" ("do you know docker"), but not when
    /// <paramref name="strict"/>, e.g. after "comfortable with" ("ambiguity" is not a tool).</remarks>
    public static bool IsTool(IReadOnlyList<Word> topic, bool strict = false) =>
        topic.Count is > 0 and <= 3 && !Determiners.Contains(topic[0].Key)
        && ((topic.Count == 1 && !strict) || topic.Any(w => char.IsUpper(w.Text[0]) || char.IsDigit(w.Text[0]) || w.Text.Any(c => c is '+' or '#' or '.')));

    /// <summary>"a portfolio" → "your portfolio".</summary>
    public static string Yours(IReadOnlyList<Word> phrase)
    {
        var words = phrase.Where(w => !w.IsBreak).ToList();
        if (words.Count > 0 && words[0].Key is "a" or "an" or "any" or "some" or "the") words.RemoveAt(0);
        if (words.Count > 0 && words[0].Key is "your" or "my") words.RemoveAt(0);
        return words.Count == 0 ? "that" : "your " + words.Joined();
    }

    public static string Text(IEnumerable<Word> words) =>
        words.Where(w => !w.IsBreak).Select(w => Common.Contains(w.Key) ? Word.Of(w.Key) : w).Joined();

    private static readonly HashSet<string> Common = ["the", "that", "this", "these", "those", "it", "a", "an", "your", "my", "our", "there", "what", "which", "any", "some"];

    public static bool StartsWithDeterminer(IReadOnlyList<Word> words) => words.Count > 0 && Determiners.Contains(words[0].Key);

    /// <summary>"start next month" → "starting next month".</summary>
    public static string GerundPhrase(IReadOnlyList<Word> verbPhrase) =>
        verbPhrase.Count == 0 ? "that" : EnglishVerbs.Gerund(verbPhrase[0].Key) + (verbPhrase.Count > 1 ? " " + Text(verbPhrase.Skip(1)) : "");

    /// <summary>"lead a team" → "led a team".</summary>
    public static string PastPhrase(IReadOnlyList<Word> verbPhrase) =>
        verbPhrase.Count == 0 ? "did that" : EnglishVerbs.Past(verbPhrase[0].Key) + (verbPhrase.Count > 1 ? " " + Text(verbPhrase.Skip(1)) : "");
}
