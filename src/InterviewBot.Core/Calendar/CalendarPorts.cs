namespace InterviewBot.Core.Calendar;

/// <summary>The calendar feeds people added: one per person at most.</summary>
public interface ICalendarFeeds
{
    Task<CalendarFeed?> FindForPersonAsync(Guid personId, CancellationToken cancellationToken = default);

    Task<CalendarFeed?> GetAsync(Guid feedId, CancellationToken cancellationToken = default);

    /// <summary>The id of every saved feed, and nothing else: what the start-up pass needs to give each its poll timer.</summary>
    Task<IReadOnlyList<Guid>> ListIdsAsync(CancellationToken cancellationToken = default);

    void Add(CalendarFeed feed);

    void Remove(CalendarFeed feed);
}

/// <summary>The events of a feed the bot asked about, and what became of each.</summary>
public interface ICalendarEvents
{
    Task<IReadOnlyList<CalendarEvent>> ListForFeedAsync(Guid feedId, CancellationToken cancellationToken = default);

    Task<CalendarEvent?> FindAsync(Guid personId, Guid eventId, CancellationToken cancellationToken = default);

    void Add(CalendarEvent calendarEvent);
}

/// <summary>
/// Where a feed is read: the secret address fetched with its validators (ETag, Last-Modified) and its
/// occurrences in the window asked for parsed.
/// </summary>
public interface ICalendarSource
{
    /// <summary>Why the address cannot be used (a plain sentence for the person who gave it), or null when it can be polled.</summary>
    Task<string?> CheckAsync(string address, CancellationToken cancellationToken = default);

    /// <param name="ownerName">The feed owner's display name: an event they declined counts as cancelled.</param>
    Task<FeedReading> ReadAsync(string address, string ownerName, string? etag, DateTimeOffset? lastModified, DateTime fromUtc, DateTime toUtc,
        CancellationToken cancellationToken = default);
}

/// <summary>Keeps a feed's secret address encrypted at rest.</summary>
public interface IFeedAddressProtector
{
    string Protect(string address);

    /// <summary>The address, or null when it can no longer be decrypted (the key ring lost its key).</summary>
    string? Unprotect(string protectedAddress);
}

/// <summary>The recurring poll of each feed (a durable timer per feed in production).</summary>
public interface ICalendarPolls
{
    /// <summary>How often each feed is read (<c>Calendar:PollMinutes</c>).</summary>
    TimeSpan Interval { get; }

    /// <summary>Polls the feed in a minute (once the feed is saved) and then every <see cref="Interval"/>; replaces an earlier timer for it.</summary>
    Task StartAsync(Guid feedId, CancellationToken cancellationToken = default);

    Task StopAsync(Guid feedId, CancellationToken cancellationToken = default);
}

/// <summary>How often each feed is read: <c>Calendar:PollMinutes</c>, read by the host.</summary>
public sealed record CalendarPolling(TimeSpan Interval)
{
    public static CalendarPolling Default { get; } = new(TimeSpan.FromMinutes(10));
}
