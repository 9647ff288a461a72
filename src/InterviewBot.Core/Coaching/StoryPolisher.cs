using System.Text.RegularExpressions;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.Coaching;

/// <summary>A story ready to tell, and what would make it stronger.</summary>
public sealed record PolishedStory(string Title, string Text, IReadOnlyList<string> Advice);

/// <summary>
/// Turns the three STAR answers into a short story told in the first person, and points out what
/// interviewers miss most often: a number in the result, and "I" rather than "we".
/// </summary>
public static partial class StoryPolisher
{
    private const int TitleLength = 60;

    public static PolishedStory Polish(string situation, string action, string result)
    {
        var s = Sentence(situation);
        var a = Sentence(FirstPerson(action));
        var r = Sentence(result);
        var text = $"{s} {a} The result: {Lower(r)}";

        var advice = new List<string>();
        if (!Digit().IsMatch(result))
            advice.Add("Add a number to the result if you can – time saved, a percentage, users, money. Numbers are what people remember.");
        if (WeOpening().IsMatch(action.Trim()))
            advice.Add($"Say what {Italic("you")} did: interviewers listen for \"I\", not \"we\".");
        if (Words(situation) < 5) advice.Add("Give a little more context: what was at stake, and for whom?");
        if (Words(action) < 6) advice.Add("Say more about what you did – the steps and choices are the heart of the story.");

        return new PolishedStory(Title(result), text, advice);
    }

    /// <summary>The result, shortened: it is what the story is remembered by.</summary>
    public static string Title(string result)
    {
        var line = Sentence(result).TrimEnd('.');
        return line.Length <= TitleLength ? line : line[..(TitleLength - 1)].TrimEnd() + "…";
    }

    /// <summary>"Rewrote the client" becomes "I rewrote the client"; text that already has a subject is kept.</summary>
    private static string FirstPerson(string action)
    {
        var trimmed = action.Trim();
        if (trimmed.Length == 0 || SubjectOpening().IsMatch(trimmed)) return trimmed;
        return "I " + Lower(trimmed);
    }

    private static string Sentence(string text)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (t.Length == 0) return t;
        t = char.ToUpperInvariant(t[0]) + t[1..];
        return t[^1] is '.' or '!' or '?' ? t : t + ".";
    }

    /// <summary>Lower-cases the first letter unless the first word looks like a name or acronym ("AWS", "I").</summary>
    private static string Lower(string text)
    {
        if (text.Length < 2) return text;
        var firstWord = text.Split(' ')[0];
        if (firstWord == "I" || firstWord.Skip(1).Any(char.IsUpper)) return text;
        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"^(we|our team|the team)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeOpening();

    [GeneratedRegex(@"^(i|i'm|i've|i'd|we|my|our|the|a|an|after|when|by|with|first|together|as)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectOpening();
}
