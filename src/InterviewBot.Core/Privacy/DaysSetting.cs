using System.Globalization;

namespace InterviewBot.Core.Privacy;

/// <summary>
/// A setting that is a number of days in a range, with a default when it is left out (how long data is
/// kept): read one way for every such setting, and anything else stops start-up with a message naming it.
/// </summary>
internal static class DaysSetting
{
    /// <summary>The setting's text as configuration holds it; empty or missing means <paramref name="defaultDays"/>.</summary>
    public static int Parse(string setting, string? configured, int min, int max, int defaultDays)
    {
        if (string.IsNullOrWhiteSpace(configured)) return defaultDays;
        if (!int.TryParse(configured.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var days))
            throw new SettingException(
                $"{setting} is \"{configured}\", which is not a whole number of days. Use {min} to {max} (the default is {defaultDays}).");
        return Check(setting, days, min, max, defaultDays);
    }

    /// <summary><paramref name="days"/>, if it lies from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static int Check(string setting, int days, int min, int max, int defaultDays) =>
        days >= min && days <= max
            ? days
            : throw new SettingException(
                $"{setting} is {days.ToString(CultureInfo.InvariantCulture)}; it must be a number of days from {min} to {max} " +
                $"(leave it out for the default of {defaultDays}).");
}
