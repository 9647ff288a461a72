using InterviewBot.Core.Engine;
using InterviewBot.Core.FollowUp;
using InterviewBot.Core.Nudges;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.Calendar;

/// <summary>
/// A person's calendar feed in chat: <c>calendar &lt;address&gt;</c> adds (or replaces) it – in a 1:1 chat only,
/// as the address is a secret – <c>calendar</c> says how it stands, <c>calendar off</c> stops it and deletes the
/// address; and the answers to the card that asks about each phone screen found (<see cref="CalendarSync"/>):
/// track it (booked through <see cref="InterviewBooking"/>, the one way), link it to a call already booked, or not.
/// </summary>
public sealed class CalendarFlow(
    ICalendarFeeds feeds,
    ICalendarEvents events,
    ICalendarSource source,
    IFeedAddressProtector protector,
    ICalendarPolls polls,
    CalendarPollOutbox pollTimers,
    IInterviews interviews,
    InterviewBooking booking,
    WorkingTimes times)
{
    public static readonly string OnlyInPersonalChat =
        $"Your calendar's address is a secret, so send it to me in our 1:1 chat. Anyone here could read it now: reset the secret address in your calendar first, then send me the new one there.";

    public static readonly string HowTo =
        $"Send {Italic("calendar")} followed by your calendar's secret iCal address, and I'll ask you about each phone screen in it. "
        + "Outlook: Settings › Calendar › Shared calendars › Publish a calendar, then copy the ICS link. "
        + "Google Calendar: Settings › your calendar › Integrate calendar › Secret address in iCal format.";

    public async Task HandleAsync(Turn turn, string argument, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (TeamChannelFlow.IsSwitch(turn.Message.Text))
        {
            TeamChannelFlow.Handle(turn); // the workspace's keywords: read anywhere, changed in the team channel
            return;
        }
        var feed = await feeds.FindForPersonAsync(turn.Person.Id, ct);
        var words = argument.Trim();
        if (words.Length == 0)
        {
            turn.Say(feed is null ? HowTo : Status(feed, turn));
            return;
        }
        if (words.ToLowerInvariant() is "off" or "stop" or "remove" or "delete")
        {
            if (feed is null)
            {
                turn.Say("I'm not reading a calendar of yours.");
                return;
            }
            feeds.Remove(feed);
            pollTimers.Stop(feed.Id);
            turn.Say("I stopped reading your calendar and deleted its address. The calls I already track stay as they are.");
            return;
        }
        var address = SlackLink(words);
        if (await source.CheckAsync(address, ct) is { } problem)
        {
            turn.Say(problem);
            return;
        }
        if (feed is null)
        {
            feed = new CalendarFeed(turn.Workspace.Id, turn.Person.Id, protector.Protect(address), turn.NowUtc);
            feeds.Add(feed);
        }
        else
        {
            feed.Replace(protector.Protect(address), turn.NowUtc);
        }
        pollTimers.Start(feed.Id);
        turn.Say($"Got it. I'll read your calendar in a minute and then every {Minutes(polls.Interval)}, and ask you about each phone screen "
            + $"in the next 30 days. I keep the address encrypted and show it to nobody. Type {Italic("calendar off")} to stop.");
    }

    public async Task TrackAsync(Turn turn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await AskedAsync(turn, ct) is not { } found) return;
        var zone = times.ZoneOf(turn.Workspace, turn.Person);
        var candidate = UserText.SingleLine(turn.Submit?.Value(CalendarVerbs.Candidate) ?? "").Trim();
        var role = UserText.SingleLine(turn.Submit?.Value(CalendarVerbs.Role) ?? "").Trim();
        if (candidate.Length == 0 || role.Length == 0)
        {
            turn.ShowInPlace(CalendarCards.Ask(found, zone, null, error: "Fill in the candidate and the role, then tap Track."));
            return;
        }
        var interview = booking.Book(turn.Workspace, turn.Person,
            new BookingDetails(new Party(candidate), role, null, found.StartUtc, found.EndUtc, found.TimeZoneId == "UTC" ? zone : found.TimeZoneId), turn.NowUtc);
        found.Track(interview.Id, turn.NowUtc);
        turn.ShowInPlace(CalendarCards.Ask(found, zone, null,
            status: $"Tracked ✓ – your phone screen with {interview.Candidate.Name}. I'll follow it in your calendar and remind you before the call."));
    }

    public async Task LinkAsync(Turn turn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await AskedAsync(turn, ct) is not { } found) return;
        var interview = Guid.TryParse(turn.Submit?.Value(Verbs.KeyInterview), out var id) ? await interviews.FindAsync(turn.Workspace.Id, id, ct) : null;
        if (interview is null || interview.SideOf(turn.Person.Id) != Audience.Recruiter)
        {
            turn.Say("I can't find that call any more.");
            return;
        }
        found.Track(interview.Id, turn.NowUtc);
        turn.ShowInPlace(CalendarCards.Ask(found, times.ZoneOf(turn.Workspace, turn.Person), interview,
            status: $"Linked ✓ – it is your call with {interview.Candidate.Name}. I'll follow it in your calendar."));
    }

    public async Task IgnoreAsync(Turn turn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await AskedAsync(turn, ct) is not { } found) return;
        found.Ignore(turn.NowUtc);
        turn.ShowInPlace(CalendarCards.Ask(found, times.ZoneOf(turn.Workspace, turn.Person), null, status: "Okay – not a phone screen. I won't ask about it again."));
    }

    /// <summary>The event the tapped card asks about, still unanswered; otherwise says why and gives null.</summary>
    private async Task<CalendarEvent?> AskedAsync(Turn turn, CancellationToken ct)
    {
        var found = Guid.TryParse(turn.Submit?.Value(CalendarVerbs.KeyEvent), out var id) ? await events.FindAsync(turn.Person.Id, id, ct) : null;
        if (found is null)
        {
            turn.Say("I no longer know that calendar event.");
            return null;
        }
        if (found.State == CalendarEventState.Asked) return found;
        turn.Say(found.State switch
        {
            CalendarEventState.Tracked => "You already answered: I track that one.",
            CalendarEventState.Ignored => "You already answered: not a phone screen.",
            _ => "That event was cancelled or removed from your calendar.",
        });
        return null;
    }

    private string Status(CalendarFeed feed, Turn turn)
    {
        var zone = times.ZoneOf(turn.Workspace, turn.Person);
        var read = feed.LastReadUtc is { } last ? $"I last read it {CalendarCards.When(last, zone)}" : "I haven't read it yet";
        var failing = feed.LastProblem is { } problem ? $" The last try failed: {problem}" : "";
        return $"I read your calendar every {Minutes(polls.Interval)} for phone screens. {read}.{failing} Type {Italic("calendar off")} to stop, "
            + $"or {Italic("calendar")} with a new address to replace it.";
    }

    private static string Minutes(TimeSpan interval) => interval.TotalMinutes == 1 ? "minute" : $"{interval.TotalMinutes:0} minutes";

    /// <summary>Slack sends a pasted link as &lt;https://…&gt; or &lt;https://…|label&gt;.</summary>
    private static string SlackLink(string text)
    {
        text = text.Trim();
        if (text.StartsWith('<') && text.EndsWith('>')) text = text[1..^1];
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 ? text[..bar] : text;
    }
}
