using InterviewBot.Core.Tests.Nudges;

namespace InterviewBot.Core.Tests;

/// <summary>Words for a day, as the reader says them at the moment the message is written, in their own zone.</summary>
public class DayWordsTests
{
    // Monday 8 March 2027.
    private static readonly DateOnly Monday = new(2027, 3, 8);

    [Theory]
    [InlineData("2027-03-08", "today", "today")]
    [InlineData("2027-03-07", "yesterday", "yesterday")]
    [InlineData("2027-03-09", "tomorrow", "tomorrow")]
    [InlineData("2027-03-05", "on Friday", "Friday")]
    [InlineData("2027-03-02", "on Tuesday", "Tuesday")]
    [InlineData("2027-03-12", "on Friday", "Friday")]
    [InlineData("2027-03-14", "on Sunday", "Sunday")]
    [InlineData("2027-03-01", "on Mon 1 Mar", "Mon 1 Mar")]
    [InlineData("2027-03-15", "on Mon 15 Mar", "Mon 15 Mar")]
    [InlineData("2026-12-04", "on Fri 4 Dec 2026", "Fri 4 Dec 2026")]
    public void A_day_is_worded_from_today_with_the_weekday_only_within_a_week(string day, string on, string bare)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal((on, bare), (DayWords.On(date, Monday), DayWords.Day(date, Monday)));
    }

    [Fact]
    public void The_same_instant_is_today_in_Tokyo_and_yesterday_in_Los_Angeles()
    {
        // Thursday 15:00 in Los Angeles is Friday 08:00 in Tokyo; read 15 hours later.
        var call = NudgeTestKit.Utc("2027-03-04 23:00");
        var now = NudgeTestKit.Utc("2027-03-05 14:00");

        Assert.Equal("today", DayWords.On(call, now, "Asia/Tokyo"));
        Assert.Equal("yesterday", DayWords.On(call, now, "America/Los_Angeles"));
    }

    [Fact]
    public void A_day_across_the_spring_change_is_counted_on_local_dates()
    {
        // 00:30 on the Monday after the clocks went forward in Berlin, read on the Friday before.
        var call = NudgeTestKit.At("Europe/Berlin", "2027-03-29 00:30");
        var friday = NudgeTestKit.At("Europe/Berlin", "2027-03-26 09:00");

        Assert.Equal("on Monday", DayWords.On(call, friday, "Europe/Berlin"));
    }

    [Fact]
    public void A_day_across_the_autumn_change_is_counted_on_local_dates()
    {
        // Los Angeles falls back on Sunday 7 November 2027: Saturday 00:15 to Sunday 23:50 is 48 h 35 min.
        var saturday = NudgeTestKit.At("America/Los_Angeles", "2027-11-06 00:15");
        var sundayNight = NudgeTestKit.At("America/Los_Angeles", "2027-11-07 23:50");

        Assert.Equal("yesterday", DayWords.On(saturday, sundayNight, "America/Los_Angeles"));
    }
}
