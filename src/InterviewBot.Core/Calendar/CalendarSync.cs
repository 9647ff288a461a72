using InterviewBot.Core.Conversations;
using InterviewBot.Core.FollowUp;
using InterviewBot.Core.Nudges;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Core.Calendar;

/// <summary>What one poll of a feed came to.</summary>
public enum PollOutcome
{
    /// <summary>There is no such feed (any more): its timer can go.</summary>
    NoFeed,
    Unchanged,
    Read,
    Failed,
}

/// <summary>
/// One poll of one person's calendar feed: read it (conditionally, see <see cref="ICalendarSource"/>), ask once
/// about each new phone screen in the next 30 days, and follow the events already tracked – a move moves the
/// interview and re-plans its nudges, a cancellation or deletion cancels it; the owner is told each time. What
/// the feed gave last is kept on each event, so an unchanged feed never undoes a change made in the bot. A
/// feed that fails for a day tells its owner once. Saved once, through <see cref="Commit"/>, like a turn.
/// </summary>
public sealed partial class CalendarSync(
    ICalendarFeeds feeds,
    ICalendarEvents events,
    ICalendarSource source,
    IFeedAddressProtector protector,
    IWorkspaces workspaces,
    IPeople people,
    IInterviews interviews,
    IEnumerable<IChatTransport> transports,
    DirectChats directChats,
    SentCardLedger ledger,
    WorkingTimes times,
    Commit commit,
    TimeProvider time,
    ILogger<CalendarSync> logger)
{
    /// <summary>How far ahead tracked events are followed (a call moved beyond the 30 days asked about is still a move, not a deletion).</summary>
    private static readonly TimeSpan Followed = TimeSpan.FromDays(366);

    /// <summary>An event this close to a booked interview is offered as that interview.</summary>
    public static readonly TimeSpan Near = TimeSpan.FromMinutes(15);

    public const string LostAddress = "I can no longer read the calendar address you gave me. Send it again with calendar <address>.";

    public async Task<PollOutcome> PollAsync(Guid feedId, CancellationToken cancellationToken = default)
    {
        var feed = await feeds.GetAsync(feedId, cancellationToken);
        if (feed is null) return PollOutcome.NoFeed;
        var workspace = await workspaces.GetAsync(feed.WorkspaceId, cancellationToken);
        var owner = workspace is null ? null : await people.GetAsync(workspace.Id, feed.PersonId, cancellationToken);
        if (workspace is null || owner is null) return PollOutcome.NoFeed;

        var now = time.GetUtcNow().UtcDateTime;
        var address = protector.Unprotect(feed.ProtectedAddress);
        var reading = address is null
            ? new FeedReading.Failed(LostAddress)
            : await source.ReadAsync(address, owner.DisplayName, feed.ETag, feed.LastModified, now, now + Followed, cancellationToken);
        var messages = new List<OutboundMessage>();
        var zone = times.ZoneOf(workspace, owner);
        PollOutcome outcome;
        switch (reading)
        {
            case FeedReading.Unchanged:
                feed.Unchanged(now);
                outcome = PollOutcome.Unchanged;
                break;
            case FeedReading.Read read:
                feed.Succeeded(read.ETag, read.LastModified, now);
                await ApplyAsync(feed, workspace, owner, zone, read.Events, now, messages, cancellationToken);
                outcome = PollOutcome.Read;
                break;
            case FeedReading.Failed failed:
                FeedFailed(logger, feed.Id, failed.Reason);
                if (feed.Failed(failed.Reason, now)) messages.Add(new OutboundMessage(CalendarCards.Failing(failed.Reason), null, Guid.Empty));
                outcome = PollOutcome.Failed;
                break;
            default:
                throw new InvalidOperationException($"Unknown reading {reading.GetType().Name}.");
        }
        await SendAsync(workspace, owner, messages, cancellationToken);
        await commit.SaveAsync(cancellationToken);
        return outcome;
    }

    private async Task ApplyAsync(CalendarFeed feed, Workspace workspace, Person owner, string zone, IReadOnlyList<FeedEvent> found, DateTime now,
        List<OutboundMessage> messages, CancellationToken ct)
    {
        var known = (await events.ListForFeedAsync(feed.Id, ct)).ToDictionary(e => e.EventKey, StringComparer.Ordinal);
        var finder = new PhoneScreenFinder(workspace.PhoneScreenKeywordList);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<Interview>? booked = null; // read once, at the first new phone screen
        foreach (var occurrence in found)
        {
            if (!seen.Add(occurrence.Key)) continue;
            if (known.TryGetValue(occurrence.Key, out var stored))
            {
                await FollowAsync(workspace, stored, occurrence, zone, now, messages, ct);
                continue;
            }
            if (occurrence.Cancelled || occurrence.StartUtc <= now || occurrence.StartUtc > now + PhoneScreenFinder.Window || !finder.IsPhoneScreen(occurrence)) continue;
            var asked = new CalendarEvent(feed, occurrence, finder.GuessCandidate(occurrence, owner.DisplayName), now);
            events.Add(asked);
            booked ??= await BookedAsync(workspace, owner, now, ct);
            var near = Nearest(booked, owner, asked);
            messages.Add(new OutboundMessage(null, CalendarCards.Ask(asked, zone, near), asked.Id));
        }
        foreach (var gone in known.Values.Where(e => !seen.Contains(e.EventKey) && e.StartUtc > now))
        {
            if (gone.State == CalendarEventState.Tracked) await CancelAsync(workspace, gone, zone, deleted: true, now, messages, ct);
            else if (gone.State == CalendarEventState.Asked) gone.End(now);
        }
    }

    /// <summary>An event asked about before: its new times kept, and a tracked one's interview moved or cancelled with it.</summary>
    private async Task FollowAsync(Workspace workspace, CalendarEvent stored, FeedEvent occurrence, string zone, DateTime now, List<OutboundMessage> messages,
        CancellationToken ct)
    {
        if (stored.State == CalendarEventState.Tracked && occurrence.Cancelled)
        {
            await CancelAsync(workspace, stored, zone, deleted: false, now, messages, ct);
            return;
        }
        if (occurrence.Cancelled && stored.State == CalendarEventState.Asked)
        {
            stored.End(now);
            return;
        }
        if (!stored.MovedIn(occurrence)) return;
        stored.Follow(occurrence, now);
        if (stored.State != CalendarEventState.Tracked || stored.InterviewId is not { } id) return;
        var interview = await interviews.FindAsync(workspace.Id, id, ct);
        if (interview is null || interview.Status != InterviewStatus.Scheduled) return;
        interview.Reschedule(occurrence.StartUtc, occurrence.EndUtc, occurrence.TimeZoneId == "UTC" ? interview.TimeZoneId : occurrence.TimeZoneId, now);
        messages.Add(new OutboundMessage(CalendarCards.Moved(interview, zone), null, Guid.Empty));
    }

    private async Task CancelAsync(Workspace workspace, CalendarEvent stored, string zone, bool deleted, DateTime now, List<OutboundMessage> messages,
        CancellationToken ct)
    {
        stored.End(now);
        if (stored.InterviewId is not { } id) return;
        var interview = await interviews.FindAsync(workspace.Id, id, ct);
        if (interview is null || interview.Status != InterviewStatus.Scheduled) return;
        interview.MoveTo(InterviewStatus.Cancelled, now);
        messages.Add(new OutboundMessage(CalendarCards.Cancelled(interview, zone, deleted), null, Guid.Empty));
    }

    /// <summary>
    /// The calls the owner is on that end after a day before now: every call a new event in the next 30 days can be
    /// near, in one query for the whole poll.
    /// </summary>
    private async Task<IReadOnlyList<Interview>> BookedAsync(Workspace workspace, Person owner, DateTime now, CancellationToken ct) =>
        await interviews.ListForPersonAsync(workspace.Id, owner.Id, now - Near - TimeSpan.FromDays(1), MostBooked, ct);

    /// <summary>More calls than a recruiter books in a month and a day.</summary>
    private const int MostBooked = 500;

    /// <summary>An open interview of the owner's, as recruiter, within <see cref="Near"/> of the event.</summary>
    private static Interview? Nearest(IReadOnlyList<Interview> booked, Person owner, CalendarEvent found) =>
        booked.FirstOrDefault(i => i.Status == InterviewStatus.Scheduled && i.SideOf(owner.Id) == Audience.Recruiter
            && (i.StartUtc - found.StartUtc).Duration() <= Near);

    /// <summary>To the owner's 1:1 chat; a card kept in the ledger so its buttons update it. One that cannot go out is logged, the poll still saved.</summary>
    private async Task SendAsync(Workspace workspace, Person owner, List<OutboundMessage> messages, CancellationToken ct)
    {
        if (messages.Count == 0) return;
        var address = await directChats.FindAsync(workspace, owner, ct);
        var transport = address is null ? null : transports.FirstOrDefault(t => t.Platform == address.Platform);
        if (address is null || transport is null)
        {
            NoChat(logger, owner.Id);
            return;
        }
        foreach (var message in messages)
        {
            try
            {
                var messageId = await transport.PostAsync(ChatDestination.Stored(address), message, ct);
                if (message.Card is not null) await ledger.RecordAsync(workspace.Id, message.CardId, address.ConversationId, messageId, ct);
            }
            catch (DeliveryException failure)
            {
                NotSent(logger, owner.Id, failure.Message);
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Calendar feed {FeedId} could not be read: {Reason}")]
    private static partial void FeedFailed(ILogger logger, Guid feedId, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Person {PersonId} has no 1:1 chat to be told about their calendar in")]
    private static partial void NoChat(ILogger logger, Guid personId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "A calendar message for person {PersonId} could not be posted: {Reason}")]
    private static partial void NotSent(ILogger logger, Guid personId, string reason);
}
