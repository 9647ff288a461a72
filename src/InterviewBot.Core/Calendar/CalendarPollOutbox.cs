namespace InterviewBot.Core.Calendar;

/// <summary>
/// Calendar poll timers held back until the turn is saved, as <see cref="Mail.MailOutbox"/> does for mail:
/// a timer set for a feed whose save then failed would poll nothing (and remove itself), and a timer stopped
/// for a feed that stays because its removal failed to save would leave that feed unread. Flushed by
/// <see cref="FollowUp.Commit"/> after the save; the last word per feed wins (added, then off: stopped).
/// </summary>
/// <remarks>The timers are looked up only when a feed was started or stopped: a host with no calendar polls needs none.</remarks>
public sealed class CalendarPollOutbox(IEnumerable<ICalendarPolls> polls)
{
    private readonly Dictionary<Guid, bool> _pending = [];

    /// <summary>Polls the feed once it is saved (see <see cref="ICalendarPolls.StartAsync"/>).</summary>
    public void Start(Guid feedId) => _pending[feedId] = true;

    /// <summary>Stops the feed's polls once its removal is saved.</summary>
    public void Stop(Guid feedId) => _pending[feedId] = false;

    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        if (_pending.Count == 0) return;
        var timers = polls.LastOrDefault() ?? throw new InvalidOperationException("A calendar feed was added or removed, but no ICalendarPolls is registered to poll it.");
        foreach (var (feedId, start) in _pending.ToList())
        {
            if (start) await timers.StartAsync(feedId, cancellationToken);
            else await timers.StopAsync(feedId, cancellationToken);
            _pending.Remove(feedId);
        }
    }
}
