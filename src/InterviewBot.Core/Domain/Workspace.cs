using InterviewBot.Core.Nudges;

namespace InterviewBot.Core.Domain;

/// <summary>
/// A tenant: a Teams tenant or a Slack workspace (or the local try-it-out workspace). Every other
/// record belongs to exactly one workspace and is only ever read through it.
/// </summary>
public sealed class Workspace
{
    private readonly List<WorkspaceHoliday> _holidays = [];

    private Workspace() { }

    public Workspace(string platform, string externalId, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        Platform = platform;
        ExternalId = externalId;
        CreatedUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    /// <summary>Which chat platform the workspace lives on, see <see cref="Platforms"/>.</summary>
    public string Platform { get; private set; } = "";

    /// <summary>The platform's own id: Teams tenant id or Slack team id.</summary>
    public string ExternalId { get; private set; } = "";

    public string? Name { get; set; }

    public DateTime CreatedUtc { get; private set; }

    /// <summary>The channel that gets overdue-feedback posts and the digest, or null.</summary>
    public string? TeamConversationId { get; private set; }

    /// <summary>The team channel's time zone, for the digest's working hours (taken from who set the channel); null: the default zone.</summary>
    public string? TeamTimeZoneId { get; private set; }

    /// <summary>Off by default: channel posts say "a phone screen for the Backend engineer role", not the candidate's name.</summary>
    public bool NamesInChannelPosts { get; private set; }

    /// <summary>Nudge kinds turned off for everyone in the workspace.</summary>
    public NudgeKindSet TurnedOffNudges { get; private set; } = NudgeKindSet.None;

    /// <summary>
    /// The zone of people the bot knows no zone of (booked through the API, never talked to it), as the
    /// team set it in its team channel; null: the host's <c>Nudges:DefaultTimeZone</c>.
    /// </summary>
    public string? DefaultTimeZoneId { get; private set; }

    /// <summary>Days off the team added for countries (see <see cref="WorkspaceHoliday"/>).</summary>
    public IReadOnlyList<WorkspaceHoliday> Holidays => _holidays;

    /// <summary>
    /// When the bot was removed from the workspace (Slack's app_uninstalled); null while it is installed.
    /// Its data is deleted <c>Privacy:UninstalledWorkspaceDays</c> later unless it is installed again.
    /// </summary>
    public DateTime? UninstalledUtc { get; private set; }

    public void MarkUninstalled(DateTime nowUtc) => UninstalledUtc ??= nowUtc;

    /// <summary>Installed again before its data was deleted: everything is kept.</summary>
    public void MarkInstalled() => UninstalledUtc = null;

    public DigestCadence DigestCadence { get; private set; } = DigestCadence.Daily;
    public TimeOnly DigestAt { get; private set; } = new(9, 30);
    public DayOfWeek DigestDay { get; private set; } = DayOfWeek.Monday;

    /// <param name="timeZoneId">The zone of whoever chose the channel, or null for the workspace's default zone.</param>
    public void UseTeamChannel(string conversationId, string? timeZoneId)
    {
        TeamConversationId = conversationId;
        TeamTimeZoneId = timeZoneId;
    }

    public void ShowNamesInChannelPosts(bool show) => NamesInChannelPosts = show;

    public void UseDefaultTimeZone(string ianaZone)
    {
        if (!Zones.TryFind(ianaZone, out _)) throw new DomainException($"I don't know the time zone \"{ianaZone}\". Use an IANA name such as Europe/Berlin or America/New_York.");
        DefaultTimeZoneId = ianaZone;
    }

    /// <summary>
    /// The words that make a calendar event a phone screen, as the team set them in its team channel, one per
    /// line; null: <see cref="Calendar.PhoneScreenFinder.DefaultKeywords"/>.
    /// </summary>
    public string? PhoneScreenKeywords { get; private set; }

    public const int MaxKeywords = 10;
    public const int MaxKeywordLength = 40;

    /// <summary>The words calendar events are matched with: the team's, else the defaults.</summary>
    public IReadOnlyList<string> PhoneScreenKeywordList =>
        PhoneScreenKeywords is null ? Calendar.PhoneScreenFinder.DefaultKeywords : PhoneScreenKeywords.Split('\n');

    /// <summary>The team's words (compared in any case); none: back to the defaults.</summary>
    public void UsePhoneScreenKeywords(IReadOnlyList<string> keywords)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        var words = keywords.Select(k => string.Join(' ', k.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant())
            .Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count > MaxKeywords) throw new DomainException($"That is {words.Count} words; keep it to {MaxKeywords}.");
        if (words.FirstOrDefault(k => k.Length is < 3 or > MaxKeywordLength) is { } odd)
            throw new DomainException($"\"{odd}\" would match too {(odd.Length < 3 ? "much" : "little")}: use words of 3 to {MaxKeywordLength} characters.");
        PhoneScreenKeywords = words.Count == 0 ? null : string.Join('\n', words);
    }

    /// <summary>Enough for a few countries' days off over years; it keeps what is loaded with every workspace small.</summary>
    public const int MaxHolidays = 500;

    /// <summary>Adds a day off for <paramref name="country"/>, or renames it when it is there; false when nothing changed.</summary>
    public bool AddHoliday(string country, DateOnly date, string name)
    {
        country = country.Trim().ToUpperInvariant();
        if (country.Length != 2 || !country.All(char.IsAsciiLetter)) throw new DomainException("Use a two-letter country code such as UA or IN.");
        name = UserText.SingleLine(name).Trim();
        if (name.Length > WorkspaceHoliday.MaxNameLength) name = name[..WorkspaceHoliday.MaxNameLength];
        if (name.Length == 0) name = "Holiday";
        var existing = _holidays.Find(h => h.Country == country && h.Date == date);
        if (existing is not null) return existing.Rename(name);
        if (_holidays.Count >= MaxHolidays)
            throw new DomainException($"This workspace already has {MaxHolidays} added holidays. Remove past ones with holiday remove first.");
        _holidays.Add(new WorkspaceHoliday(country, date, name));
        return true;
    }

    public bool RemoveHoliday(string country, DateOnly date) =>
        _holidays.RemoveAll(h => string.Equals(h.Country, country.Trim(), StringComparison.OrdinalIgnoreCase) && h.Date == date) > 0;

    /// <summary>The days off the team added for <paramref name="country"/> (none for no country).</summary>
    public IReadOnlySet<DateOnly> HolidaysOf(string? country) => country is null
        ? new HashSet<DateOnly>()
        : _holidays.Where(h => string.Equals(h.Country, country.Trim(), StringComparison.OrdinalIgnoreCase)).Select(h => h.Date).ToHashSet();

    public void ScheduleDigest(DigestCadence cadence, TimeOnly at, DayOfWeek day)
    {
        DigestCadence = cadence;
        DigestAt = at;
        DigestDay = day;
    }

    public void TurnOffNudges(NudgeKindSet kinds) => TurnedOffNudges = kinds;

    /// <summary>The workspace's nudge settings: the product defaults with what the workspace changed.</summary>
    public NudgeSettings NudgeSettings => NudgeSettings.Defaults with
    {
        TurnedOff = TurnedOffNudges.Kinds,
        Digest = new DigestSchedule(DigestCadence, DigestAt, DigestDay),
    };
}

public static class Platforms
{
    /// <summary>
    /// Teams, the Bot Framework Emulator and the local chat page (all via Bot Framework). Stored as
    /// "botframework", the value the databases already hold, so the name changed but the value must not.
    /// </summary>
    public const string Teams = "botframework";

    public const string Slack = "slack";

    /// <summary>Workspace id used when a Bot Framework client sends no tenant (Emulator, local page).</summary>
    public const string LocalTenant = "local";
}
