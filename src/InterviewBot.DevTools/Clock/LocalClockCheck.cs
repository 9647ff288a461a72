namespace InterviewBot.DevTools.Clock;

/// <summary>
/// Stops a local-mode host whose <see cref="TimeProvider"/> is not the <see cref="LocalClock"/>: the
/// nudges would then be due by one clock and fired by another. This happens when something registers
/// a <see cref="TimeProvider"/> after <c>AddLocalMode</c>.
/// </summary>
internal sealed class LocalClockCheck(TimeProvider clock, LocalClock localClock) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!ReferenceEquals(clock, localClock))
            throw new InvalidOperationException(
                $"The local clock is on, but the application's TimeProvider is {clock.GetType().Name}. " +
                "Call AddLocalMode after AddInterviewBotCore (and after anything else that registers a TimeProvider).");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
