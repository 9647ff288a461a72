using System.Globalization;

namespace InterviewBot.Core.Privacy;

/// <summary>
/// How long notes and drafts are kept, from <c>Privacy:RetentionDays</c>: 1 to <see cref="MaxDays"/>
/// days, <see cref="DefaultDays"/> when the setting is absent. Anything else stops startup with a
/// message naming the setting, rather than keeping data for an unintended time.
/// </summary>
public sealed record RetentionSettings
{
    public const string Setting = "Privacy:RetentionDays";
    public const int DefaultDays = 180;

    /// <summary>Ten years: a longer window is almost certainly a typing mistake.</summary>
    public const int MaxDays = 3650;

    public RetentionSettings(int days)
    {
        if (days is < 1 or > MaxDays)
            throw new SettingException(
                $"{Setting} is {days.ToString(CultureInfo.InvariantCulture)}; it must be a number of days from 1 to {MaxDays} " +
                $"(leave it out for the default of {DefaultDays}).");
        Days = days;
    }

    public int Days { get; }

    public TimeSpan Window => TimeSpan.FromDays(Days);

    public static RetentionSettings Default { get; } = new(DefaultDays);

    /// <summary>The setting's text as configuration holds it; empty or missing means the default.</summary>
    public static RetentionSettings Parse(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured)) return Default;
        if (!int.TryParse(configured.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var days))
            throw new SettingException(
                $"{Setting} is \"{configured}\", which is not a whole number of days. Use 1 to {MaxDays} (the default is {DefaultDays}).");
        return new RetentionSettings(days);
    }
}
