using System.Globalization;

namespace InterviewBot.Core.Engine;

/// <summary>
/// How long the pitch points take to say out loud, at about 150 words a minute (a calm speaking pace),
/// with advice once it runs past about 90 seconds – the point where a phone listener stops following.
/// </summary>
public static class PitchPace
{
    public const int WordsPerMinute = 150;
    public const int LongAfterSeconds = 90;

    public static string? Advice(string? pitch)
    {
        if (string.IsNullOrWhiteSpace(pitch)) return null;
        var words = pitch.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
        var seconds = words * 60.0 / WordsPerMinute;
        var said = $"About {Length(seconds)} to say";
        return seconds > LongAfterSeconds
            ? $"{said} – over 90 seconds, where people on the phone stop following. Keep the two or three points that matter most to this candidate, and pause after each so they can ask."
            : $"{said} – good. Pause after each point so they can ask.";
    }

    /// <summary>Seconds to the nearest 5 under a minute; after that, minutes to the nearest half.</summary>
    private static string Length(double seconds)
    {
        if (seconds < 57.5) return $"{Math.Max(5, (int)Math.Round(seconds / 5) * 5)} seconds";
        var halves = Math.Round(seconds / 30) / 2;
        var whole = (int)halves;
        var text = halves == whole ? whole.ToString(CultureInfo.InvariantCulture) : $"{whole}½";
        return halves <= 1 ? "1 minute" : $"{text} minutes";
    }
}
