using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack.Work;

/// <summary>
/// Where acknowledged Slack requests wait for the engine, so the request itself returns at once.
/// Bounded lanes: a person's turns always land in the same lane and run in order; different people
/// run in parallel. When a lane is full the request is refused (Slack retries events) rather than
/// held past Slack's 3 seconds. Each turn runs in its own DI scope, like an HTTP request.
/// </summary>
internal sealed class SlackWorkLanes : BackgroundService
{
    /// <summary>
    /// How many people's turns run at once. A turn mostly waits on Slack's Web API (a few calls of a
    /// few hundred milliseconds), so many lanes cost little CPU (what they carry with a slow Web API:
    /// bench/README.md, "Slack ack path").
    /// </summary>
    public const int Lanes = 64;

    /// <summary>
    /// Turns waiting per lane. Small on purpose: a command that would wait behind more than this is
    /// answered at once with "busy, try again in a moment" rather than after minutes.
    /// </summary>
    public const int LaneCapacity = 32;

    private readonly Channel<SlackTurn>[] _lanes;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<SlackWorkLanes> _logger;

    public SlackWorkLanes(IServiceScopeFactory scopes, ILogger<SlackWorkLanes> logger)
    {
        _scopes = scopes;
        _logger = logger;
        _lanes = Enumerable.Range(0, Lanes)
            .Select(_ => Channel.CreateBounded<SlackTurn>(new BoundedChannelOptions(LaneCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait }))
            .ToArray();
    }

    /// <summary>False when the person's lane is full or the host is stopping.</summary>
    public bool TryEnqueue(SlackTurn turn) => _lanes[LaneOf(turn.PartitionKey)].Writer.TryWrite(turn);

    /// <summary>Cancelled only when the host gives up waiting for the lanes to drain.</summary>
    private readonly CancellationTokenSource _abort = new();
    private bool _disposed;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_lanes.Select(lane => Task.Run(() => DrainAsync(lane.Reader, _abort.Token), CancellationToken.None)));

    /// <summary>
    /// Takes nothing new, but lets the turns already acknowledged finish – Slack was told they were
    /// received and will not send them again – until the host's shutdown timeout runs out.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var lane in _lanes) lane.Writer.TryComplete();
        try
        {
            await (ExecuteTask ?? Task.CompletedTask).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // out of time: what is left is cut off below
        }
        lock (_abort)
        {
            if (!_disposed) _abort.Cancel();
        }
        await base.StopAsync(CancellationToken.None);
    }

    /// <summary>The test host may dispose its services before it stops them; stopping then has nothing left to cut off.</summary>
    public override void Dispose()
    {
        lock (_abort)
        {
            if (_disposed) return;
            _disposed = true;
            _abort.Cancel();
            _abort.Dispose();
        }
        base.Dispose();
    }

    private async Task DrainAsync(ChannelReader<SlackTurn> reader, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var turn in reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var scope = _scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<SlackTurnRunner>().RunAsync(turn, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception failure)
                {
                    // The runner answers the person itself; this is the last line so one bad turn never stops the lane.
                    Log.TurnFailed(_logger, failure, turn.Source.ToString(), turn.ChannelId);
                }
                finally
                {
                    turn.ModalAnswer?.TryGive(null);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    /// <summary>A stable lane per person (string.GetHashCode is randomised per process, which is fine within one).</summary>
    private static int LaneOf(string key) => (int)((uint)StringComparer.Ordinal.GetHashCode(key) % Lanes);
}
