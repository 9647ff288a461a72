namespace InterviewBot.Slack.Work;

/// <summary>
/// How many Slack turns use the CPU at once: the engine's part of a turn (EF Core and SQLite, the
/// flows, rendering) is a few milliseconds of CPU, its Web API calls seconds of waiting. A turn holds
/// a slot while it computes and gives it up whenever it waits on Slack (<see cref="StepAway"/>: a
/// Web API call, a channel's one-post-a-second pacing), so a slow Web API holds no slot and the
/// acknowledgements keep the CPU they need (more turns computing at once put the ack p99 in seconds:
/// bench/README.md, "Slack ack path"). Back from a wait, a turn goes ahead of turns not yet started,
/// so the turns under way finish first.
/// </summary>
internal sealed class EngineSlots
{
    private static readonly AsyncLocal<Slot?> Held = new();

    private readonly object _sync = new();
    private readonly Queue<TaskCompletionSource> _returning = new();
    private readonly Queue<TaskCompletionSource> _starting = new();
    private int _free;
    private long _started;

    public EngineSlots(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _free = count;
    }

    /// <summary>
    /// Half the cores (at least one): a turn that computes uses a core, and the other half stays free for
    /// acknowledging Slack within its 3 seconds however much work is waiting.
    /// </summary>
    public static int HalfTheCores => Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Turns waiting to start: the engine's backlog.</summary>
    public int Starting
    {
        get
        {
            lock (_sync) return _starting.Count;
        }
    }

    /// <summary>Turns that have taken a slot to start since start-up (what tests wait on to know a turn is under way).</summary>
    public long Started => Interlocked.Read(ref _started);

    /// <summary>
    /// Waits for a slot for a turn about to start, behind the turns already waiting. Then call
    /// <see cref="Slot.Use"/> in the turn's own flow, so its waits on Slack give the slot up.
    /// </summary>
    public async Task<Slot> TakeAsync(CancellationToken cancellationToken)
    {
        await WaitAsync(_starting, cancellationToken);
        Interlocked.Increment(ref _started);
        return new Slot(this);
    }

    /// <summary>
    /// Gives up the slot of the turn running in this flow while it waits on Slack; disposing the result
    /// takes a slot back. Nothing to give up outside a turn (a nudge, a start-up check) or when the
    /// slot was given up already (a wait inside a wait).
    /// </summary>
    public static Away StepAway() => Held.Value is { } slot && slot.TryLeave() ? new Away(slot) : default;

    private Task WaitAsync(Queue<TaskCompletionSource> queue, CancellationToken cancellationToken)
    {
        TaskCompletionSource waiter;
        lock (_sync)
        {
            if (_free > 0)
            {
                _free--;
                return Task.CompletedTask;
            }
            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            queue.Enqueue(waiter);
        }
        if (!cancellationToken.CanBeCanceled) return waiter.Task;
        var cancelled = cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
        return waiter.Task.ContinueWith(t =>
        {
            cancelled.Dispose();
            return t;
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).Unwrap();
    }

    /// <summary>A free slot goes to a turn coming back from a wait, else to the next turn to start (a cancelled waiter is skipped).</summary>
    private void Release()
    {
        lock (_sync)
        {
            while (_returning.Count > 0 || _starting.Count > 0)
            {
                var next = _returning.Count > 0 ? _returning.Dequeue() : _starting.Dequeue();
                if (next.TrySetResult()) return;
            }
            _free++;
        }
    }

    /// <summary>A turn's slot: held while it computes, given back when the turn ends.</summary>
    public sealed class Slot : IDisposable
    {
        private readonly EngineSlots _owner;
        private readonly object _sync = new();
        private bool _held = true;
        private bool _ended;

        internal Slot(EngineSlots owner) => _owner = owner;

        /// <summary>Makes this the slot of the turn running in the calling flow (and what it calls).</summary>
        public void Use() => Held.Value = this;

        internal bool TryLeave()
        {
            lock (_sync)
            {
                if (!_held || _ended) return false;
                _held = false;
            }
            _owner.Release();
            return true;
        }

        internal async ValueTask ReturnAsync()
        {
            await _owner.WaitAsync(_owner._returning, CancellationToken.None);
            bool ended;
            lock (_sync)
            {
                ended = _ended;
                if (!ended) _held = true;
            }
            if (ended) _owner.Release(); // the turn ended while this wait was still out: nobody holds this one
        }

        public void Dispose()
        {
            bool held;
            lock (_sync)
            {
                if (_ended) return;
                _ended = true;
                held = _held;
                _held = false;
            }
            if (held) _owner.Release();
        }
    }

    /// <summary>A wait on Slack without the slot; disposing it takes a slot back.</summary>
    public readonly struct Away : IAsyncDisposable
    {
        private readonly Slot? _slot;

        internal Away(Slot slot) => _slot = slot;

        public ValueTask DisposeAsync() => _slot?.ReturnAsync() ?? ValueTask.CompletedTask;
    }
}
