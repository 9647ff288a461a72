namespace InterviewBot.Scheduling.Tests.Support;

/// <summary>Polls until something has happened, with a generous cap; never waits for time to pass.</summary>
public static class Eventually
{
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(20);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        using var cap = new CancellationTokenSource(Cap);
        while (!await condition())
        {
            if (cap.IsCancellationRequested) throw new Xunit.Sdk.XunitException($"Gave up waiting: {what}.");
            await Task.Delay(25, CancellationToken.None);
        }
    }

    public static Task TrueAsync(Func<bool> condition, string what) => TrueAsync(() => Task.FromResult(condition()), what);
}
