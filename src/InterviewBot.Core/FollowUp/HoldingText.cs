using System.Globalization;

namespace InterviewBot.Core.FollowUp;

/// <summary>How a "you'll hear by" date is written to a candidate: in full, as it is read days later.</summary>
public static class HoldingText
{
    /// <summary>"Wednesday 16 December".</summary>
    public static string Date(DateOnly date) => date.ToString("dddd d MMMM", CultureInfo.InvariantCulture);
}
