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

    public RetentionSettings(int days) => Days = DaysSetting.Check(Setting, days, 1, MaxDays, DefaultDays);

    public int Days { get; }

    public TimeSpan Window => TimeSpan.FromDays(Days);

    public static RetentionSettings Default { get; } = new(DefaultDays);

    /// <summary>The setting's text as configuration holds it; empty or missing means the default.</summary>
    public static RetentionSettings Parse(string? configured) => new(DaysSetting.Parse(Setting, configured, 1, MaxDays, DefaultDays));
}
