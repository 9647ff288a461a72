namespace InterviewBot.Core.Mail;

/// <summary>
/// Mail timers held back until the mail is committed, as <see cref="FollowUp.NudgeOutbox"/> does for nudges:
/// a timer that fired before its row was saved would find nothing. After a crash between the two, start-up
/// gives every queued mail its timer again.
/// </summary>
/// <remarks>The scheduler is looked up only when a mail was queued: a host that sends no mail needs none.</remarks>
public sealed class MailOutbox(IEnumerable<IMailScheduler> schedulers)
{
    private readonly Dictionary<Guid, DateTime> _pending = [];

    public void Schedule(MailRecord mail) => _pending[mail.Id] = mail.NextAttemptUtc;

    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        if (_pending.Count == 0) return;
        var scheduler = schedulers.LastOrDefault() ?? throw new InvalidOperationException("A mail was queued, but no IMailScheduler is registered to send it.");
        foreach (var (id, due) in _pending.ToList())
        {
            await scheduler.ScheduleAsync(id, due, cancellationToken);
            _pending.Remove(id);
        }
    }
}
