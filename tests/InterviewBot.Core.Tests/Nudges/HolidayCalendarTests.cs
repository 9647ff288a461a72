namespace InterviewBot.Core.Tests.Nudges;

public class HolidayCalendarTests
{
    [Theory]
    [InlineData("DE", "2027-05-06")] // Ascension Day
    [InlineData("DE", "2027-03-26")] // Good Friday, in the week the clocks change
    [InlineData("DE", "2027-03-29")] // Easter Monday
    [InlineData("US", "2026-11-26")] // Thanksgiving
    [InlineData("US", "2026-07-03")] // Independence Day falls on a Saturday and is observed on Friday
    [InlineData("US", "2027-12-31")] // New Year's Day 2028 falls on a Saturday and is observed the year before
    [InlineData("GB", "2027-05-31")] // Spring bank holiday
    [InlineData("UK", "2027-12-28")] // Boxing Day on a Sunday, observed on Tuesday
    [InlineData("de", "2027-10-03")] // codes in any case
    [InlineData("AU", "2027-01-26")] // Australia Day
    [InlineData("PL", "2027-11-11")]
    public void A_public_holiday_is_known(string country, string date)
    {
        Assert.True(HolidayCalendar.IsHoliday(country, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("DE", "2027-05-05")]
    [InlineData("US", "2026-11-27")]
    [InlineData("DE", "2027-11-01")] // All Saints' Day is a holiday only in some Länder
    public void An_ordinary_day_is_not_a_holiday(string country, string date)
    {
        Assert.False(HolidayCalendar.IsHoliday(country, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("IL")]
    [InlineData("PO")] // the package's old alias for Poland is not an ISO code
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_country_has_no_holidays_and_says_so_without_throwing(string? country)
    {
        Assert.False(HolidayCalendar.IsSupported(country));
        Assert.False(HolidayCalendar.IsHoliday(country, new DateOnly(2027, 12, 25)));
        Assert.Empty(HolidayCalendar.HolidaysIn(country, 2027));
    }

    [Fact]
    public void The_countries_the_brief_names_are_supported()
    {
        foreach (var code in new[] { "US", "GB", "UK", "DE", "FR", "NL", "BE", "ES", "IT", "IE", "AU", "CA", "NZ", "PL", "AT", "CH" })
            Assert.True(HolidayCalendar.IsSupported(code), code);
        Assert.Contains("JP", HolidayCalendar.SupportedCountries);
        Assert.DoesNotContain("PO", HolidayCalendar.SupportedCountries);
    }

    [Fact]
    public void A_year_outside_the_package_range_is_treated_as_having_no_holidays()
    {
        Assert.False(HolidayCalendar.IsHoliday("DE", new DateOnly(9999, 12, 25)));
        Assert.False(HolidayCalendar.IsHoliday("DE", new DateOnly(1, 1, 1)));
    }
}
