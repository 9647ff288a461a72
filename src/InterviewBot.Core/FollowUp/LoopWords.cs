using System.Globalization;

namespace InterviewBot.Core.FollowUp;

/// <summary>How the cards about keeping a candidate in the loop write a date (a name: <see cref="PersonNames.FirstName"/>).</summary>
public static class LoopWords
{
    /// <summary>A "you'll hear by" date in full, as the candidate reads it days later: "Wednesday 16 December".</summary>
    public static string Date(DateOnly date) => date.ToString("dddd d MMMM", CultureInfo.InvariantCulture);
}
