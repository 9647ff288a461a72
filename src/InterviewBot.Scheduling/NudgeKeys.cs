using Quartz;

namespace InterviewBot.Scheduling;

/// <summary>
/// One Quartz job and one trigger per nudge, both named by the nudge id, so that scheduling a nudge
/// again finds and replaces what is already there instead of adding a second timer.
/// </summary>
internal static class NudgeKeys
{
    public const string Group = "nudges";

    /// <summary>The only entry in a nudge job's data map: the id, as a string (primitives only in Quartz's store).</summary>
    public const string NudgeIdKey = "nudgeId";

    public static string Name(Guid nudgeId) => nudgeId.ToString("N");

    public static JobKey Job(Guid nudgeId) => new(Name(nudgeId), Group);

    public static TriggerKey Trigger(Guid nudgeId) => new(Name(nudgeId), Group);
}
