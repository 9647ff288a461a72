using System.Text.RegularExpressions;
using Ical.Net.DataTypes;
using InterviewBot.Core.Calendar;
using IcalCalendar = Ical.Net.Calendar;
using IcalEvent = Ical.Net.CalendarComponents.CalendarEvent;

namespace InterviewBot.Calendar;

/// <summary>
/// Reads an ICS export with Ical.Net: the timed occurrences in a window, recurrences expanded with their
/// moved or cancelled instances (RECURRENCE-ID) applied, times in UTC from their TZID – IANA names and the
/// Windows names Outlook writes alike. All-day events are left out (a phone screen has a time); an event
/// with STATUS:CANCELLED, or one its owner declined, is read as cancelled.
/// </summary>
public static partial class IcsReader
{
    /// <exception cref="FormatException">The text is not an iCalendar file.</exception>
    public static IReadOnlyList<FeedEvent> Read(string ics, string ownerName, string? ownerEmail, DateTime fromUtc, DateTime toUtc)
    {
        IcalCalendar calendar;
        try
        {
            calendar = IcalCalendar.Load(ics) ?? throw new FormatException("The feed holds no calendar.");
        }
        catch (Exception failure) when (failure is not FormatException)
        {
            throw new FormatException("The feed is not a calendar in iCalendar format.", failure);
        }

        var found = new List<FeedEvent>();
        foreach (var occurrence in calendar.GetOccurrences<IcalEvent>(new CalDateTime(fromUtc.AddDays(-1), "UTC")))
        {
            var start = occurrence.Period.StartTime;
            if (start.AsUtc >= toUtc) break;
            if (occurrence.Source is not IcalEvent source || !start.HasTime || source.IsAllDay) continue;
            var end = occurrence.Period.EffectiveEndTime ?? start;
            var endUtc = end.AsUtc > start.AsUtc ? end.AsUtc : start.AsUtc.AddMinutes(30);
            if (endUtc <= fromUtc) continue;
            var uid = source.Uid ?? "";
            if (uid.Length == 0) continue;
            var recurs = source.RecurrenceIdentifier is not null || source.RecurrenceRule is not null;
            var original = source.RecurrenceIdentifier?.StartTime.AsUtc ?? start.AsUtc;
            var key = recurs ? $"{uid}|{original:yyyyMMdd'T'HHmmss'Z'}" : uid;
            var cancelled = string.Equals(source.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase) || DeclinedByOwner(source, ownerName, ownerEmail);
            found.Add(new FeedEvent(key, uid, (source.Summary ?? "").Trim(), start.AsUtc, endUtc, ZoneOf(start.TzId), cancelled, Attendees(source)));
        }
        return found;
    }

    /// <summary>The owner's address as a Google or Outlook secret address carries it in its path (…/ical/jordan%40acme.com/…), or null.</summary>
    public static string? EmailIn(string address)
    {
        var match = EmailInPath().Match(Uri.UnescapeDataString(address));
        return match.Success ? match.Value : null;
    }

    /// <summary>The IANA zone for a TZID: an IANA name as it is, a Windows name (Outlook's "W. Europe Standard Time") converted, else UTC.</summary>
    public static string ZoneOf(string? tzId)
    {
        if (string.IsNullOrWhiteSpace(tzId) || tzId.Equals("UTC", StringComparison.OrdinalIgnoreCase)) return "UTC";
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(tzId, out var iana)) return iana;
        return TimeZoneInfo.TryFindSystemTimeZoneById(tzId, out var zone) && zone.HasIanaId ? zone.Id : "UTC";
    }

    private static List<string> Attendees(IcalEvent source) =>
        source.Attendees
            .Select(a => !string.IsNullOrWhiteSpace(a.CommonName) ? a.CommonName.Trim() : a.Value?.OriginalString.Replace("mailto:", "", StringComparison.OrdinalIgnoreCase) ?? "")
            .Where(name => name.Length > 0)
            .ToList();

    private static bool DeclinedByOwner(IcalEvent source, string ownerName, string? ownerEmail) =>
        source.Attendees.Any(a => string.Equals(a.ParticipationStatus, "DECLINED", StringComparison.OrdinalIgnoreCase)
            && ((ownerEmail is not null && string.Equals(a.Value?.OriginalString.Replace("mailto:", "", StringComparison.OrdinalIgnoreCase), ownerEmail, StringComparison.OrdinalIgnoreCase))
                || (!string.IsNullOrWhiteSpace(a.CommonName) && string.Equals(a.CommonName.Trim(), ownerName, StringComparison.OrdinalIgnoreCase))));

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmailInPath();
}
