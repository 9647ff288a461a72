using System.Text.RegularExpressions;

namespace InterviewBot.Core.Calendar;

/// <summary>
/// Which calendar events are phone screens – a title with one of the workspace's keywords – and whose
/// they are likely to be: the name left in the title once the keyword is taken out ("Phone screen –
/// Jordan Lee"), else the first attendee who is not the calendar's owner.
/// </summary>
public sealed partial class PhoneScreenFinder(IReadOnlyList<string> keywords)
{
    /// <summary>The keywords a workspace starts with.</summary>
    public static readonly IReadOnlyList<string> DefaultKeywords = ["phone screen", "phone interview", "screening call", "recruiter call"];

    /// <summary>How far ahead the calendar is read.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    public static PhoneScreenFinder Default { get; } = new(DefaultKeywords);

    public IReadOnlyList<string> Keywords { get; } = keywords;

    public bool IsPhoneScreen(FeedEvent found)
    {
        ArgumentNullException.ThrowIfNull(found);
        return Keywords.Any(k => found.Title.Contains(k, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The candidate's name as far as the event tells it; empty when it does not.</summary>
    public string GuessCandidate(FeedEvent found, string ownerName)
    {
        ArgumentNullException.ThrowIfNull(found);
        var rest = found.Title;
        foreach (var keyword in Keywords) rest = Regex.Replace(rest, Regex.Escape(keyword), " ", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        rest = string.Join(' ', Separators().Replace(rest, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (rest.Length > 0) return rest;
        return found.Attendees.FirstOrDefault(a => !string.Equals(a, ownerName, StringComparison.OrdinalIgnoreCase) && !a.Contains('@', StringComparison.Ordinal))
            ?? found.Attendees.FirstOrDefault(a => !string.Equals(a, ownerName, StringComparison.OrdinalIgnoreCase))
            ?? "";
    }

    /// <summary>Dashes between words (not inside a name like Anne-Marie), colons, bars, slashes, brackets and a lone "with" or "w/".</summary>
    [GeneratedRegex(@"(?<=^|\s)(with|w/|mit|avec)(?=\s|$)|(?<=^|\s)[–—-]+(?=\s|$)|[:|/()\[\]]+", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Separators();
}
