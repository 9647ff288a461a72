namespace InterviewBot.DevTools.Clock;

/// <summary>
/// Stops a local-mode host whose <see cref="TimeProvider"/> is not the <see cref="LocalClock"/>: the
/// nudges would then be due by one clock and fired by another. This happens when something registers
/// a <see cref="TimeProvider"/> with <c>AddSingleton</c> after <c>AddLocalMode</c>, instead of adding a
/// default with <c>TryAddSingleton</c> as the core and the channels do.
/// </summary>
internal sealed class LocalClockCheck(TimeProvider clock, LocalClock localClock) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!ReferenceEquals(clock, localClock))
            throw new InvalidOperationException(
                $"The local clock is on, but the application's TimeProvider is {clock.GetType().Name}: something registered it with AddSingleton after AddLocalMode. " +
                "Register a default clock with TryAddSingleton, as AddInterviewBotCore does, so that local mode's clock is the one used.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
