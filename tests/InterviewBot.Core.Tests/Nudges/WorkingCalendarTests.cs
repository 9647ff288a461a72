using static InterviewBot.Core.Tests.Nudges.NudgeTestKit;

namespace InterviewBot.Core.Tests.Nudges;

public class WorkingCalendarTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Weekends_and_public_holidays_are_not_working_days()
    {
        var berlin = new WorkingCalendar(Berlin());

        Assert.True(berlin.IsWorkingDay(D(2027, 5, 5)));
        Assert.False(berlin.IsWorkingDay(D(2027, 5, 6)));  // Ascension Day
        Assert.False(berlin.IsWorkingDay(D(2027, 5, 8)));  // Saturday
        Assert.True(new WorkingCalendar(Berlin(holidays: null)).IsWorkingDay(D(2027, 5, 6)));
    }

    [Fact]
    public void A_Sunday_to_Thursday_week_works_on_Sunday_and_rests_on_Friday()
    {
        var jerusalem = new WorkingCalendar(Jerusalem());

        Assert.True(jerusalem.IsWorkingDay(D(2027, 3, 28)));   // Sunday
        Assert.False(jerusalem.IsWorkingDay(D(2027, 3, 26)));  // Friday
        Assert.Equal(D(2027, 3, 28), jerusalem.NextWorkingDay(D(2027, 3, 25)));
    }

    [Fact]
    public void The_working_day_starts_at_nine_local_on_both_sides_of_a_clock_change()
    {
        var berlin = new WorkingCalendar(Berlin(holidays: null));
        var newYork = new WorkingCalendar(NewYork(holidays: null));

        Assert.Equal(Utc("2027-03-26 08:00"), berlin.StartOfWorkingDay(D(2027, 3, 26)));   // CET, UTC+1
        Assert.Equal(Utc("2027-03-29 07:00"), berlin.StartOfWorkingDay(D(2027, 3, 29)));   // CEST, UTC+2
        Assert.Equal(Utc("2027-10-29 07:00"), berlin.StartOfWorkingDay(D(2027, 10, 29)));
        Assert.Equal(Utc("2027-11-01 08:00"), berlin.StartOfWorkingDay(D(2027, 11, 1)));
        Assert.Equal(Utc("2027-03-12 14:00"), newYork.StartOfWorkingDay(D(2027, 3, 12)));  // EST, UTC-5
        Assert.Equal(Utc("2027-03-15 13:00"), newYork.StartOfWorkingDay(D(2027, 3, 15)));  // EDT, UTC-4
    }

    [Fact]
    public void A_working_day_starting_at_a_time_the_clocks_skip_starts_when_the_clock_jumps()
    {
        var nightShift = new WorkingCalendar(new WorkingTime("Europe/Berlin", new TimeOnly(2, 30), new TimeOnly(11, 0), (WorkingDays)127));

        var start = nightShift.StartOfWorkingDay(D(2027, 3, 28));

        Assert.Equal(Utc("2027-03-28 01:00"), start);   // 03:00 CEST, the first moment after 02:00 CET
        Assert.Equal(DateTimeKind.Utc, start.Kind);
        Assert.True(nightShift.IsWorkingMoment(start));
        Assert.False(nightShift.IsWorkingMoment(start.AddTicks(-1)));
    }

    [Fact]
    public void A_working_day_starting_at_a_time_that_happens_twice_starts_at_the_first()
    {
        var nightShift = new WorkingCalendar(new WorkingTime("Europe/Berlin", new TimeOnly(2, 30), new TimeOnly(11, 0), (WorkingDays)127));

        Assert.Equal(Utc("2027-10-31 00:30"), nightShift.StartOfWorkingDay(D(2027, 10, 31)));   // 02:30 CEST
    }

    [Fact]
    public void The_next_working_moment_is_now_inside_hours_and_the_next_working_morning_outside()
    {
        var berlin = new WorkingCalendar(Berlin());

        Assert.Equal(At("Europe/Berlin", "2027-05-05 11:17"), berlin.NextWorkingMoment(At("Europe/Berlin", "2027-05-05 11:17")));
        Assert.Equal(At("Europe/Berlin", "2027-05-05 09:00"), berlin.NextWorkingMoment(At("Europe/Berlin", "2027-05-05 06:45")));
        // Wednesday evening → Thursday is Ascension Day → Friday morning.
        Assert.Equal(At("Europe/Berlin", "2027-05-07 09:00"), berlin.NextWorkingMoment(At("Europe/Berlin", "2027-05-05 18:00")));
        // Friday evening → Monday morning.
        Assert.Equal(At("Europe/Berlin", "2027-05-10 09:00"), berlin.NextWorkingMoment(At("Europe/Berlin", "2027-05-07 19:30")));
    }

    [Fact]
    public void The_start_of_the_next_working_day_is_the_first_working_morning_after_the_moment()
    {
        var berlin = new WorkingCalendar(Berlin());

        Assert.Equal(At("Europe/Berlin", "2027-05-04 09:00"), berlin.StartOfNextWorkingDay(At("Europe/Berlin", "2027-05-04 07:00")));
        Assert.Equal(At("Europe/Berlin", "2027-05-05 09:00"), berlin.StartOfNextWorkingDay(At("Europe/Berlin", "2027-05-04 09:00")));
        Assert.Equal(At("Europe/Berlin", "2027-05-07 09:00"), berlin.StartOfNextWorkingDay(At("Europe/Berlin", "2027-05-05 12:00")));
    }

    [Fact]
    public void Working_days_are_counted_past_weekends_and_holidays()
    {
        var berlin = new WorkingCalendar(Berlin());

        Assert.Equal(D(2027, 5, 7), berlin.AddWorkingDays(D(2027, 5, 5), 1));
        Assert.Equal(D(2027, 5, 11), berlin.AddWorkingDays(D(2027, 5, 5), 3));
        Assert.Equal(D(2027, 5, 5), berlin.AddWorkingDays(D(2027, 5, 7), -1));
        Assert.Equal(D(2027, 5, 5), berlin.AddWorkingDays(D(2027, 5, 5), 0));
        Assert.Equal(3, berlin.WorkingDaysBetween(D(2027, 5, 5), D(2027, 5, 11)));
        Assert.Equal(0, berlin.WorkingDaysBetween(D(2027, 5, 11), D(2027, 5, 5)));
        Assert.Equal(D(2027, 3, 30), berlin.NextWorkingDay(D(2027, 3, 25)));   // Easter: Good Friday to Easter Monday
        Assert.Equal(D(2027, 3, 25), berlin.PreviousWorkingDay(D(2027, 3, 30)));
    }

    [Fact]
    public void Times_wanted_outside_the_working_day_are_moved_inside_it()
    {
        var berlin = new WorkingCalendar(Berlin());

        Assert.Equal(At("Europe/Berlin", "2027-05-05 09:00"), berlin.AtWorkingTime(D(2027, 5, 5), new TimeOnly(7, 0)));
        Assert.Equal(At("Europe/Berlin", "2027-05-05 17:59"), berlin.AtWorkingTime(D(2027, 5, 5), new TimeOnly(20, 0)));
        Assert.Equal(At("Europe/Berlin", "2027-05-05 10:00"), berlin.AfterStart(D(2027, 5, 5), TimeSpan.FromHours(1)));
        Assert.Equal(At("Europe/Berlin", "2027-05-05 17:59"), berlin.AfterStart(D(2027, 5, 5), TimeSpan.FromHours(30)));
    }

    [Fact]
    public void Settings_that_cannot_work_fall_back_instead_of_throwing_at_nudge_time()
    {
        var broken = new WorkingCalendar(new WorkingTime("Mars/Olympus_Mons", new TimeOnly(18, 0), new TimeOnly(9, 0), WorkingDays.None, "XX"));

        Assert.Equal("UTC", broken.Time.TimeZoneId);
        Assert.Equal(WorkingTime.Default.DayStart, broken.Time.DayStart);
        Assert.Equal(WorkingDays.MondayToFriday, broken.Time.Days);
        Assert.Equal(Utc("2027-05-10 09:00"), broken.NextWorkingMoment(Utc("2027-05-08 12:00")));
    }

    [Fact]
    public void A_persons_settings_become_their_working_time()
    {
        var person = new Person(Guid.NewGuid(), "U1", "Ana", Utc("2027-01-01 00:00"));
        person.ChangeWorkingTime("Asia/Kolkata", new TimeOnly(10, 0), new TimeOnly(19, 0), WorkingDays.MondayToFriday | WorkingDays.Saturday, "gb");

        var time = WorkingTime.Of(person);

        Assert.Equal(new WorkingTime("Asia/Kolkata", new TimeOnly(10, 0), new TimeOnly(19, 0), WorkingDays.MondayToFriday | WorkingDays.Saturday, "GB"), time);
        Assert.True(new WorkingCalendar(time).IsWorkingDay(D(2027, 5, 8)));   // Saturday
    }
}
