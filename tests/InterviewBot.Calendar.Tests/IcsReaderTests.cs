using InterviewBot.Core.Calendar;

namespace InterviewBot.Calendar.Tests;

/// <summary>The phone screens a recruiter would expect the bot to see in their Outlook and Google exports.</summary>
public sealed class IcsReaderTests
{
    private static readonly DateTime From = new(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime To = From + PhoneScreenFinder.Window;

    [Fact]
    public void Outlook_times_in_a_Windows_zone_are_read_in_UTC_on_both_sides_of_the_change_to_summer_time()
    {
        var events = IcsReader.Read(CalendarExports.Outlook(), "Rita Recruiter", null, From, To);

        var jordan = Assert.Single(events, e => e.Title == "Phone screen - Jordan Lee");
        Assert.Equal(new DateTime(2027, 3, 4, 13, 0, 0, DateTimeKind.Utc), jordan.StartUtc);
        Assert.Equal(new DateTime(2027, 3, 4, 13, 30, 0, DateTimeKind.Utc), jordan.EndUtc);
        Assert.Equal("Europe/Berlin", jordan.TimeZoneId);
        Assert.False(jordan.Cancelled);
        // Tuesdays at 16:00 in Berlin: 15:00 UTC in winter, 14:00 UTC after 28 March.
        var slots = events.Where(e => e.Title == "Recruiter call (open slot)").Select(e => e.StartUtc).ToList();
        Assert.Contains(new DateTime(2027, 3, 2, 15, 0, 0, DateTimeKind.Utc), slots);
        Assert.Contains(new DateTime(2027, 3, 30, 14, 0, 0, DateTimeKind.Utc), slots);
    }

    [Fact]
    public void A_moved_instance_of_a_recurring_event_keeps_its_key_and_takes_its_new_time()
    {
        var events = IcsReader.Read(CalendarExports.Outlook(), "Rita Recruiter", null, From, To);

        var slots = events.Where(e => e.Title == "Recruiter call (open slot)").ToList();
        Assert.Equal(5, slots.Count); // six Tuesdays from 2 March, the first already under way is kept; none lost to the move
        Assert.DoesNotContain(slots, s => s.StartUtc == new DateTime(2027, 3, 23, 15, 0, 0, DateTimeKind.Utc));
        var moved = Assert.Single(slots, s => s.StartUtc == new DateTime(2027, 3, 24, 10, 0, 0, DateTimeKind.Utc));
        Assert.EndsWith("|20270323T150000Z", moved.Key, StringComparison.Ordinal);
        Assert.Equal(slots.Count, slots.Select(s => s.Key).Distinct().Count());
    }

    [Fact]
    public void All_day_events_are_left_out_and_a_cancelled_event_is_read_as_cancelled()
    {
        var events = IcsReader.Read(CalendarExports.Outlook(), "Rita Recruiter", null, From, To);

        Assert.DoesNotContain(events, e => e.Title.StartsWith("Phone screen day", StringComparison.Ordinal));
        Assert.True(Assert.Single(events, e => e.Title == "Phone interview: Priya Nair").Cancelled);
    }

    [Fact]
    public void Google_recurrences_with_an_excluded_and_a_moved_instance_and_an_event_the_owner_declined()
    {
        var owner = IcsReader.EmailIn("http://127.0.0.1:5000/calendar/ical/rita.recruiter%40acme.example/private-6f1c0d2e9a8b7c6d/basic.ics");
        Assert.Equal("rita.recruiter@acme.example", owner);

        var events = IcsReader.Read(CalendarExports.Google(), "Rita Recruiter", owner, From, To);

        var calls = events.Where(e => e.Title == "Recruiter call").Select(e => e.StartUtc).ToList();
        Assert.Equal(
            [
                new DateTime(2027, 3, 2, 16, 0, 0, DateTimeKind.Utc),  // 11:00 EST
                new DateTime(2027, 3, 10, 19, 0, 0, DateTimeKind.Utc), // moved from Tue 9 Mar to Wed 14:00 EST
                new DateTime(2027, 3, 23, 15, 0, 0, DateTimeKind.Utc), // 11:00 EDT; 16 March excluded
            ], calls);
        Assert.All(events.Where(e => e.Title == "Recruiter call"), e => Assert.Equal("America/New_York", e.TimeZoneId));
        var screening = Assert.Single(events, e => e.Title == "Screening call");
        Assert.Equal(["Rita Recruiter", "Sam Okafor"], screening.Attendees);
        Assert.True(Assert.Single(events, e => e.Title == "Phone screen – Alex Kim").Cancelled);
        Assert.DoesNotContain(events, e => e.Title.Contains("training", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_that_is_no_calendar_is_refused_as_such()
    {
        Assert.Throws<FormatException>(() => IcsReader.Read("<html><body>Sign in</body></html>", "Rita", null, From, To));
    }
}
