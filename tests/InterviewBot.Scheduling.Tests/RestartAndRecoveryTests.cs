using InterviewBot.Scheduling.Tests.Support;

namespace InterviewBot.Scheduling.Tests;

public sealed class RestartAndRecoveryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_timer_set_before_a_restart_still_fires_after_it()
    {
        var nudge = Guid.NewGuid();
        await using (var before = await SchedulingHost.CreateAsync(_folder))
        {
            await before.StartAsync();
            await before.Scheduler.ScheduleAsync(nudge, before.NowUtc.AddHours(2));
        }

        await using var after = await SchedulingHost.CreateAsync(_folder);
        await after.StartAsync();
        await after.AdvanceAsync(TimeSpan.FromHours(3));

        await after.WaitUntilDeliveredAsync(nudge);
        Assert.Equal(1, after.Delivery.CountFor(nudge));
    }

    [Fact]
    public async Task A_waiting_nudge_that_lost_its_timer_in_a_crash_gets_one_at_startup()
    {
        await using var host = await SchedulingHost.CreateAsync(_folder);
        var due = host.NowUtc.AddHours(2);
        var nudge = await host.AddWaitingNudgeAsync(due); // committed, but the scheduler was never told

        await host.StartAsync();
        var recovered = await host.Recovery.Completion;

        Assert.Equal(new NudgeRecoveryResult(Waiting: 1, Restored: 1), recovered);
        Assert.Equal(due, (await host.TimerOfAsync(nudge))?.UtcDateTime);
        await host.LetTheSchedulerLookAsync();
        Assert.Equal(0, host.Delivery.CountFor(nudge));

        await host.AdvanceAsync(TimeSpan.FromHours(3));
        await host.WaitUntilDeliveredAsync(nudge);
        Assert.Equal(1, host.Delivery.CountFor(nudge));
    }

    [Fact]
    public async Task A_nudge_whose_timer_is_already_right_is_left_alone_at_startup()
    {
        var nudge = Guid.NewGuid();
        DateTime due;
        await using (var before = await SchedulingHost.CreateAsync(_folder))
        {
            due = before.NowUtc.AddHours(2);
            nudge = await before.AddWaitingNudgeAsync(due);
            await before.StartAsync();
            await before.Recovery.Completion;
        }

        await using var host = await SchedulingHost.CreateAsync(_folder);
        await host.StartAsync();
        var recovered = await host.Recovery.Completion;

        Assert.Equal(new NudgeRecoveryResult(Waiting: 1, Restored: 0), recovered);
        Assert.Equal(due, (await host.TimerOfAsync(nudge))?.UtcDateTime);
        await host.AdvanceAsync(TimeSpan.FromHours(3));
        await host.WaitUntilDeliveredAsync(nudge);
        Assert.Equal(1, host.Delivery.CountFor(nudge));
    }

    [Fact]
    public async Task A_timer_left_at_an_old_time_is_moved_to_the_nudges_due_time_at_startup()
    {
        await using var host = await SchedulingHost.CreateAsync(_folder);
        var start = host.NowUtc;
        var nudge = await host.AddWaitingNudgeAsync(start.AddHours(2));
        await host.Scheduler.ScheduleAsync(nudge, start.AddHours(2));
        await host.MoveInDatabaseAsync(nudge, start.AddHours(6)); // moved, then a crash before the scheduler heard

        await host.StartAsync();
        var recovered = await host.Recovery.Completion;

        Assert.Equal(new NudgeRecoveryResult(Waiting: 1, Restored: 1), recovered);
        Assert.Equal(start.AddHours(6), (await host.TimerOfAsync(nudge))?.UtcDateTime);
    }

    [Fact]
    public async Task Every_waiting_nudge_is_recovered_across_several_pages_and_a_second_pass_changes_nothing()
    {
        await using var host = await SchedulingHost.CreateAsync(_folder);
        var count = (2 * NudgeRecovery.PageSize) + 3;
        var start = host.NowUtc;
        var nudges = await host.AddWaitingNudgesAsync(Enumerable.Range(1, count).Select(i => start.AddMinutes(i)).ToList());

        await host.StartAsync();
        var first = await host.Recovery.Completion;
        var second = await host.Recovery.RecoverAsync();

        Assert.Equal(new NudgeRecoveryResult(count, count), first);
        Assert.Equal(new NudgeRecoveryResult(count, 0), second);
        foreach (var nudge in new[] { nudges[0], nudges[NudgeRecovery.PageSize], nudges[^1] })
            Assert.NotNull(await host.TimerOfAsync(nudge));
    }
}
