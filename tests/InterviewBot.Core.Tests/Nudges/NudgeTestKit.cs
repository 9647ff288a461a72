using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace InterviewBot.Core.Tests.Nudges;

/// <summary>People's working times, local wall-clock instants and plans, in the words of the tests.</summary>
internal static class NudgeTestKit
{
    public static readonly TimeOnly Nine = new(9, 0);
    public static readonly TimeOnly Six = new(18, 0);

    public static WorkingTime Berlin(string? holidays = "DE") => new("Europe/Berlin", Nine, Six, WorkingDays.MondayToFriday, holidays);
    public static WorkingTime NewYork(string? holidays = "US") => new("America/New_York", Nine, Six, WorkingDays.MondayToFriday, holidays);
    public static WorkingTime Kolkata() => new("Asia/Kolkata", Nine, Six, WorkingDays.MondayToFriday);
    public static WorkingTime Sydney() => new("Australia/Sydney", Nine, new TimeOnly(17, 30), WorkingDays.MondayToFriday, "AU");

    public static WorkingTime Jerusalem() => new("Asia/Jerusalem", Nine, Six,
        WorkingDays.Sunday | WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Wednesday | WorkingDays.Thursday);

    public static WorkingTime FourDayLondon() => new("Europe/London", Nine, new TimeOnly(17, 0),
        WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Wednesday | WorkingDays.Thursday, "GB");

    /// <summary>The UTC instant of a wall-clock time ("2027-03-26 17:30") in a zone.</summary>
    public static DateTime At(string zone, string local)
    {
        var wall = DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Assert.True(Zones.TryToUtc(wall, Zones.Find(zone), out var utc), $"{local} does not exist in {zone}");
        return utc;
    }

    public static DateTime At(WorkingTime who, string local) => At(who.TimeZoneId, local);

    public static DateTime Utc(string text) =>
        DateTime.SpecifyKind(DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), DateTimeKind.Utc);

    /// <summary>How a nudge's time reads for its recipient: "Mon 2027-03-29 09:00".</summary>
    public static string Local(WorkingTime who, DateTime utc) =>
        Zones.ToLocal(utc, who.TimeZoneId).ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static NudgePolicy PolicyAt(DateTime nowUtc) => new(new FakeTimeProvider(new DateTimeOffset(nowUtc, TimeSpan.Zero)));

    public static InterviewFacts Call(DateTime startUtc, int minutes, WorkingTime? recruiter, WorkingTime? candidate,
        InterviewStatus status = InterviewStatus.Scheduled, DateOnly? promised = null, WorkingTime? team = null) =>
        new(Guid.Parse("0b7c6c1e-5a43-4d7e-9a2e-3f0d2b9c8a11"), startUtc, startUtc.AddMinutes(minutes), status,
            recruiter, candidate, promised, team);

    public static PlannedNudge Single(this IReadOnlyList<PlannedNudge> plan, NudgeKind kind, NudgeRecipient to, int number = 1) =>
        Assert.Single(plan, n => n.Kind == kind && n.To == to && n.Number == number);

    public static bool Has(this IReadOnlyList<PlannedNudge> plan, NudgeKind kind, NudgeRecipient? to = null) =>
        plan.Any(n => n.Kind == kind && (to is null || n.To == to));

    /// <summary>
    /// Inside working hours, checked by hand rather than with <see cref="WorkingCalendar"/>: the
    /// local day is a working day and no holiday, and the wall-clock time is in [start, end) —
    /// or, on a day whose start time was skipped by the clocks going forward, after the gap.
    /// </summary>
    public static bool InsideWorkingHours(WorkingTime who, DateTime utc)
    {
        var zone = Zones.Find(who.TimeZoneId);
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, zone);
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (!who.Days.Includes(local.DayOfWeek) || HolidayCalendar.IsHoliday(who.HolidayCountry, date)) return false;
        var afterStart = time >= who.DayStart || zone.IsInvalidTime(date.ToDateTime(who.DayStart));
        return afterStart && time < who.DayEnd;
    }
}
