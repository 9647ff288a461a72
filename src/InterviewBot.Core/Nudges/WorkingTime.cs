namespace InterviewBot.Core.Nudges;

/// <summary>
/// When someone may be nudged: their IANA zone, the wall-clock hours of their working day, the
/// days of the week they work and the country whose public holidays they take off (or null), with
/// the days off their workspace added for that country (<see cref="AddedHolidays"/>).
/// </summary>
public sealed record WorkingTime(
    string TimeZoneId,
    TimeOnly DayStart,
    TimeOnly DayEnd,
    WorkingDays Days,
    string? HolidayCountry = null,
    IReadOnlySet<DateOnly>? AddedHolidays = null)
{
    /// <summary>A person who has set nothing: UTC, 09:00–18:00, Monday to Friday, no holidays.</summary>
    public static WorkingTime Default { get; } =
        new(Person.DefaultTimeZone, new TimeOnly(9, 0), new TimeOnly(18, 0), WorkingDays.MondayToFriday);

    /// <summary>The person's own working time, without the days off their workspace added (see <see cref="WorkingTimes"/>).</summary>
    public static WorkingTime Of(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new(person.TimeZoneId, person.WorkdayStart, person.WorkdayEnd, person.WorkingDays, person.HolidayCountry);
    }
}
