namespace InterviewBot.Core.Nudges;

/// <summary>When the team digest comes, in the team's working calendar.</summary>
internal static class DigestTimes
{
    private const int SearchLimitDays = 400;

    /// <summary>
    /// The first digest strictly after <paramref name="afterUtc"/> and not before <paramref name="nowUtc"/>.
    /// Daily: every working day. Weekly: the schedule's weekday, or the next working day of that
    /// week when it is a day off (a holiday Monday moves the digest to Tuesday; it is not skipped,
    /// because the overdue list matters most after a long weekend). The time of day is kept inside
    /// the team's working hours.
    /// </summary>
    public static (DateTime Utc, DateOnly Date)? Next(WorkingCalendar team, DigestSchedule schedule, DateTime afterUtc, DateTime nowUtc)
    {
        if (schedule.Cadence == DigestCadence.Off) return null;
        var from = team.LocalDate(afterUtc > nowUtc ? afterUtc : nowUtc);
        // Start a week back: last week's digest may have moved into this week by a holiday.
        for (var date = from.AddDays(-7); date <= from.AddDays(SearchLimitDays); date = date.AddDays(1))
        {
            if (!IsDigestDay(team, schedule, date)) continue;
            var utc = team.AtWorkingTime(date, schedule.At);
            if (utc > afterUtc && utc >= nowUtc) return (utc, date);
        }
        return null;
    }

    private static bool IsDigestDay(WorkingCalendar team, DigestSchedule schedule, DateOnly date)
    {
        if (!team.IsWorkingDay(date)) return false;
        if (schedule.Cadence == DigestCadence.Daily) return true;
        // Weekly: the first working day on or after the scheduled weekday, within that week.
        var daysSince = ((int)date.DayOfWeek - (int)schedule.Day + 7) % 7;
        for (var back = 1; back <= daysSince; back++)
            if (team.IsWorkingDay(date.AddDays(-back))) return false;
        return true;
    }
}
