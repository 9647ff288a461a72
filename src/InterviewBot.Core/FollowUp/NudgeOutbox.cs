namespace InterviewBot.Core.FollowUp;

/// <summary>
/// Scheduler calls held back until the turn's changes are committed: a trigger that fired before
/// its nudge row was saved would find nothing and the nudge would be lost. After a crash between
/// commit and flush, start-up recovery schedules every waiting nudge again.
/// </summary>
public sealed class NudgeOutbox(INudgeScheduler scheduler)
{
    private readonly Dictionary<Guid, DateTime?> _pending = [];

    public void Schedule(Nudge nudge) => _pending[nudge.Id] = nudge.DueUtc;

    public void Cancel(Nudge nudge) => _pending[nudge.Id] = null;

    public bool IsEmpty => _pending.Count == 0;

    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        foreach (var (id, due) in _pending.ToList())
        {
            if (due is { } at) await scheduler.ScheduleAsync(id, at, cancellationToken);
            else await scheduler.CancelAsync(id, cancellationToken);
            _pending.Remove(id);
        }
    }
}
