using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack.Work;

/// <summary>
/// Where acknowledged Slack requests wait for the engine, so the request itself returns at once.
/// Every person has a lane of their own: their turns run one after another, in the order they came,
/// and a turn waiting on a slow Web API holds up nobody else's. What limits the work is the CPU: a
/// turn computes only in one of the <see cref="EngineSlots"/> and gives it up while it waits on Slack.
/// What would wait too long is refused at once (Slack retries events; a command or a tap is told
/// "busy, try again in a moment") rather than answered after minutes: a person's
/// <see cref="PerPerson"/>-th turn, or any turn while <see cref="EngineBacklog"/> turns wait for the
/// engine or <see cref="Capacity"/> are taken in all. Each turn runs in its own DI scope, like an
/// HTTP request.
/// </summary>
internal sealed class SlackWorkLanes : IHostedService, IDisposable
{
    /// <summary>
    /// A person's turns taken and not finished, the running one included. Their answers go out about one
    /// a second per channel (Slack's rule), so the last of them is answered within some 8–16 seconds
    /// even when each post takes a second (bench/README.md, "Slack ack path").
    /// </summary>
    public const int PerPerson = 8;

    /// <summary>
    /// The same for what Slack's Events API brings (messages typed to the bot, mentions): a refused event
    /// comes back only with Slack's retries, minutes later and out of order, so a person's typed messages
    /// get the room one shared lane gave them before (32) rather than a command's quick "busy".
    /// </summary>
    public const int PerPersonEvents = 32;

    /// <summary>
    /// Turns waiting to start in the engine, everyone's: about a second or two of engine work on two
    /// cores (a turn is 1–3 ms of CPU). Beyond it the engine is behind and new work is refused.
    /// </summary>
    public const int EngineBacklog = 1_000;

    /// <summary>Turns taken and not finished, in all: a bound on memory whatever else happens.</summary>
    public const int Capacity = 8_192;

    /// <summary>How often, at most, a full queue is logged while it stays full.</summary>
    private static readonly TimeSpan LogFullEvery = TimeSpan.FromSeconds(10);

    private readonly object _sync = new();
    private readonly Dictionary<string, Queue<SlackTurn>> _people = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IServiceScopeFactory _scopes;
    private readonly EngineSlots _slots;
    private readonly TimeProvider _clock;
    private readonly ILogger<SlackWorkLanes> _logger;
    private int _taken;
    private bool _closed;
    private long? _loggedFullAt;

    public SlackWorkLanes(IServiceScopeFactory scopes, EngineSlots slots, SlackClock clock, ILogger<SlackWorkLanes> logger)
    {
        _scopes = scopes;
        _slots = slots;
        _clock = clock.Time;
        _logger = logger;
    }

    private static int LimitOf(SlackTurn turn) => turn.Source is SlackSource.DirectMessage or SlackSource.Mention ? PerPersonEvents : PerPerson;

    /// <summary>False when the person's lane or the engine is full, or the host is stopping.</summary>
    public bool TryEnqueue(SlackTurn turn)
    {
        string? full;
        lock (_sync)
        {
            if (_closed) return false;
            _people.TryGetValue(turn.PartitionKey, out var lane);
            full = lane?.Count >= LimitOf(turn) ? $"a person has {LimitOf(turn)} turns waiting"
                : _taken >= Capacity ? $"{Capacity} turns are waiting in all"
                : _slots.Starting >= EngineBacklog ? $"{EngineBacklog} turns are waiting for the engine"
                : null;
            if (full is null)
            {
                _taken++;
                if (lane is not null)
                {
                    lane.Enqueue(turn);
                    return true;
                }
                lane = new Queue<SlackTurn>();
                lane.Enqueue(turn);
                _people[turn.PartitionKey] = lane;
                _ = Task.Run(() => RunLaneAsync(turn.PartitionKey, lane), CancellationToken.None);
                return true;
            }
        }
        LogFull(full);
        return false;
    }

    /// <summary>Cancelled only when the host gives up waiting for the lanes to drain.</summary>
    private readonly CancellationTokenSource _abort = new();
    private bool _disposed;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Takes nothing new, but lets the turns already acknowledged finish – Slack was told they were
    /// received and will not send them again – until the host's shutdown timeout runs out.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_sync)
        {
            _closed = true;
            if (_people.Count == 0) _drained.TrySetResult();
        }
        try
        {
            await _drained.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // out of time: what is left is cut off below
        }
        lock (_abort)
        {
            if (!_disposed) _abort.Cancel();
        }
    }

    /// <summary>The test host may dispose its services before it stops them; stopping then has nothing left to cut off.</summary>
    public void Dispose()
    {
        lock (_abort)
        {
            if (_disposed) return;
            _disposed = true;
            _abort.Cancel();
            _abort.Dispose();
        }
    }

    /// <summary>Runs a person's turns in order until their lane is empty; the next turn starts a new run.</summary>
    private async Task RunLaneAsync(string person, Queue<SlackTurn> lane)
    {
        CancellationToken stopping;
        lock (_abort) stopping = _disposed ? new CancellationToken(canceled: true) : _abort.Token;
        while (true)
        {
            SlackTurn turn;
            lock (_sync) turn = lane.Peek();
            await RunAsync(turn, stopping);
            lock (_sync)
            {
                lane.Dequeue();
                _taken--;
                if (lane.Count > 0) continue;
                _people.Remove(person);
                if (_closed && _people.Count == 0) _drained.TrySetResult();
                return;
            }
        }
    }

    private async Task RunAsync(SlackTurn turn, CancellationToken stopping)
    {
        try
        {
            if (stopping.IsCancellationRequested) return; // cut off at shutdown
            await using var scope = _scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SlackTurnRunner>().RunAsync(turn, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // shutting down
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

    /// <summary>Once when it fills, then at most every <see cref="LogFullEvery"/> while it stays full.</summary>
    private void LogFull(string reason)
    {
        var now = _clock.GetTimestamp();
        lock (_sync)
        {
            if (_loggedFullAt is { } last && _clock.GetElapsedTime(last, now) < LogFullEvery) return;
            _loggedFullAt = now;
        }
        Log.WorkFull(_logger, reason, _taken, _slots.Starting);
    }
}
