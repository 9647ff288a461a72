using System.Globalization;

namespace InterviewBot.Core;

/// <summary>
/// A day in the words its reader would use at the moment a message is written: "today",
/// "yesterday", "tomorrow", the weekday within six days either way ("on Friday"), and the date
/// beyond that ("on Fri 4 Dec"). Days are calendar days in the reader's own zone, counted on local
/// dates: a Friday call read on Monday is "on Friday", never "yesterday"; one instant can be
/// "today" in Tokyo and "yesterday" in Los Angeles; a clock change never shifts a day.
/// </summary>
public static class DayWords
{
    /// <summary>Further than this many days either way, a weekday alone is ambiguous: the date is written.</summary>
    private const int WeekdayReach = 6;

    /// <summary>"today", "yesterday", "tomorrow", "on Friday", "on Fri 4 Dec" – after "was", "is", "held".</summary>
    public static string On(DateOnly day, DateOnly today) => Adjacent(day, today) ?? "on " + Named(day, today);

    /// <summary>The bare day: "today", "yesterday", "tomorrow", "Friday", "Fri 4 Dec" – after "for", "by", "until".</summary>
    public static string Day(DateOnly day, DateOnly today) => Adjacent(day, today) ?? Named(day, today);

    /// <summary>The day of <paramref name="utc"/> as read at <paramref name="nowUtc"/> in <paramref name="zoneId"/>.</summary>
    public static string On(DateTime utc, DateTime nowUtc, string zoneId) => On(DateIn(utc, zoneId), DateIn(nowUtc, zoneId));

    /// <summary>The local calendar date of an instant in a zone (UTC when the zone is unknown).</summary>
    public static DateOnly DateIn(DateTime utc, string zoneId) => DateOnly.FromDateTime(Zones.ToLocal(utc, zoneId));

    private static string? Adjacent(DateOnly day, DateOnly today) => (day.DayNumber - today.DayNumber) switch
    {
        0 => "today",
        -1 => "yesterday",
        1 => "tomorrow",
        _ => null,
    };

    private static string Named(DateOnly day, DateOnly today) =>
        Math.Abs(day.DayNumber - today.DayNumber) <= WeekdayReach ? day.ToString("dddd", CultureInfo.InvariantCulture)
        : day.ToString(day.Year == today.Year ? "ddd d MMM" : "ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
