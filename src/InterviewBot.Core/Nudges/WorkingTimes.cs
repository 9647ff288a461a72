namespace InterviewBot.Core.Nudges;

/// <summary>
/// Whose working time is what in a workspace. A person is in their own zone – chosen in settings,
/// reported by their chat client, or given with a booking through the interviews API – or, while the
/// bot knows none of theirs, in the workspace's default zone: the one the team set in its team channel
/// (<c>default zone …</c>), else the host's <c>Nudges:DefaultTimeZone</c>, else UTC. Their holiday
/// country's days off include those the workspace added. The team channel is in the zone of whoever
/// chose it, else in the default zone.
/// </summary>
public sealed class WorkingTimes
{
    public const string Setting = "Nudges:DefaultTimeZone";

    /// <param name="hostDefaultZone">The host's default zone for every workspace; an unknown zone stops startup naming the setting.</param>
    public WorkingTimes(string hostDefaultZone)
    {
        if (!Zones.TryFind(hostDefaultZone, out _))
            throw new SettingException(
                $"{Setting} is \"{hostDefaultZone}\", which is not a time zone I know. Use an IANA name such as Europe/Berlin or America/New_York (leave it out for UTC).");
        HostDefaultZone = hostDefaultZone.Trim();
    }

    public static WorkingTimes Utc { get; } = new(Person.DefaultTimeZone);

    /// <summary>The setting's text as configuration holds it; empty or missing means UTC.</summary>
    public static WorkingTimes Parse(string? configured) => string.IsNullOrWhiteSpace(configured) ? Utc : new(configured.Trim());

    public string HostDefaultZone { get; }

    /// <summary>The zone of people in <paramref name="workspace"/> whose own zone the bot does not know.</summary>
    public string DefaultZone(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return workspace.DefaultTimeZoneId ?? HostDefaultZone;
    }

    public string ZoneOf(Workspace workspace, Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.TimeZoneSource == TimeZoneSource.Workspace ? DefaultZone(workspace) : person.TimeZoneId;
    }

    /// <summary>When <paramref name="person"/> may be nudged: their working time in their zone, with the workspace's added days off.</summary>
    public WorkingTime Of(Workspace workspace, Person person) =>
        WorkingTime.Of(person) with { TimeZoneId = ZoneOf(workspace, person), AddedHolidays = workspace.HolidaysOf(person.HolidayCountry) };

    /// <summary>The team channel's working time: office hours on weekdays in its zone.</summary>
    public WorkingTime Team(Workspace workspace) =>
        WorkingTime.Default with { TimeZoneId = workspace.TeamTimeZoneId ?? DefaultZone(workspace) };

    /// <summary>
    /// Brings the copy of the default zone a person without a zone of their own holds up to date, so what
    /// is shown to them ("times in …", a card's times) is in the zone their nudges are planned in.
    /// </summary>
    public void Follow(Workspace workspace, Person? person) => person?.FollowWorkspaceZone(DefaultZone(workspace));
}
