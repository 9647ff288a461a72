using InterviewBot.Core.Nudges;

namespace InterviewBot.Core.Domain;

/// <summary>
/// A tenant: a Teams tenant or a Slack workspace (or the local try-it-out workspace). Every other
/// record belongs to exactly one workspace and is only ever read through it.
/// </summary>
public sealed class Workspace
{
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

    /// <summary>The team channel's time zone, for the digest's working hours (taken from who set the channel).</summary>
    public string? TeamTimeZoneId { get; private set; }

    /// <summary>Off by default: channel posts say "a phone screen for the Backend engineer role", not the candidate's name.</summary>
    public bool NamesInChannelPosts { get; private set; }

    /// <summary>Nudge kinds turned off for everyone in the workspace.</summary>
    public NudgeKindSet TurnedOffNudges { get; private set; } = NudgeKindSet.None;

    public DigestCadence DigestCadence { get; private set; } = DigestCadence.Daily;
    public TimeOnly DigestAt { get; private set; } = new(9, 30);
    public DayOfWeek DigestDay { get; private set; } = DayOfWeek.Monday;

    public void UseTeamChannel(string conversationId, string timeZoneId)
    {
        TeamConversationId = conversationId;
        TeamTimeZoneId = timeZoneId;
    }

    public void ShowNamesInChannelPosts(bool show) => NamesInChannelPosts = show;

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
    /// <summary>Teams, the Bot Framework Emulator and the local chat page (all via Bot Framework).</summary>
    public const string BotFramework = "botframework";

    public const string Slack = "slack";

    /// <summary>Workspace id used when a Bot Framework client sends no tenant (Emulator, local page).</summary>
    public const string LocalTenant = "local";
}
