using Microsoft.Extensions.Configuration;

namespace InterviewBot.Calendar;

/// <summary>
/// <c>Calendar:AllowPrivateAddresses</c> (false unless set: for an intranet calendar, and for tests on
/// this machine; it also allows <c>http://</c>) and <c>Calendar:PollMinutes</c> (10 unless set).
/// </summary>
public sealed record CalendarSettings(bool AllowPrivateAddresses, TimeSpan PollInterval)
{
    public const string AllowPrivateSetting = "Calendar:AllowPrivateAddresses";
    public const string PollMinutesSetting = "Calendar:PollMinutes";

    /// <summary>How long one request may take, and how much a feed may hold.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxRedirects = 5;

    public static CalendarSettings Default { get; } = new(false, TimeSpan.FromMinutes(10));

    /// <exception cref="SettingException">A setting that is not a number or a yes/no, naming it.</exception>
    public static CalendarSettings From(IConfiguration? configuration)
    {
        var allow = configuration?[AllowPrivateSetting];
        var minutes = configuration?[PollMinutesSetting];
        var allowed = false;
        if (!string.IsNullOrWhiteSpace(allow) && !bool.TryParse(allow, out allowed))
            throw new SettingException($"{AllowPrivateSetting} must be true or false; it is '{allow}'.");
        var every = 10;
        if (!string.IsNullOrWhiteSpace(minutes) && (!int.TryParse(minutes, out every) || every < 1 || every > 24 * 60))
            throw new SettingException($"{PollMinutesSetting} must be a number of minutes from 1 to 1440; it is '{minutes}'.");
        return new CalendarSettings(allowed, TimeSpan.FromMinutes(every));
    }
}
