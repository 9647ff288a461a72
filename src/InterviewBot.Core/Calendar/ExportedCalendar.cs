namespace InterviewBot.Core.Calendar;

/// <summary>
/// A person's calendar feed in their export: not its address – a secret, kept encrypted, that a copy in a
/// chat would give away – but that there is one, what the polls learned, and each event asked about.
/// </summary>
public sealed record ExportedCalendar(string Address, DateTime AddedUtc, DateTime? LastReadUtc, string? LastProblem, IReadOnlyList<ExportedCalendarEvent> Events)
{
    public const string Masked = "(your calendar's secret address: kept encrypted, not shown)";

    public static ExportedCalendar Of(CalendarFeed feed, IEnumerable<CalendarEvent> events)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return new ExportedCalendar(Masked, feed.CreatedUtc, feed.LastReadUtc, feed.LastProblem,
            events.OrderBy(e => e.StartUtc)
                .Select(e => new ExportedCalendarEvent(e.Uid, e.Title, e.StartUtc, e.EndUtc, e.SuggestedCandidate, e.State.ToString(), e.InterviewId))
                .ToList());
    }
}

/// <summary>One event of the feed the bot asked about, and what became of it.</summary>
public sealed record ExportedCalendarEvent(string Uid, string Title, DateTime StartUtc, DateTime EndUtc, string SuggestedCandidate, string State, Guid? InterviewId);
