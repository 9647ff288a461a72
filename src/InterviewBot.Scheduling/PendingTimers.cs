using InterviewBot.Core.Ports;
using Quartz;

namespace InterviewBot.Scheduling;

/// <summary>
/// <see cref="INudgeTimers"/> on Quartz: what the scheduler holds for nudges, read on its own clock.
/// </summary>
/// <remarks>
/// Reads the trigger table of this host's scheduler: meant for one local process, not a cluster.
/// </remarks>
internal sealed class PendingTimers(ISchedulerFactory schedulers) : INudgeTimers
{
    /// <summary>The earliest time a nudge timer fires and the nudges it fires for, read in one pass over the timers.</summary>
    public async Task<NextNudgeTimers?> NextAsync(CancellationToken cancellationToken = default)
    {
        var times = await FireTimesAsync(cancellationToken);
        if (times.Count == 0) return null;
        var at = times.Min(t => t.Next);
        return new NextNudgeTimers(at, times.Where(t => t.Next == at).Select(t => t.NudgeId).ToList());
    }

    /// <summary>
    /// Whether every timer due by the scheduler's now has run to its end: none is waiting to fire and
    /// none is firing. A delivery that moved its nudge, or will retry it, left a timer in the future,
    /// which counts as done.
    /// </summary>
    /// <remarks>
    /// Firings are asked about before and after the timers: a firing leaves the due timers (its trigger
    /// has no next time while it runs) before it shows as a firing only if it was reserved already, and
    /// a delivery that sets a timer due at once does so while its firing is listed. A firing that begins
    /// and ends between the questions can still slip through, which is why callers look twice.
    /// </remarks>
    public async Task<bool> SettledAsync(CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (await AnyFiringAsync(scheduler, cancellationToken)) return false;
        var now = scheduler.TimeProvider.GetUtcNow();
        var due = await scheduler.QueryTriggers(new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(NudgeKeys.Group), NextFireTimeBefore = now.AddTicks(1), Take = 1 }, cancellationToken);
        return due.Items.Count == 0 && !await AnyFiringAsync(scheduler, cancellationToken);
    }

    /// <summary>Reserved or running firings of nudge timers.</summary>
    private static async Task<bool> AnyFiringAsync(IScheduler scheduler, CancellationToken cancellationToken) =>
        (await scheduler.QueryFireInstances(new FireInstanceQuery { TriggerGroup = GroupMatcher<TriggerKey>.GroupEquals(NudgeKeys.Group), State = null, Take = 1 }, cancellationToken)).Items.Count > 0;

    private async Task<List<(Guid NudgeId, DateTimeOffset Next)>> FireTimesAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var times = new List<(Guid, DateTimeOffset)>();
        var query = new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(NudgeKeys.Group), Take = 500 };
        while (true)
        {
            var page = await scheduler.QueryTriggers(query, cancellationToken);
            foreach (var trigger in page.Items)
            {
                if (trigger.NextFireTimeUtc is { } next && Guid.TryParseExact(trigger.Key.Name, "N", out var nudgeId)) times.Add((nudgeId, next));
            }
            if (!page.HasMore) return times;
            query = query with { Skip = query.Skip + page.Items.Count };
        }
    }
}
