using InterviewBot.Scheduling.Tests.Support;

namespace InterviewBot.Scheduling.Tests;

public sealed class NudgeTimerTests : IAsyncLifetime
{
    private SchedulingHost _host = null!;

    public async Task InitializeAsync() => _host = await SchedulingHost.StartNewAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_nudge_due_in_two_hours_waits_for_the_clock_and_is_delivered_once_when_it_passes()
    {
        var nudge = Guid.NewGuid();
        var due = _host.NowUtc.AddHours(2);
        await _host.Scheduler.ScheduleAsync(nudge, due);

        await _host.LetTheSchedulerLookAsync();
        await _host.AdvanceAsync(TimeSpan.FromHours(1));
        await _host.LetTheSchedulerLookAsync();
        Assert.Equal(0, _host.Delivery.CountFor(nudge));

        await _host.AdvanceAsync(TimeSpan.FromHours(2));
        await _host.WaitUntilDeliveredAsync(nudge);

        var delivery = Assert.Single(_host.Delivery.Deliveries, d => d.NudgeId == nudge);
        Assert.True(delivery.At >= due, "delivered before it was due by the local clock");
    }

    [Fact]
    public async Task A_rescheduled_nudge_is_delivered_once_at_its_new_time_and_not_at_the_old_one()
    {
        var nudge = Guid.NewGuid();
        var start = _host.NowUtc;
        await _host.Scheduler.ScheduleAsync(nudge, start.AddHours(2));
        await _host.Scheduler.ScheduleAsync(nudge, start.AddHours(5));

        await _host.AdvanceAsync(TimeSpan.FromHours(3));
        await _host.LetTheSchedulerLookAsync();
        Assert.Equal(0, _host.Delivery.CountFor(nudge));
        Assert.Equal(start.AddHours(5), (await _host.TimerOfAsync(nudge))?.UtcDateTime);

        await _host.AdvanceAsync(TimeSpan.FromHours(3));
        await _host.WaitUntilDeliveredAsync(nudge);
        Assert.Equal(1, _host.Delivery.CountFor(nudge));
    }

    [Fact]
    public async Task A_nudge_moved_earlier_is_delivered_at_the_earlier_time()
    {
        var nudge = Guid.NewGuid();
        var start = _host.NowUtc;
        await _host.Scheduler.ScheduleAsync(nudge, start.AddDays(3));
        await _host.Scheduler.ScheduleAsync(nudge, start.AddHours(1));

        await _host.AdvanceAsync(TimeSpan.FromHours(2));
        await _host.WaitUntilDeliveredAsync(nudge);

        Assert.Equal(1, _host.Delivery.CountFor(nudge));
        Assert.False(await _host.HasTimerAsync(nudge));
    }

    [Fact]
    public async Task A_cancelled_nudge_is_never_delivered()
    {
        var nudge = Guid.NewGuid();
        await _host.Scheduler.ScheduleAsync(nudge, _host.NowUtc.AddHours(2));
        await _host.Scheduler.CancelAsync(nudge);

        await _host.AdvanceAsync(TimeSpan.FromHours(3));
        await _host.LetTheSchedulerLookAsync();

        Assert.Equal(0, _host.Delivery.CountFor(nudge));
        Assert.False(await _host.HasTimerAsync(nudge));
    }

    [Fact]
    public async Task Cancelling_a_nudge_the_moment_its_delivery_ends_never_fails()
    {
        // A person taps Done on a nudge card while Quartz is still finishing that nudge's firing: the
        // turn's cancel raced the trigger's removal, Quartz answered "Unable to unschedule trigger …
        // while deleting job", and the turn failed with an apology.
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var cancels = new System.Collections.Concurrent.ConcurrentQueue<Task>();
        _host.Delivery.OnDeliver = (nudgeId, _) =>
        {
            // Spread over the moments around the end of the firing, when Quartz removes the spent trigger.
            var after = nudgeId.GetHashCode() & 15;
            cancels.Enqueue(Task.Run(async () =>
            {
                await Task.Delay(after, CancellationToken.None);
                try { await _host.Scheduler.CancelAsync(nudgeId); }
                catch (Exception failure) { failures.Enqueue(failure); }
            }, CancellationToken.None));
            return Task.CompletedTask;
        };
        var nudges = Enumerable.Range(0, 400).Select(_ => Guid.NewGuid()).ToList();
        foreach (var nudge in nudges) await _host.Scheduler.ScheduleAsync(nudge, _host.NowUtc.AddMinutes(1));

        await _host.AdvanceAsync(TimeSpan.FromMinutes(2));
        foreach (var nudge in nudges) await _host.WaitUntilDeliveredAsync(nudge);
        await Eventually.TrueAsync(() => cancels.Count == nudges.Count, "every delivery started its cancel");
        await Task.WhenAll(cancels);

        Assert.Empty(failures);
        foreach (var nudge in nudges) Assert.False(await _host.HasTimerAsync(nudge));
    }

    [Fact]
    public async Task Cancelling_a_nudge_that_has_no_timer_is_not_an_error()
    {
        var nudge = Guid.NewGuid();
        await _host.Scheduler.CancelAsync(nudge);
        await _host.Scheduler.CancelAsync(nudge);

        Assert.False(await _host.HasTimerAsync(nudge));
    }

    [Fact]
    public async Task A_nudge_whose_due_time_has_passed_is_delivered_at_once()
    {
        var nudge = Guid.NewGuid();
        await _host.Scheduler.ScheduleAsync(nudge, _host.NowUtc.AddDays(-400));

        await _host.WaitUntilDeliveredAsync(nudge);

        Assert.Equal(1, _host.Delivery.CountFor(nudge));
    }

    [Fact]
    public async Task A_retry_the_delivery_schedules_while_it_runs_fires_at_the_retry_time()
    {
        var nudge = Guid.NewGuid();
        var attempts = 0;
        _host.Delivery.OnDeliver = async (id, ct) =>
        {
            // As the core does after a transient failure: try again in an hour.
            if (id == nudge && Interlocked.Increment(ref attempts) == 1)
                await _host.Scheduler.ScheduleAsync(id, _host.NowUtc.AddHours(1), ct);
        };
        await _host.Scheduler.ScheduleAsync(nudge, _host.NowUtc);
        await Eventually.TrueAsync(() => _host.Delivery.CountFor(nudge) == 1, "first attempt");
        await Eventually.TrueAsync(async () => await _host.TimerOfAsync(nudge) is not null, "the retry's timer is stored");

        await _host.LetTheSchedulerLookAsync();
        Assert.Equal(1, _host.Delivery.CountFor(nudge));

        await _host.AdvanceAsync(TimeSpan.FromHours(2));
        await _host.WaitUntilDeliveredAsync(nudge, times: 2);
        Assert.Equal(2, _host.Delivery.CountFor(nudge));
    }

    [Fact]
    public async Task A_delivery_that_throws_does_not_stop_the_next_nudge_and_is_tried_again_later()
    {
        var failing = Guid.NewGuid();
        var next = Guid.NewGuid();
        _host.Delivery.OnDeliver = (id, _) => id == failing ? throw new InvalidOperationException("database is gone") : Task.CompletedTask;

        await _host.Scheduler.ScheduleAsync(failing, _host.NowUtc);
        await Eventually.TrueAsync(() => Task.FromResult(_host.Delivery.CountFor(failing) >= 1), "the failing nudge was tried");
        await _host.Scheduler.ScheduleAsync(next, _host.NowUtc);
        await _host.WaitUntilDeliveredAsync(next);

        Assert.Equal(1, _host.Delivery.CountFor(failing));
        Assert.Equal(1, _host.Delivery.CountFor(next));
        // The failed one is not left without a timer until the next restart: it is tried again later.
        await Eventually.TrueAsync(() => _host.HasTimerAsync(failing), "the failing nudge has a retry timer");
    }

    [Fact]
    public async Task Nudges_fire_and_are_recorded_while_the_same_database_is_busy_with_other_writes()
    {
        const int count = 40;
        var start = _host.NowUtc;
        var nudges = await _host.AddWaitingNudgesAsync(Enumerable.Range(0, count).Select(_ => start).ToList());
        _host.Delivery.OnDeliver = (id, ct) => _host.MarkHandledAsync(id, ct);

        // Schedule every nudge while as many unrelated turns write to the same file.
        var scheduling = nudges.Select(id => _host.Scheduler.ScheduleAsync(id, start));
        var otherWrites = Enumerable.Range(0, count).Select(i => _host.AddWaitingNudgesAsync([start.AddDays(30 + i)]));
        await Task.WhenAll(scheduling.Concat(otherWrites.Cast<Task>()));

        foreach (var nudge in nudges) await _host.WaitUntilDeliveredAsync(nudge);
        Assert.All(nudges, id => Assert.Equal(1, _host.Delivery.CountFor(id)));
        foreach (var nudge in nudges) Assert.False(await _host.IsWaitingAsync(nudge));
    }
}
