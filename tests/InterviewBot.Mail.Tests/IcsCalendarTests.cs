using Ical.Net;
using InterviewBot.Core.Ports;

namespace InterviewBot.Mail.Tests;

/// <summary>The .ics as a calendar reads it (parsed back with Ical.Net): the right instant, the call's zone, one event per call.</summary>
public sealed class IcsCalendarTests
{
    private static CallEvent Call(DateTime startUtc, string zone, int sequence = 0, bool cancelled = false) => new("0f1e2d@interviewbot", sequence, cancelled,
        startUtc, startUtc.AddMinutes(30), zone, "Phone screen: Backend engineer", "Hi Jordan", "Riley Recruiter", "hiring@acme.example", "Jordan Lee",
        "jordan@example.test", new DateTime(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc));

    [Theory]
    [InlineData("Europe/Berlin", 2027, 3, 26, 13)] // winter time, UTC+1
    [InlineData("Europe/Berlin", 2027, 3, 29, 12)] // the Monday after the clocks went forward, UTC+2
    [InlineData("America/New_York", 2027, 3, 10, 19)]
    public void The_call_is_written_in_its_zone_and_read_back_at_the_same_UTC_instant(string zone, int year, int month, int day, int hourUtc)
    {
        var start = new DateTime(year, month, day, hourUtc, 0, 0, DateTimeKind.Utc);

        var calendar = Ical.Net.Calendar.Load(new IcsCalendar().Write(Call(start, zone)))!;

        var call = Assert.Single(calendar.Events);
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal(start, call.DtStart!.AsUtc);
        Assert.Equal(start.AddMinutes(30), call.DtEnd!.AsUtc);
        Assert.Equal(zone, call.DtStart.TzId);
        Assert.Contains(calendar.TimeZones, z => z.TzId == zone);
        Assert.Equal("mailto:hiring@acme.example", call.Organizer!.Value!.ToString());
    }

    [Fact]
    public void A_cancellation_names_the_same_event_with_a_higher_sequence()
    {
        var start = new DateTime(2027, 3, 29, 12, 0, 0, DateTimeKind.Utc);

        var calendar = Ical.Net.Calendar.Load(new IcsCalendar().Write(Call(start, "Europe/Berlin", sequence: 2, cancelled: true)))!;

        var call = Assert.Single(calendar.Events);
        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal(("0f1e2d@interviewbot", 2, EventStatus.Cancelled), (call.Uid, call.Sequence, call.Status));
    }
}
