using InterviewBot.Fault.Tests.Support;
using Xunit.Abstractions;

namespace InterviewBot.Fault.Tests;

/// <summary>
/// The host is killed with SIGKILL while it is sending a burst of 1,000 nudges, and started again on
/// the same database: every nudge still reaches its chat, and only a nudge that was on its way at the
/// moment of the kill (posted, but not yet recorded as sent) may reach it twice.
/// </summary>
public sealed class KillDuringBurstTests(ITestOutputHelper output) : IDisposable
{
    private const int Burst = 1000;

    /// <summary>Many chats (one per recruiter) in a few tenants, so Teams' per-tenant limit allows 200 posts a second in all.</summary>
    private const int Tenants = 4;

    private const int KillAfter = 300;

    /// <summary>The Quartz thread pool (AddNudgeScheduling): at most this many nudges are being delivered at any moment.</summary>
    private const int DeliveriesAtOnce = 10;

    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Killed_in_a_burst_of_1000_nudges_and_restarted_it_loses_none_and_repeats_only_those_in_flight()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var connector = await LocalConnector.StartAsync();
        connector.EnforceLimits(ConnectorLimits.Teams());
        var nudges = await NudgeSeed.CallsUnderWayAsync(_data.Database, connector.ServiceUrl, Burst, Tenants);
        output.WriteLine($"Seeded {Burst} calls under way in {clock.Elapsed.TotalSeconds:0.0} s.");

        await using (var host = await HostProcess.StartAsync(new() { Folder = _data }))
        {
            await Polling.UntilAsync(() => Task.FromResult(Deliveries.Of(connector).PerNudge.Count), n => n >= KillAfter,
                TimeSpan.FromMinutes(2), n => $"only {n} nudges were delivered before the kill.\n{host.Output}");
            await host.KillAsync();
        }

        // The process is gone; a request it had finished sending may still be in the stand-in's hands for a moment.
        await UntilQuietAsync(connector);
        output.WriteLine($"Killed at {clock.Elapsed.TotalSeconds:0.0} s.");
        var deliveredAtKill = Deliveries.Of(connector).PerNudge;
        var storedAtKill = await StoredNudge.ReadAsync(_data.Database);
        var sentAtKill = nudges.Where(id => storedAtKill[id].IsSent).ToHashSet();
        var inFlight = deliveredAtKill.Keys.Where(id => !sentAtKill.Contains(id)).ToList();

        // Nothing is recorded as sent that did not reach its chat; what reached it and was not yet recorded is bounded by the pool.
        Assert.Subset(deliveredAtKill.Keys.ToHashSet(), sentAtKill);
        Assert.InRange(inFlight.Count, 0, DeliveriesAtOnce);
        Assert.True(sentAtKill.Count < Burst, "the kill came in the middle of the burst");

        await using (var restarted = await HostProcess.StartAsync(new() { Folder = _data }))
        {
            await Polling.UntilAsync(() => StoredNudge.ReadAsync(_data.Database), stored => nudges.All(id => stored[id].IsSent), TimeSpan.FromMinutes(3),
                stored => $"{nudges.Count(id => stored[id].IsSent)} of {Burst} nudges sent after the restart.\n{restarted.Output}");
            output.WriteLine($"All sent at {clock.Elapsed.TotalSeconds:0.0} s.");
            await UntilQuietAsync(connector);
        }

        var delivered = Deliveries.Of(connector).PerNudge;
        var missing = nudges.Where(id => !delivered.ContainsKey(id)).ToList();
        var twice = delivered.Where(d => d.Value > 1).Select(d => d.Key).ToList();
        output.WriteLine($"Delivered before the kill: {deliveredAtKill.Count} of {Burst}; recorded as sent then: {sentAtKill.Count}; " +
            $"in flight at the kill: {inFlight.Count} (bound: {DeliveriesAtOnce}).");
        output.WriteLine($"After the restart: {delivered.Count} of {Burst} delivered, {missing.Count} missing, {twice.Count} delivered twice " +
            $"(all of them in flight at the kill: {twice.All(inFlight.Contains)}); 429s from the stand-in: {connector.Refused.Count}.");

        Assert.Empty(missing);
        Assert.Subset(inFlight.ToHashSet(), twice.ToHashSet());
        Assert.All(delivered.Values, times => Assert.InRange(times, 1, 2));
    }

    /// <summary>Waits until the stand-in has taken no request for a second.</summary>
    private static async Task UntilQuietAsync(LocalConnector connector)
    {
        var seen = -1;
        while (connector.Received.Count != seen)
        {
            seen = connector.Received.Count;
            await Task.Delay(1000);
        }
    }
}
