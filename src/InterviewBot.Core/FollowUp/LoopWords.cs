using System.Globalization;

namespace InterviewBot.Core.FollowUp;

/// <summary>How the cards about keeping a candidate in the loop write a date and a name.</summary>
public static class LoopWords
{
    /// <summary>A "you'll hear by" date in full, as the candidate reads it days later: "Wednesday 16 December".</summary>
    public static string Date(DateOnly date) => date.ToString("dddd d MMMM", CultureInfo.InvariantCulture);

    /// <summary>The first word of a name, as a recruiter would say it ("Jordan").</summary>
    public static string FirstName(string name) => name.Trim().Split(' ', 2)[0];
}
