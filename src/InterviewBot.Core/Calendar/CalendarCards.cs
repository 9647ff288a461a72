using System.Globalization;
using InterviewBot.Core.Engine;

namespace InterviewBot.Core.Calendar;

/// <summary>What the owner of a calendar reads about the phone screens found in it.</summary>
public static class CalendarCards
{
    /// <summary>"Thu 10 Dec 14:00" in the reader's zone.</summary>
    public static string When(DateTime utc, string zone) =>
        Zones.ToLocal(utc, zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// The one question per event: track it as a phone screen (with the candidate's name, guessed and
    /// editable, and the role), or not. Near an interview already booked: link it to that one instead.
    /// </summary>
    public static NudgeView Ask(CalendarEvent found, string zone, Interview? near, string? status = null, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(found);
        var when = When(found.StartUtc, zone);
        var id = found.Id.ToString();
        var facts = new List<Fact> { new("In your calendar", found.Title), new("When", $"{when} ({zone})") };
        if (near is not null)
        {
            var body = $"'{found.Title}', {when}, is within 15 minutes of your call with {near.Candidate.Name} ({near.Role}). Is it that call?";
            if (status is not null) return new NudgeView("A phone screen in your calendar", body, null, [], facts, status);
            return new NudgeView("A phone screen in your calendar", body, null,
                [
                    ActionButton.For("Link to it", CalendarVerbs.Link, true, (CalendarVerbs.KeyEvent, id), (Verbs.KeyInterview, near.Id.ToString())),
                    ActionButton.For("Not a phone screen", CalendarVerbs.Ignore, false, (CalendarVerbs.KeyEvent, id)),
                ], facts);
        }
        var ask = $"Track '{found.Title}', {when}, as a phone screen?";
        if (status is not null) return new NudgeView("A phone screen in your calendar", ask, null, [], facts, status);
        return new NudgeView("A phone screen in your calendar", ask, null,
            [
                ActionButton.For("Track", CalendarVerbs.Track, true, (CalendarVerbs.KeyEvent, id)),
                ActionButton.For("Not a phone screen", CalendarVerbs.Ignore, false, (CalendarVerbs.KeyEvent, id)),
            ], facts, null, null,
            [
                new FieldView(CalendarVerbs.Candidate, "Candidate", Value: found.SuggestedCandidate, Required: true, MaxLength: Party.MaxNameLength,
                    Error: error is not null && string.IsNullOrWhiteSpace(found.SuggestedCandidate) ? error : null),
                new FieldView(CalendarVerbs.Role, "Role", Placeholder: "e.g. Backend engineer", Required: true, MaxLength: Interview.MaxRoleLength,
                    Error: error),
            ]);
    }

    public static string Moved(Interview interview, string zone) =>
        $"Your phone screen with {interview.Candidate.Name} moved in your calendar to {When(interview.StartUtc, zone)}. I moved the call and its reminders with it.";

    public static string Cancelled(Interview interview, string zone, bool deleted) =>
        $"Your phone screen with {interview.Candidate.Name} on {When(interview.StartUtc, zone)} was {(deleted ? "removed from" : "cancelled in")} your calendar, so I cancelled the call here and its reminders stop.";

    public static string Failing(string problem) =>
        $"I haven't been able to read your calendar for a day. {problem} Type {Markup.Italic("calendar")} to see how it stands, or {Markup.Italic("calendar off")} to stop.";
}
