namespace InterviewBot.Fault.Tests.Support;

/// <summary>Polls until something has happened, up to a deadline; never asserts how long it took.</summary>
public static class Polling
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan patience, Func<T, string> describe)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"Gave up waiting after {patience.TotalSeconds:0} s: {describe(value)}");
            await Task.Delay(250);
        }
    }
}
