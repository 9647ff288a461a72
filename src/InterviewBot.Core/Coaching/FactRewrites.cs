using static InterviewBot.Core.Coaching.RewritePhrases;

namespace InterviewBot.Core.Coaching;

/// <summary>
/// Open rewrites of single-fact questions. The fact is usually still worth knowing (salary, notice
/// period), so the rewrite keeps asking for it and adds the part that tells you something: what
/// was built in those years, what the team was like, what makes that the right figure.
/// </summary>
internal static class FactRewrites
{
    private static readonly HashSet<string> Tenure = ["join", "joined", "leave", "left", "start", "started", "at", "employer", "company"];
    private static readonly HashSet<string> Calls = ["call", "interview", "round", "meeting", "follow-up", "chat", "conversation", "second", "next"];
    private static readonly HashSet<string> Money = ["salary", "earn", "earning", "paid", "pay", "compensation", "rate", "package", "making", "make", "money", "currency", "bonus", "equity", "wage"];
    private static readonly HashSet<string> Headcount = ["people", "engineers", "developers", "reports", "team", "members", "staff", "employees", "headcount", "size"];

    public static string? Rewrite(List<Word> clause)
    {
        var w = clause.WithoutBreaks();
        var keys = w.Select(x => x.Key).ToHashSet();
        bool Has(params string[] any) => any.Any(keys.Contains);
        bool Phrase(string p) => Enumerable.Range(0, w.Count).Any(i => WordList.Match(w, i, p) > 0);

        if (Phrase("how many years") || Phrase("how much experience") || Phrase("years of") || Phrase("years exp") || Phrase("how long have you been using") || Phrase("how long have you used") || Phrase("how long have you worked with") || Phrase("how long have you been working with"))
            return Skill(w) is { Count: > 0 } skill ? BuiltWith(Text(skill)) : "Tell me about your path so far – what have you built, and what did you learn along the way?";
        if (Phrase("how long have you been") && !Has("at", "with", "for") || Phrase("start working") || Phrase("started working") || Phrase("start your career"))
            return "Tell me about your path so far – what have you built, and what did you learn along the way?";
        if (Phrase("whose idea")) return $"How did {Text(Topic(w.From(w.FindIndex(x => x.Key == "idea") + 2)))} come about, and what was your part in it?";
        if (Has("commute", "far", "distance")) return "How would the commute work for you, and what would make it easier?";
        if (Has("percentage", "percent", "split") && Has("time") || Has("spend", "spent") && Has("time", "week", "day", "days", "hours"))
            return "How do you spend your time in a typical week, and what would you like more of?";
        if (Phrase("when you started") || Phrase("when you began") || Phrase("how did you start"))
        {
            var into = Text(Topic(w.SkipWhile(x => x.Key is not ("started" or "began" or "start")).Skip(1)));
            return $"Tell me how you got into {(into.Length > 0 ? into : "this work")} – what got you hooked?";
        }
        if (Has("interviews", "offers", "processes")) return Search;
        if (Money.Overlaps(keys) && !Has("users", "customers")) return Salary;
        if (Has("manage", "managed", "lead", "led", "reports") && Headcount.Overlaps(keys)) return AtPlace(People(past: Has("did", "managed", "led", "were", "was")), Place(w));
        if ((Phrase("how many") || Phrase("how big") || Has("size", "headcount")) && (Headcount.Overlaps(keys) && (Has("team", "people", "engineers", "developers", "members", "staff", "employees", "headcount", "ppl")) || Has("company")))
            return Has("company", "organisation", "organization", "business", "startup") ? CurrentJob : Place(w) is { } at ? TeamAt(at) : Team;
        if (Has("hours") && Has("work", "working", "available")) return "What does a sustainable working week look like for you, and why?";
        if (Has("graduate", "graduated", "degree", "university", "study", "studied", "school", "college", "gpa", "education", "diploma", "grade", "grades", "exam", "exams", "thesis")) return Studies;
        if (Has("manager", "boss") || Phrase("report to") || Phrase("reporting to")) return Manager;
        if (Has("recommended", "referred", "refer", "recommend") || Phrase("hear about")) return Referral;
        if (Place(w) is { } place) return TimeAt(place);
        if (Calls.Overlaps(keys) && Has("time", "day", "free", "available", "availability", "when", "suit", "suits", "works", "work")) return Scheduling;
        if (Phrase("last day") || Phrase("last working day")) return Timeline;
        if (Has("notice") && !Has("users")) return NoticePeriod;
        if (Has("notice", "start", "available", "availability", "free", "earliest", "soonest", "join", "quickly", "soon") && !Has("users")) return Timeline;
        if (Has("which", "what", "who") && Has("company", "employer", "industry")) return CurrentJob;
        if (w.Count > 1 && (w[0].Key == "when" || w[0].Key == "what" && w[1].Key is "year" or "month" or "date" or "day") && Verb(w, 1) is { } done)
            return $"Tell me about {done} – what led to it, and how did it go?";
        if (Has("phone", "email", "e-mail", "address", "birth", "birthday", "name", "postcode", "citizen", "nationality", "citizenship", "passport")) return NextRole;
        if (w.Count > 0 && w[0].Key == "where" && Has("based", "located", "live", "living") || Has("city", "country", "town", "timezone", "zone", "location"))
            return Location(null);
        if (Has("title", "position", "level", "seniority")) return CurrentRole;
        if (Has("contract")) return "What kind of contract would suit you best, and why?";
        if (Tenure.Overlaps(keys)) return CurrentJob;
        if (Has("languages", "language") && Has("speak")) return Language("the languages you speak");
        if (Phrase("how often") && Verb(w, 2) is { } often) return $"Tell me about how you {often} – what does it look like in practice?";
        if (Phrase("how long did")) return $"Tell me about {Text(Topic(w.From(3).TakeWhile(x => x.Key != "take")))} – how did it unfold, and what would you do differently?";
        return null;
    }

    /// <summary>The tool in "how many years of Go", "years of React experience", "how long have you used Kotlin".</summary>
    private static List<Word> Skill(List<Word> w)
    {
        // "…years of experience do you have with Go": the last "with" names the skill; "…years of Go do you have": the "of".
        foreach (var at in new[] { w.FindLastIndex(x => x.Key is "with" or "in" or "using" or "used"), w.FindIndex(x => x.Key == "of") })
        {
            if (at < 0) continue;
            var skill = Topic(w.From(at + 1).TakeWhile(x => !QuestionWords.IsAuxiliary(x.Key) && x.Key is not ("you" or "experience" or "exp")).ToList());
            if (skill.Count > 0) return skill;
        }
        return [];
    }

    /// <summary>"Tell me about the people you managed – …" with "at Spotify" after "managed", when the question named the place.</summary>
    private static string AtPlace(string rewrite, string? place)
    {
        if (place is null) return rewrite;
        var dash = rewrite.IndexOf(" \u2013", StringComparison.Ordinal);
        return dash < 0 ? rewrite : $"{rewrite[..dash]} at {place}{rewrite[dash..]}";
    }

    /// <summary>"at Initech", "join Globex" → "Initech"; only names (capitalised) count.</summary>
    private static string? Place(List<Word> w)
    {
        var at = w.FindIndex(x => x.Key is "at" or "join" or "joined" or "leave" or "left" or "for");
        if (at < 0 || at + 1 >= w.Count || !char.IsUpper(w[at + 1].Text[0])) return null;
        return Text(w.From(at + 1).TakeWhile(x => char.IsUpper(x.Text[0])));
    }

    /// <summary>The verb phrase after "did you"/"do you": "what year did you move to Canada" → "moving to Canada".</summary>
    private static string? Verb(List<Word> w, int from)
    {
        if (from >= w.Count) return null;
        var you = w.FindIndex(from, x => x.Key == "you");
        if (you < 1 || !(w[you - 1].Key is "did" or "do" or "does") || you + 1 >= w.Count) return null;
        var phrase = Topic(w.From(you + 1));
        if (phrase.Count == 0) return null;
        if (w[0].Key == "how") return Text(phrase);
        if (phrase.Count > 1 && phrase[0].Key is "first" or "last") phrase = phrase.From(1);
        return GerundPhrase(phrase);
    }
}
