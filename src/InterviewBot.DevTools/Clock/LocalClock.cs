namespace InterviewBot.DevTools.Clock;

/// <summary>
/// The clock of local mode (no <c>MicrosoftAppId</c>): real time plus an offset the developer moves
/// forward, so that someone trying the bot can see next week's nudges now. It is the application's
/// <see cref="TimeProvider"/> then, which Quartz picks up from the container too. Never used in production.
/// </summary>
/// <remarks>
/// Only <see cref="GetUtcNow"/> moves. Timestamps (elapsed time) and timers stay on real time, so after
/// <see cref="Advance"/> the scheduler has to be told to look again
/// (<see cref="Core.Ports.INudgeScheduler.WakeAsync"/>); otherwise it notices at its next idle check.
/// </remarks>
public sealed class LocalClock : TimeProvider
{
    /// <summary>The most one <see cref="Advance"/> may move the clock: far enough for any nudge, short of a typo's worth of years.</summary>
    public static readonly TimeSpan MaxStep = TimeSpan.FromDays(60);

    /// <summary>
    /// The least one <see cref="Advance"/> may move the clock. Nudges are planned to the minute; a smaller
    /// step (say 1e-300 hours) would round to no move at all and look like a clock that did not listen.
    /// </summary>
    public static readonly TimeSpan MinStep = TimeSpan.FromSeconds(1);

    private long offsetTicks;

    /// <summary>How far ahead of real time this clock is.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;

    /// <summary>Moves the clock forward by <paramref name="by"/> and answers the new time.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is shorter than <see cref="MinStep"/>, or longer than <see cref="MaxStep"/>.</exception>
    public DateTimeOffset Advance(TimeSpan by)
    {
        if (by < MinStep)
            throw new ArgumentOutOfRangeException(nameof(by), by, "The local clock only moves forward, by a second or more.");
        if (by > MaxStep)
            throw new ArgumentOutOfRangeException(nameof(by), by, $"Move the local clock at most {MaxStep.TotalDays:0} days at a time.");
        Interlocked.Add(ref offsetTicks, by.Ticks);
        return GetUtcNow();
    }

    /// <summary>
    /// Moves the clock forward to <paramref name="moment"/>, however little that is (nothing when it is
    /// already later): the steps of one <see cref="Advance"/> walked timer by timer.
    /// </summary>
    public DateTimeOffset AdvanceTo(DateTimeOffset moment)
    {
        var by = moment - GetUtcNow();
        if (by > TimeSpan.Zero) Interlocked.Add(ref offsetTicks, by.Ticks);
        return GetUtcNow();
    }

    /// <summary>Sets the offset to <paramref name="offset"/> unless the clock is already further ahead: the end of such a walk.</summary>
    public DateTimeOffset AdvanceOffsetTo(TimeSpan offset)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref offsetTicks);
            if (offset.Ticks <= current) break;
        }
        while (Interlocked.CompareExchange(ref offsetTicks, offset.Ticks, current) != current);
        return GetUtcNow();
    }
}
