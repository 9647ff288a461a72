using System.Collections.Concurrent;
using InterviewBot.Core.Ports;

namespace InterviewBot.Scheduling.Tests.Support;

/// <summary>
/// Stands in for the core's delivery: records which nudge was handed over, and when by the local
/// clock. <see cref="OnDeliver"/> lets a test act as the real delivery would (schedule a retry, fail).
/// </summary>
public sealed class RecordingDelivery : INudgeDelivery
{
    private readonly ConcurrentQueue<(Guid NudgeId, DateTimeOffset At)> _deliveries = new();

    /// <summary>The clock the deliveries are timed by; set by the host that uses this.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Runs after a delivery is recorded.</summary>
    public Func<Guid, CancellationToken, Task>? OnDeliver { get; set; }

    public IReadOnlyList<(Guid NudgeId, DateTimeOffset At)> Deliveries => _deliveries.ToList();

    public int CountFor(Guid nudgeId) => _deliveries.Count(d => d.NudgeId == nudgeId);

    public async Task DeliverAsync(Guid nudgeId, CancellationToken cancellationToken = default)
    {
        _deliveries.Enqueue((nudgeId, Clock.GetUtcNow()));
        if (OnDeliver is { } onDeliver) await onDeliver(nudgeId, cancellationToken);
    }
}
