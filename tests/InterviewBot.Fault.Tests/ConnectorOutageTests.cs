using System.Globalization;
using System.Net;
using InterviewBot.Fault.Tests.Support;
using Xunit.Abstractions;

namespace InterviewBot.Fault.Tests;

/// <summary>
/// The Bot Connector answers every request with 503 or 429 (with Retry-After) for a minute while
/// nudges fall due: each send tries a few times, gives the nudge back to the scheduler with a retry
/// time, and once the connector is back every nudge arrives, exactly once.
/// </summary>
public sealed class ConnectorOutageTests(ITestOutputHelper output) : IDisposable
{
    private const int Nudges = 36;
    private const int Tenants = 3;

    /// <summary>
    /// How long the connector is down. A minute, as the issue asks: longer than all the tries one send
    /// makes (five, about 15 s), so every nudge has to go back to the scheduler and come again. Set
    /// INTERVIEWBOT_FAULT_OUTAGE_SECONDS to shorten it for a quick local run.
    /// </summary>
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("INTERVIEWBOT_FAULT_OUTAGE_SECONDS"), CultureInfo.InvariantCulture, out var seconds) ? seconds : 60);

    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_connector_answering_503_and_429_for_a_minute_delays_nudges_but_loses_and_repeats_none()
    {
        await using var connector = await LocalConnector.StartAsync();
        var nudges = await NudgeSeed.CallsUnderWayAsync(_data.Database, connector.ServiceUrl, Nudges, Tenants);
        var outageEnds = connector.UnavailableFor(Outage, retryAfterSeconds: 2);
        await using var host = await HostProcess.StartAsync(new() { Folder = _data });

        // Down: nothing gets through, and every nudge tried in the outage is handed back to the
        // scheduler as still pending, with its failure recorded, rather than dropped.
        var afterOutage = await Polling.UntilAsync(() => StoredNudge.ReadAsync(_data.Database),
            stored => connector.Elapsed >= outageEnds && nudges.All(id => stored[id].IsSent || stored[id].Attempts >= 1 || connector.Elapsed >= outageEnds + Outage),
            Outage + TimeSpan.FromMinutes(2), stored => $"{nudges.Count(id => stored[id].Attempts >= 1)} of {Nudges} nudges tried.\n{host.Output}");
        var refused = connector.Refused;
        var retried = nudges.Count(id => afterOutage[id].Attempts >= 1);
        Assert.NotEmpty(refused);
        Assert.All(refused, r => Assert.True(r.ReceivedAt < outageEnds, "only requests in the outage were refused"));
        Assert.Contains(refused, r => r.Status == 503);
        Assert.Contains(refused, r => r.Status == 429);
        Assert.All(nudges, id => Assert.True(afterOutage[id].IsSent || afterOutage[id].IsWaiting, $"nudge {id} is {afterOutage[id].State}: {afterOutage[id].LastError}"));
        Assert.True(retried > 0, "some nudges went back to the scheduler");

        // Back: the retries are minutes away on the scheduler's clock; in local mode, move it on.
        using (var http = host.Client())
        {
            // The move returns once what fell due on the way has gone out: here, every retry.
            http.Timeout = TimeSpan.FromMinutes(3);
            using var moved = await http.PostAsync(new Uri("dev/clock/advance?hours=0.25", UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }
        await Polling.UntilAsync(() => StoredNudge.ReadAsync(_data.Database), stored => nudges.All(id => stored[id].IsSent), TimeSpan.FromMinutes(2),
            stored => $"{nudges.Count(id => stored[id].IsSent)} of {Nudges} sent after the outage.\n{host.Output}");

        var delivered = Deliveries.Of(connector).PerNudge;
        output.WriteLine($"Outage of {Outage.TotalSeconds:0} s: {refused.Count} tries refused ({refused.Count(r => r.Status == 503)} × 503, " +
            $"{refused.Count(r => r.Status == 429)} × 429); {retried} of {Nudges} nudges went back to the scheduler; " +
            $"afterwards {delivered.Count} delivered, {delivered.Values.Count(v => v > 1)} more than once.");
        Assert.All(nudges, id => Assert.Equal(1, delivered.GetValueOrDefault(id)));
    }
}
