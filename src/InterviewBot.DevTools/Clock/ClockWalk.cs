using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;

namespace InterviewBot.DevTools.Clock;

/// <summary>
/// Moves the local clock forward the way time would pass: to each nudge timer in between, in order,
/// waking the scheduler and waiting until what fell due there has run, then on to the end. So a day
/// moved in one step delivers that day's nudges at their own times – each day's digest titled with its
/// day, "how did it go?" right after the call – instead of everything at once at the end, judged late.
/// </summary>
internal sealed class ClockWalk(LocalClock clock, INudgeScheduler scheduler, INudgeTimers timers, IServiceScopeFactory scopes)
{
    /// <summary>The most timer moments one move stops at: a month of a busy team's nudges, short of a runaway loop.</summary>
    public const int MaxStops = 2000;

    /// <summary>How long one stop may take to deliver what fell due there (real time).</summary>
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    public async Task<ClockWalkResult> AdvanceAsync(TimeSpan by, CancellationToken cancellationToken)
    {
        var endOffset = clock.Offset + by;
        var target = clock.GetUtcNow() + by;
        var fired = new HashSet<Guid>();
        var stops = 0;
        string? stoppedBecause = await SettleAsync(cancellationToken);
        while (stoppedBecause is null)
        {
            var next = await timers.NextAsync(cancellationToken);
            if (next is null || next.At > target) break;
            if (++stops > MaxStops)
            {
                stoppedBecause = $"More than {MaxStops} nudge times fell in between; move the clock in shorter steps.";
                break;
            }
            // Read before the clock moves: once it has, the scheduler may fire them at any moment.
            fired.UnionWith(next.NudgeIds);
            clock.AdvanceTo(next.At);
            await scheduler.WakeAsync(cancellationToken);
            stoppedBecause = await SettleAsync(cancellationToken);
        }
        if (stoppedBecause is null)
        {
            clock.AdvanceOffsetTo(endOffset);
            await scheduler.WakeAsync(cancellationToken);
        }
        return await TallyAsync(fired, stoppedBecause, cancellationToken);
    }

    /// <summary>
    /// Waits until every timer due by now has run – seen settled <see cref="Calm"/> times in a row, so that
    /// a delivery that began and ended between two questions is not missed – and answers why not when
    /// that takes too long.
    /// </summary>
    private async Task<string?> SettleAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StopTimeout;
        for (var calm = 0; calm < Calm;)
        {
            calm = await timers.SettledAsync(cancellationToken) ? calm + 1 : 0;
            if (DateTime.UtcNow > deadline)
                return $"The nudges due at {clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC were still being delivered after {StopTimeout.TotalSeconds:0} s; the clock stopped there.";
            if (calm < Calm) await Task.Delay(Poll, cancellationToken);
        }
        return null;
    }

    /// <summary>How many settled readings in a row end a stop.</summary>
    private const int Calm = 3;

    /// <summary>What became of the nudges that fell due on the way.</summary>
    private async Task<ClockWalkResult> TallyAsync(HashSet<Guid> fired, string? stoppedBecause, CancellationToken cancellationToken)
    {
        if (fired.Count == 0) return new ClockWalkResult(0, 0, 0, stoppedBecause);
        await using var scope = scopes.CreateAsyncScope();
        var nudges = scope.ServiceProvider.GetRequiredService<INudges>();
        int sent = 0, expired = 0, later = 0;
        foreach (var id in fired)
        {
            switch ((await nudges.FindAsync(id, cancellationToken))?.State)
            {
                case NudgeState.Sent: sent++; break;
                case NudgeState.Expired: expired++; break;
                case NudgeState.Pending or NudgeState.Snoozed: later++; break;
            }
        }
        return new ClockWalkResult(sent, expired, later, stoppedBecause);
    }
}

/// <summary>
/// What one move of the local clock did: nudges that went out on the way, nudges that expired, nudges
/// that now wait for a later moment (a retry, the next working morning), and why it stopped short if it did.
/// </summary>
internal sealed record ClockWalkResult(int Delivered, int Expired, int Later, string? StoppedBecause);
