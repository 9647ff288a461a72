using System.Collections.Concurrent;

namespace InterviewBot.Slack.Inbound;

/// <summary>
/// Event ids seen lately, so that Slack's retries (it retries up to three times within about an
/// hour when an ack is slow or lost) and Socket Mode's at-least-once delivery are handled once.
/// Kept per process: a deployment with several instances behind one Request URL would need a shared store.
/// </summary>
internal sealed class RecentEvents(TimeProvider clock)
{
    public static readonly TimeSpan Remember = TimeSpan.FromHours(2);

    private readonly ConcurrentDictionary<string, long> _seen = new(StringComparer.Ordinal);
    private long _nextSweep;

    /// <summary>True the first time an id is offered, false for every repeat within <see cref="Remember"/>.</summary>
    public bool TryAdd(string eventId)
    {
        var now = clock.GetTimestamp();
        SweepIfDue(now);
        var expires = now + (long)(Remember.TotalSeconds * clock.TimestampFrequency);
        while (true)
        {
            if (_seen.TryAdd(eventId, expires)) return true;
            if (!_seen.TryGetValue(eventId, out var until)) continue;
            if (until > now) return false;
            if (_seen.TryUpdate(eventId, expires, until)) return true;
        }
    }

    /// <summary>Forgets an id whose work could not be queued, so Slack's retry is taken.</summary>
    public void Forget(string eventId) => _seen.TryRemove(eventId, out _);

    private void SweepIfDue(long now)
    {
        var next = Interlocked.Read(ref _nextSweep);
        if (now < next || Interlocked.CompareExchange(ref _nextSweep, now + (long)(60 * clock.TimestampFrequency), next) != next) return;
        foreach (var (id, until) in _seen)
        {
            if (until <= now) _seen.TryRemove(new KeyValuePair<string, long>(id, until));
        }
    }
}
