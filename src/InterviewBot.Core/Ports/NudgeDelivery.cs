namespace InterviewBot.Core.Ports;

/// <summary>
/// What happens when a nudge's timer fires (<see cref="INudgeScheduler"/>). The timer carries only the
/// id, so this reads the nudge afresh, checks that it is still waiting and due, sends it, records the
/// result and, after a transient failure, schedules the retry itself. It may be called more than once
/// for the same nudge (a restart, a stale trigger) and must then send at most once.
/// </summary>
public interface INudgeDelivery
{
    Task DeliverAsync(Guid nudgeId, CancellationToken cancellationToken = default);
}
