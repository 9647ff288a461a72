using System.Diagnostics;
using InterviewBot.Cluster.Tests.Support;
using InterviewBot.Core.Domain;
using InterviewBot.Persistence;
using Xunit.Abstractions;

namespace InterviewBot.Cluster.Tests;

/// <summary>
/// Two real host processes on one PostgreSQL database, each a node of one Quartz cluster, sending to
/// one stand-in connector (no Teams rate limits there; the bot keeps its own): 10,000 waiting nudges
/// are delivered once each between them, and when one host is killed mid-run the other finishes the
/// work within 30 seconds.
/// </summary>
/// <remarks>
/// <para>
/// The nudges are written to the database before the hosts start (<see cref="NudgeSeed"/>), and each
/// host's start-up recovery (NudgeRecovery) gives them their timers, as after a restart of the whole
/// cluster: both hosts schedule the same nudges at the same moment, and each must still fire once.
/// They are due now, so neither host's local clock (kept in memory, one per process) needs moving.
/// </para>
/// <para>
/// The fail-over run is smaller (<see cref="FailoverNudgeCount"/>), so that what the 30 seconds
/// measure is the take-over – the survivor noticing the dead node (its check-ins stop) and running the
/// deliveries it had under way again – rather than how fast one host on this machine works through a
/// backlog of thousands alone.
/// </para>
/// <para>
/// The bot keeps Teams' rate limits itself (7 messages a second per chat, 50 a second per tenant, per
/// process), so the nudges are spread over <see cref="Tenants"/> tenants and ten per recruiter's chat;
/// otherwise the limits, not the cluster, would set the pace. The tenants have every other kind of
/// nudge turned off, so the "call starting" cards are all there is to deliver.
/// </para>
/// </remarks>
public sealed class ClusterDeliveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int NudgeCount = 10_000;
    private const int FailoverNudgeCount = 600;
    private const int Tenants = 25;
    private const int NudgesPerChat = 10;

    /// <summary>The Quartz thread pool of one host: at most this many nudges are being delivered by it at once.</summary>
    private const int DeliveriesInFlightPerHost = 10;

    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(90);

    /// <summary>Generous, for a busy machine: two hosts here send 10,000 nudges in a few minutes at most.</summary>
    private static readonly TimeSpan RunPatience = TimeSpan.FromMinutes(8);

    /// <summary>The bound for the survivor to finish after the other host is killed.</summary>
    private static readonly TimeSpan FailoverBound = TimeSpan.FromSeconds(30);

    /// <summary>The test's clock: deadlines are times on it.</summary>
    private readonly Stopwatch _clock = new();
    private readonly List<ClusterNode> _nodes = [];
    private LocalConnector _connector = null!;
    private string _database = "";

    private DatabaseSettings Database => new() { Provider = PersistenceProviders.Postgres, ConnectionString = _database };

    public async Task InitializeAsync()
    {
        _connector = await LocalConnector.StartAsync();
        if (TestPostgres.IsAvailable || TestPostgres.IsRequired) _database = await TestPostgres.CreateDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        await _connector.DisposeAsync();
        if (_database.Length > 0) await TestPostgres.DropDatabaseAsync(_database);
    }

    [PostgresFact]
    public async Task Two_hosts_on_one_database_deliver_each_of_10000_nudges_exactly_once()
    {
        var nudges = await SeedAsync(NudgeCount);
        _clock.Start();

        var (a, b) = await StartTwoHostsAsync();
        await WaitUntilAllSentAsync(NudgeCount, _clock.Elapsed + RunPatience);
        var allSent = _clock.Elapsed;
        // Anything sent twice would still be on its way: give it a moment to arrive before counting.
        await Task.Delay(TimeSpan.FromSeconds(3));

        var deliveries = Deliveries.Of(_connector);
        output.WriteLine($"{NudgeCount} nudges sent {allSent.TotalSeconds:0.0} s after the hosts started ({NudgeCount / allSent.TotalSeconds:0}/s); " +
            $"sent twice: {deliveries.SentMoreThanOnce.Count}; nudge jobs run: {a.Name} {a.NudgeJobsRun}, {b.Name} {b.NudgeJobsRun}");
        Assert.Equal(0, deliveries.WithoutNudgeCard);
        Assert.Equal(nudges.Order(), deliveries.PerNudge.Keys.Order());
        Assert.Empty(deliveries.SentMoreThanOnce);
        Assert.Equal(new Dictionary<NudgeState, int> { [NudgeState.Sent] = NudgeCount }, await StoredNudge.CountByStateAsync(Database));
        // Both hosts did a real share of the work.
        Assert.All(new[] { a, b }, node => Assert.True(node.NudgeJobsRun >= NudgeCount / 10, $"{node.Name} ran only {node.NudgeJobsRun} nudge jobs"));
    }

    [PostgresFact]
    public async Task When_one_host_is_killed_mid_run_the_other_finishes_every_nudge_within_30_seconds()
    {
        var nudges = await SeedAsync(FailoverNudgeCount);
        _clock.Start();

        var (a, b) = await StartTwoHostsAsync();
        await WaitUntilAsync(() => Task.FromResult(_connector.Requests.Count >= FailoverNudgeCount / 5), _clock.Elapsed + RunPatience,
            "a fifth of the nudges to be sent");
        await a.KillAsync();
        var killedAt = _clock.Elapsed;
        var sentBeforeKill = _connector.Requests.Count;
        // What the killed host had taken on and not finished; its rows stay until the survivor recovers them.
        var held = await QuartzTables.HeldByAsync(_database, a.InstanceIdPattern);

        await WaitUntilAllSentAsync(FailoverNudgeCount, killedAt + FailoverBound);
        var finishedAfter = _clock.Elapsed - killedAt;
        await Task.Delay(TimeSpan.FromSeconds(3));

        var deliveries = Deliveries.Of(_connector);
        var wasDelivering = held.Where(h => h.State == "EXECUTING").Select(h => h.NudgeId).ToHashSet();
        output.WriteLine($"{a.Name} killed {killedAt.TotalSeconds:0.0} s in, after {sentBeforeKill} sends, holding {held.Count} nudges " +
            $"({wasDelivering.Count} being delivered); {b.Name} finished the rest {finishedAfter.TotalSeconds:0.0} s after the kill. " +
            $"Sent twice: {deliveries.SentMoreThanOnce.Count}. Nudge jobs run: {a.Name} {a.NudgeJobsRun}, {b.Name} {b.NudgeJobsRun}");
        Assert.False(b.HasExited, b.Output);
        Assert.Equal(0, deliveries.WithoutNudgeCard);
        Assert.Equal(nudges.Order(), deliveries.PerNudge.Keys.Order());
        Assert.Equal(new Dictionary<NudgeState, int> { [NudgeState.Sent] = FailoverNudgeCount }, await StoredNudge.CountByStateAsync(Database));
        // Only a send the killed host had made but not yet recorded goes out again: one of the deliveries
        // it had under way, each at most twice.
        Assert.InRange(deliveries.SentMoreThanOnce.Count, 0, DeliveriesInFlightPerHost);
        Assert.Subset(wasDelivering, deliveries.SentMoreThanOnce.ToHashSet());
        Assert.All(deliveries.PerNudge.Values, times => Assert.InRange(times, 1, 2));
    }

    /// <summary>Creates the schema (the bot's migrations) and <paramref name="count"/> nudges due now; answers their ids.</summary>
    private Task<IReadOnlyList<Guid>> SeedAsync(int count) =>
        NudgeSeed.CallsUnderWayAsync(Database, _connector.ServiceUrl, count, Tenants, NudgesPerChat, onlyCallStarting: true);

    private async Task<(ClusterNode A, ClusterNode B)> StartTwoHostsAsync()
    {
        var a = ClusterNode.Start("host A", _database);
        var b = ClusterNode.Start("host B", _database);
        _nodes.AddRange([a, b]);
        await Task.WhenAll(a.WaitUntilHealthyAsync(StartPatience), b.WaitUntilHealthyAsync(StartPatience));
        return (a, b);
    }

    private Task WaitUntilAllSentAsync(int count, TimeSpan deadline) =>
        WaitUntilAsync(async () => (await StoredNudge.CountByStateAsync(Database)).GetValueOrDefault(NudgeState.Sent) == count, deadline, $"all {count} nudges to be sent");

    /// <summary>Polls until <paramref name="done"/>; past <paramref name="deadline"/> (on the test's clock) fails with what the database and the hosts say.</summary>
    private async Task WaitUntilAsync(Func<Task<bool>> done, TimeSpan deadline, string what)
    {
        while (!await done())
        {
            if (_clock.Elapsed > deadline)
            {
                var states = string.Join(", ", (await StoredNudge.CountByStateAsync(Database)).Select(s => $"{s.Key} {s.Value}"));
                Assert.Fail($"Waited in vain for {what} ({_clock.Elapsed.TotalSeconds:0} s in): nudges {states}; {_connector.Requests.Count} sends.\n" +
                    string.Join('\n', _nodes.Select(n => n.Output)));
            }
            await Task.Delay(250);
        }
    }
}
