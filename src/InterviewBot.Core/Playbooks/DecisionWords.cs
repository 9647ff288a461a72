using System.Text.RegularExpressions;

namespace InterviewBot.Core.Playbooks;

/// <summary>
/// Whether a decision written in the recruiter's own words is a no ("not a fit", "we will not continue",
/// "going ahead with other candidates"), so the feedback is drafted as a kind rejection rather than by
/// pasting those words to the candidate.
/// </summary>
public static partial class DecisionWords
{
    public static bool IsNo(string? decision) => !string.IsNullOrWhiteSpace(decision) && No().IsMatch(decision);

    [GeneratedRegex(@"\b(not|no longer|cannot|can't|can’t|won't|won’t|don't|don’t|didn't|didn’t|isn't|isn’t|unable|decided against|rejected?|reject(ion|ing)|declin\w*|unsuccessful|other candidates?|pass(ing)? on|nope)\b|\bno\b(?! later| earlier| more than)", RegexOptions.IgnoreCase)]
    private static partial Regex No();
}
