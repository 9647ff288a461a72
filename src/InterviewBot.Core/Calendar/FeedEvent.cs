namespace InterviewBot.Core.Calendar;

/// <summary>
/// One timed occurrence read from a calendar feed, in the window the bot looks at. <see cref="Key"/> tells
/// occurrences apart across polls: the event's UID, and for an occurrence of a recurring event the
/// original start it recurs at (its RECURRENCE-ID), so a moved instance keeps its key.
/// </summary>
/// <param name="TimeZoneId">The IANA zone the event was written in (UTC when it named none).</param>
/// <param name="Cancelled">STATUS:CANCELLED, or declined by the feed's owner.</param>
/// <param name="Attendees">The attendees' names (or their addresses when no name is given).</param>
public sealed record FeedEvent(string Key, string Uid, string Title, DateTime StartUtc, DateTime EndUtc, string TimeZoneId, bool Cancelled,
    IReadOnlyList<string> Attendees);

/// <summary>What one poll of a feed found.</summary>
public abstract record FeedReading
{
    /// <summary>The feed answered 304: nothing changed since the last poll.</summary>
    public sealed record Unchanged : FeedReading;

    /// <summary>The feed's events in the window, with the validators to send next time.</summary>
    public sealed record Read(IReadOnlyList<FeedEvent> Events, string? ETag, DateTimeOffset? LastModified) : FeedReading;

    /// <summary>The feed could not be read; <see cref="Reason"/> is a plain sentence for its owner.</summary>
    public sealed record Failed(string Reason) : FeedReading;
}
