using InterviewBot.Core.Nudges;

namespace InterviewBot.Core.Domain;

/// <summary>
/// Someone who talks to the bot: a recruiter, a candidate, a hiring manager. Their working time
/// (zone, hours, days, holidays) decides when they may be nudged.
/// </summary>
public sealed partial class Person
{
    public const string DefaultTimeZone = "UTC";

    /// <summary>Names come from the chat platform; longer ones are cut rather than refused.</summary>
    public const int MaxNameLength = 200;

    private Person() { }

    public Person(Guid workspaceId, string platformUserId, string displayName, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        PlatformUserId = platformUserId;
        DisplayName = Fit(displayName);
        CreatedUtc = nowUtc;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }

    /// <summary>The user id on the platform (Teams <c>29:…</c> id, Slack <c>U…</c> id).</summary>
    public string PlatformUserId { get; private set; } = "";

    /// <summary>The directory id where the platform has one (Teams AAD object id).</summary>
    public string? DirectoryId { get; set; }

    public string DisplayName { get; private set; } = "";

    /// <summary>
    /// IANA time zone id. While <see cref="TimeZoneSource"/> is <see cref="TimeZoneSource.Workspace"/> it is
    /// a copy of the workspace's default zone, kept current by <see cref="FollowWorkspaceZone"/>.
    /// </summary>
    public string TimeZoneId { get; private set; } = DefaultTimeZone;

    /// <summary>Where <see cref="TimeZoneId"/> came from; a source replaces the zone only when it ranks as high as the last one.</summary>
    public TimeZoneSource TimeZoneSource { get; private set; } = TimeZoneSource.Workspace;

    /// <summary>True once the person chose a zone themselves; detection and the interviews API then leave it alone.</summary>
    public bool TimeZoneChosen => TimeZoneSource == TimeZoneSource.Settings;

    public TimeOnly WorkdayStart { get; private set; } = new(9, 0);
    public TimeOnly WorkdayEnd { get; private set; } = new(18, 0);
    public WorkingDays WorkingDays { get; private set; } = WorkingDays.MondayToFriday;

    /// <summary>ISO 3166 country code whose public holidays are days off, or null.</summary>
    public string? HolidayCountry { get; private set; }

    /// <summary>Nudge kinds this person turned off ("Stop these" on a nudge, or settings).</summary>
    public NudgeKindSet TurnedOffNudges { get; private set; } = NudgeKindSet.None;

    public void TurnOffNudges(NudgeKindSet kinds) => TurnedOffNudges = kinds;

    /// <summary>What this person changed of the workspace's nudge settings.</summary>
    public NudgeOverrides NudgeOverrides => new() { TurnOff = TurnedOffNudges.Kinds };

    /// <summary>The interview that free text and phase commands apply to.</summary>
    public Guid? ActiveInterviewId { get; set; }

    public DateTime CreatedUtc { get; private set; }

    public void Rename(string displayName)
    {
        if (!string.IsNullOrWhiteSpace(UserText.SingleLine(displayName))) DisplayName = Fit(displayName);
    }

    private static string Fit(string name)
    {
        name = UserText.SingleLine(name).Trim();
        return name.Length <= MaxNameLength ? name : name[..MaxNameLength];
    }

    /// <summary>Takes the zone the chat client reported, unless the person chose one themselves.</summary>
    public bool AdoptDetectedTimeZone(string? ianaZone) => TakeZone(ianaZone, TimeZoneSource.ChatClient);

    /// <summary>
    /// Takes the zone an integration gives (the interviews API) for someone whose zone the bot has not
    /// learnt from them: not over one they chose or their chat client reported, which are better evidence.
    /// </summary>
    public bool AdoptGivenTimeZone(string? ianaZone) => TakeZone(ianaZone, TimeZoneSource.Api);

    /// <summary>Keeps the copy of the workspace's default zone current while the bot knows no zone of the person's own.</summary>
    public bool FollowWorkspaceZone(string ianaZone)
    {
        if (TimeZoneSource != TimeZoneSource.Workspace || ianaZone == TimeZoneId || !Zones.TryFind(ianaZone, out _)) return false;
        TimeZoneId = ianaZone;
        return true;
    }

    /// <summary>
    /// Takes working hours an integration gives (the interviews API) unless the person saved their own in
    /// settings. Hours are given whole: both ends, the end after the start (checked where they come in).
    /// </summary>
    public bool AdoptGivenWorkingHours(TimeOnly? start, TimeOnly? end, WorkingDays? days)
    {
        if (TimeZoneChosen) return false;
        var changed = false;
        if (start is { } s && end is { } e && e > s && (s, e) != (WorkdayStart, WorkdayEnd))
        {
            (WorkdayStart, WorkdayEnd) = (s, e);
            changed = true;
        }
        if (days is { } d && d != WorkingDays.None && d != WorkingDays)
        {
            WorkingDays = d;
            changed = true;
        }
        return changed;
    }

    private bool TakeZone(string? ianaZone, TimeZoneSource source)
    {
        if (TimeZoneSource > source || string.IsNullOrWhiteSpace(ianaZone)) return false;
        ianaZone = ianaZone.Trim();
        if (!Zones.TryFind(ianaZone, out _)) return false;
        var changed = ianaZone != TimeZoneId || TimeZoneSource != source;
        TimeZoneId = ianaZone;
        TimeZoneSource = source;
        return changed;
    }

    public void ChangeWorkingTime(string timeZoneId, TimeOnly start, TimeOnly end, WorkingDays days, string? holidayCountry)
    {
        if (!Zones.TryFind(timeZoneId, out _)) throw new DomainException($"I don't know the time zone \"{timeZoneId}\". Use an IANA name such as Europe/Berlin or America/New_York.");
        if (end <= start) throw new DomainException("The working day must end after it starts.");
        if (days == WorkingDays.None) throw new DomainException("Pick at least one working day.");
        TimeZoneId = timeZoneId;
        TimeZoneSource = TimeZoneSource.Settings;
        WorkdayStart = start;
        WorkdayEnd = end;
        WorkingDays = days;
        HolidayCountry = string.IsNullOrWhiteSpace(holidayCountry) ? null : holidayCountry.Trim().ToUpperInvariant();
    }
}

/// <summary>Where a person's zone came from, weakest first: a stronger source is never replaced by a weaker one.</summary>
public enum TimeZoneSource
{
    /// <summary>The bot knows no zone of theirs: they are in the workspace's default zone.</summary>
    Workspace = 0,

    /// <summary>Given with a booking through the interviews API, for someone the bot had not heard it from.</summary>
    Api = 1,

    /// <summary>Reported by their chat client (Teams' local time zone, the Slack profile's).</summary>
    ChatClient = 2,

    /// <summary>Chosen by the person in settings.</summary>
    Settings = 3,
}

[Flags]
public enum WorkingDays
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
    MondayToFriday = Monday | Tuesday | Wednesday | Thursday | Friday,
}

public static class WorkingDaysExtensions
{
    public static WorkingDays ToFlag(this DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => WorkingDays.Monday,
        DayOfWeek.Tuesday => WorkingDays.Tuesday,
        DayOfWeek.Wednesday => WorkingDays.Wednesday,
        DayOfWeek.Thursday => WorkingDays.Thursday,
        DayOfWeek.Friday => WorkingDays.Friday,
        DayOfWeek.Saturday => WorkingDays.Saturday,
        _ => WorkingDays.Sunday,
    };

    public static bool Includes(this WorkingDays days, DayOfWeek day) => (days & day.ToFlag()) != 0;
}
