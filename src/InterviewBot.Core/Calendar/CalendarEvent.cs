namespace InterviewBot.Core.Calendar;

/// <summary>What the owner made of a phone screen found in their calendar.</summary>
public enum CalendarEventState
{
    /// <summary>Asked, no answer yet.</summary>
    Asked,

    /// <summary>Tracked as an interview (booked, or linked to one already booked).</summary>
    Tracked,

    /// <summary>"Not a phone screen": never asked again.</summary>
    Ignored,

    /// <summary>Cancelled or deleted in the calendar after it was tracked: its interview was cancelled.</summary>
    Ended,
}

/// <summary>
/// The link between one occurrence in a person's calendar and the bot: asked about once, then tracked as
/// an interview (its UID kept) or ignored. <see cref="StartUtc"/>/<see cref="EndUtc"/> are the times the feed
/// last gave, so a poll moves the interview only when the calendar moved the event – a change made in the
/// bot stays until the calendar itself changes.
/// </summary>
public sealed class CalendarEvent
{
    public const int MaxTitleLength = 200;

    private CalendarEvent() { }

    public CalendarEvent(CalendarFeed feed, FeedEvent found, string suggestedCandidate, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(found);
        Id = Guid.NewGuid();
        FeedId = feed.Id;
        WorkspaceId = feed.WorkspaceId;
        PersonId = feed.PersonId;
        EventKey = found.Key;
        Uid = found.Uid;
        Title = Clip(found.Title);
        SuggestedCandidate = suggestedCandidate;
        StartUtc = found.StartUtc;
        EndUtc = found.EndUtc;
        TimeZoneId = found.TimeZoneId;
        State = CalendarEventState.Asked;
        CreatedUtc = UpdatedUtc = nowUtc;
    }

    public Guid Id { get; private set; }
    public Guid FeedId { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid PersonId { get; private set; }

    /// <summary>The UID, and for an occurrence of a recurring event its RECURRENCE-ID (see <see cref="FeedEvent.Key"/>).</summary>
    public string EventKey { get; private set; } = "";

    public string Uid { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string SuggestedCandidate { get; private set; } = "";
    public DateTime StartUtc { get; private set; }
    public DateTime EndUtc { get; private set; }
    public string TimeZoneId { get; private set; } = Person.DefaultTimeZone;
    public CalendarEventState State { get; private set; }
    public Guid? InterviewId { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime UpdatedUtc { get; private set; }

    public void Track(Guid interviewId, DateTime nowUtc)
    {
        InterviewId = interviewId;
        State = CalendarEventState.Tracked;
        UpdatedUtc = nowUtc;
    }

    public void Ignore(DateTime nowUtc)
    {
        State = CalendarEventState.Ignored;
        UpdatedUtc = nowUtc;
    }

    public void End(DateTime nowUtc)
    {
        State = CalendarEventState.Ended;
        UpdatedUtc = nowUtc;
    }

    /// <summary>Whether the feed now gives other times than it gave last.</summary>
    public bool MovedIn(FeedEvent found) => found.StartUtc != StartUtc || found.EndUtc != EndUtc;

    /// <summary>Takes the feed's latest times and title.</summary>
    public void Follow(FeedEvent found, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(found);
        StartUtc = found.StartUtc;
        EndUtc = found.EndUtc;
        TimeZoneId = found.TimeZoneId;
        Title = Clip(found.Title);
        UpdatedUtc = nowUtc;
    }

    private static string Clip(string title) => title.Length <= MaxTitleLength ? title : title[..MaxTitleLength];
}
