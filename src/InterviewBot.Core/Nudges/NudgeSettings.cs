using System.Collections.Frozen;

namespace InterviewBot.Core.Nudges;

/// <summary>
/// How and when nudges go out. A workspace has one (the defaults below unless its admins changed
/// them); a person's <see cref="NudgeOverrides"/> are laid over it with <see cref="With"/> for the
/// nudges that person receives. Team-channel nudges use the workspace settings alone, so a
/// recruiter can turn off their own overdue reminder but not the team's.
/// </summary>
public sealed record NudgeSettings
{
    public static NudgeSettings Defaults { get; } = new();

    /// <summary>Kinds that are not sent at all.</summary>
    public IReadOnlySet<NudgeKind> TurnedOff { get; init; } = FrozenSet<NudgeKind>.Empty;

    /// <summary>How long before the call the "call starting" card arrives.</summary>
    public TimeSpan CallStartingLead { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How long after the planned end the recruiter is asked how the call went.</summary>
    public TimeSpan CallDoneDelay { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Feedback is due by the end of this working day after the call (when no date was promised).</summary>
    public int FeedbackWorkingDays { get; init; } = 3;

    /// <summary>Working days between keep-in-the-loop nudges while a decision is pending.</summary>
    public int KeepInTheLoopWorkingDays { get; init; } = 2;

    /// <summary>How long after the call the candidate's thank-you nudge waits (time to finish notes).</summary>
    public TimeSpan ThankYouDelay { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How long after the start of the next working day the post-mortem comes.</summary>
    public TimeSpan PostMortemDelay { get; init; } = TimeSpan.FromHours(1);

    public DigestSchedule Digest { get; init; } = DigestSchedule.Default;

    public bool IsOn(NudgeKind kind) => !TurnedOff.Contains(kind);

    /// <summary>These settings with a person's overrides laid over them.</summary>
    public NudgeSettings With(NudgeOverrides? overrides)
    {
        if (overrides is null) return this;
        var off = TurnedOff.Union(overrides.TurnOff ?? FrozenSet<NudgeKind>.Empty)
            .Except(overrides.TurnOn ?? FrozenSet<NudgeKind>.Empty).ToFrozenSet();
        return this with
        {
            TurnedOff = off,
            CallStartingLead = overrides.CallStartingLead ?? CallStartingLead,
            CallDoneDelay = overrides.CallDoneDelay ?? CallDoneDelay,
            FeedbackWorkingDays = overrides.FeedbackWorkingDays ?? FeedbackWorkingDays,
            KeepInTheLoopWorkingDays = overrides.KeepInTheLoopWorkingDays ?? KeepInTheLoopWorkingDays,
            ThankYouDelay = overrides.ThankYouDelay ?? ThankYouDelay,
            PostMortemDelay = overrides.PostMortemDelay ?? PostMortemDelay,
            Digest = overrides.Digest ?? Digest,
        };
    }

    /// <summary>
    /// The same settings with every number inside a sensible range. Settings are read at nudge
    /// time, where a stored zero or a week-long lead must not throw or send nonsense.
    /// </summary>
    public NudgeSettings Normalized() => this with
    {
        CallStartingLead = Clamp(CallStartingLead, TimeSpan.Zero, TimeSpan.FromHours(2)),
        CallDoneDelay = Clamp(CallDoneDelay, TimeSpan.Zero, TimeSpan.FromHours(2)),
        FeedbackWorkingDays = Math.Clamp(FeedbackWorkingDays, 1, 20),
        KeepInTheLoopWorkingDays = Math.Clamp(KeepInTheLoopWorkingDays, 1, 20),
        ThankYouDelay = Clamp(ThankYouDelay, TimeSpan.Zero, TimeSpan.FromHours(4)),
        PostMortemDelay = Clamp(PostMortemDelay, TimeSpan.Zero, TimeSpan.FromHours(12)),
    };

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) =>
        value < min ? min : value > max ? max : value;
}

/// <summary>One person's changes to the workspace's <see cref="NudgeSettings"/>; null means "as the workspace".</summary>
public sealed record NudgeOverrides
{
    public IReadOnlySet<NudgeKind>? TurnOff { get; init; }

    /// <summary>Kinds the person wants even though the workspace turned them off.</summary>
    public IReadOnlySet<NudgeKind>? TurnOn { get; init; }

    public TimeSpan? CallStartingLead { get; init; }
    public TimeSpan? CallDoneDelay { get; init; }
    public int? FeedbackWorkingDays { get; init; }
    public int? KeepInTheLoopWorkingDays { get; init; }
    public TimeSpan? ThankYouDelay { get; init; }
    public TimeSpan? PostMortemDelay { get; init; }
    public DigestSchedule? Digest { get; init; }
}

public enum DigestCadence
{
    Off,
    Daily,
    Weekly,
}

/// <summary>
/// When the team digest is posted: every working day, or once a week, at <see cref="At"/> in the
/// team's zone (moved inside the team's working hours).
/// </summary>
/// <param name="Day">The weekday for a weekly digest; when it is not a working day the digest comes on the next one that week.</param>
public sealed record DigestSchedule(DigestCadence Cadence, TimeOnly At, DayOfWeek Day = DayOfWeek.Monday)
{
    /// <summary>Every working day at 09:30: "calls today" is a morning read.</summary>
    public static DigestSchedule Default { get; } = new(DigestCadence.Daily, new TimeOnly(9, 30));
}
