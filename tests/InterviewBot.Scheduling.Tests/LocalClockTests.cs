using InterviewBot.Scheduling.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Scheduling.Tests;

public sealed class LocalClockTests
{
    [Fact]
    public void Advancing_moves_the_clock_ahead_of_real_time_by_that_much()
    {
        var clock = new LocalClock();
        var before = TimeProvider.System.GetUtcNow();

        var now = clock.Advance(TimeSpan.FromDays(7));

        Assert.Equal(TimeSpan.FromDays(7), clock.Offset);
        Assert.True(now >= before + TimeSpan.FromDays(7));
        Assert.True(clock.GetUtcNow() >= now);
    }

    [Fact]
    public void Advances_add_up()
    {
        var clock = new LocalClock();

        clock.Advance(TimeSpan.FromHours(1.5));
        clock.Advance(TimeSpan.FromHours(24));

        Assert.Equal(TimeSpan.FromHours(25.5), clock.Offset);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-24 * 365)]
    [InlineData(0.0002)] // under a second: the scheduler would see no move
    public void The_clock_never_moves_backwards_or_stands_still(double hours)
    {
        var clock = new LocalClock();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromHours(hours)));

        Assert.Contains("only moves forward", error.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, clock.Offset);
    }

    [Fact]
    public void One_step_is_at_most_sixty_days()
    {
        var clock = new LocalClock();

        clock.Advance(TimeSpan.FromDays(60));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromDays(60) + TimeSpan.FromTicks(1)));

        Assert.Equal(TimeSpan.FromDays(60), clock.Offset);
    }

    [Fact]
    public async Task The_local_clock_is_the_applications_clock()
    {
        using var folder = new TempFolder();
        await using var host = await SchedulingHost.CreateAsync(folder);

        Assert.Same(host.Clock, host.Services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task A_host_that_registers_another_clock_after_scheduling_refuses_to_start_and_says_why()
    {
        using var folder = new TempFolder();
        await using var host = await SchedulingHost.CreateAsync(folder, services => services.AddSingleton(TimeProvider.System));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(host.StartAsync);

        Assert.Contains("AddNudgeScheduling after AddInterviewBotCore", error.Message, StringComparison.Ordinal);
    }
}
