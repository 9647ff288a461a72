using InterviewBot.Core.Calendar;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Stores;

/// <remarks>Finds look first at what this unit of work already added or loaded (see <see cref="UnitOfWork"/>).</remarks>
internal sealed class CalendarFeedStore(InterviewBotDbContext db) : ICalendarFeeds
{
    public async Task<CalendarFeed?> FindForPersonAsync(Guid personId, CancellationToken cancellationToken = default) =>
        db.CalendarFeeds.Local.FirstOrDefault(f => f.PersonId == personId)
        ?? await db.CalendarFeeds.FirstOrDefaultAsync(f => f.PersonId == personId, cancellationToken);

    public async Task<CalendarFeed?> GetAsync(Guid feedId, CancellationToken cancellationToken = default) =>
        await db.CalendarFeeds.FindAsync([feedId], cancellationToken);

    public async Task<IReadOnlyList<Guid>> ListIdsAsync(CancellationToken cancellationToken = default) =>
        await db.CalendarFeeds.Select(f => f.Id).ToListAsync(cancellationToken);

    public void Add(CalendarFeed feed) => db.CalendarFeeds.Add(feed);

    public void Remove(CalendarFeed feed) => db.CalendarFeeds.Remove(feed);
}

internal sealed class CalendarEventStore(InterviewBotDbContext db) : ICalendarEvents
{
    public async Task<IReadOnlyList<CalendarEvent>> ListForFeedAsync(Guid feedId, CancellationToken cancellationToken = default) =>
        await db.CalendarEvents.Where(e => e.FeedId == feedId).ToListAsync(cancellationToken);

    public async Task<CalendarEvent?> FindAsync(Guid personId, Guid eventId, CancellationToken cancellationToken = default) =>
        db.CalendarEvents.Local.FirstOrDefault(e => e.Id == eventId && e.PersonId == personId)
        ?? await db.CalendarEvents.FirstOrDefaultAsync(e => e.Id == eventId && e.PersonId == personId, cancellationToken);

    public void Add(CalendarEvent calendarEvent) => db.CalendarEvents.Add(calendarEvent);
}
