namespace InterviewBot.Teams.Tests.Support;

/// <summary>
/// A clock on which every wait is over at once and the clock moves on by it: a retry after
/// "Retry-After: 1" happens straight away, one second later on this clock. Keeps the waits asked
/// for, so a test can check what the code decided to wait without waiting.
/// </summary>
internal sealed class SkipAheadTime : TimeProvider
{
    private readonly object _sync = new();
    private readonly List<TimeSpan> _waits = [];
    private TimeSpan _skipped;

    public IReadOnlyList<TimeSpan> Waits
    {
        get { lock (_sync) return _waits.ToList(); }
    }

    private TimeSpan Skipped
    {
        get { lock (_sync) return _skipped; }
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Skipped;

    public override long GetTimestamp() => System.GetTimestamp() + (long)(Skipped.TotalSeconds * TimestampFrequency);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan) return new StoppedTimer();
        lock (_sync)
        {
            _waits.Add(dueTime);
            _skipped += dueTime;
        }
        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new StoppedTimer();
    }

    private sealed class StoppedTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose() { }

        public ValueTask DisposeAsync() => default;
    }
}
