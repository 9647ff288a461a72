namespace InterviewBot.Core.Nudges;

/// <summary>
/// One person's working calendar: which local dates are working days and which UTC instants fall
/// inside their working hours. Pure: it never reads the clock. All date arithmetic happens on
/// local dates (<see cref="DateOnly"/>) and only the final wall-clock time is converted to UTC,
/// so a clock change never shifts a day or makes a working day one hour off.
/// </summary>
public sealed class WorkingCalendar
{
    // Far more than any run of weekends and holidays; it only keeps a broken calendar from looping.
    private const int SearchLimitDays = 400;

    private const WorkingDays EveryDay = WorkingDays.MondayToFriday | WorkingDays.Saturday | WorkingDays.Sunday;

    public WorkingCalendar(WorkingTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        // A calendar is built at nudge time from stored settings, so bad settings fall back to
        // defaults rather than throw (Person.ChangeWorkingTime already refuses them on input).
        var zoneKnown = Zones.TryFind(time.TimeZoneId, out var zone);
        Zone = zone ?? TimeZoneInfo.Utc;
        var fallback = WorkingTime.Default;
        var hoursOk = time.DayEnd > time.DayStart;
        Time = time with
        {
            TimeZoneId = zoneKnown ? time.TimeZoneId : Person.DefaultTimeZone,
            DayStart = hoursOk ? time.DayStart : fallback.DayStart,
            DayEnd = hoursOk ? time.DayEnd : fallback.DayEnd,
            Days = (time.Days & EveryDay) == WorkingDays.None ? fallback.Days : time.Days,
        };
    }

    /// <summary>The working time in use, after falling back from an unknown zone or empty hours.</summary>
    public WorkingTime Time { get; }

    public TimeZoneInfo Zone { get; }

    public bool IsWorkingDay(DateOnly date) =>
        Time.Days.Includes(date.DayOfWeek) && !HolidayCalendar.IsHoliday(Time.HolidayCountry, date) && Time.AddedHolidays?.Contains(date) != true;

    public DateTime ToLocal(DateTime utc) => Zones.ToLocal(utc, Zone);

    public DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>
    /// The UTC instant of a wall-clock time on a local date. An ambiguous autumn time takes the
    /// earlier instant (as <see cref="Zones.TryToUtc"/>); a time skipped by a spring-forward change
    /// takes the first instant after the gap — the moment the clock first shows that time or later.
    /// (Shifting by the gap length instead, as some libraries do, could put a 02:30 start after a
    /// 03:15 end.)
    /// </summary>
    public DateTime ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        if (Zones.TryToUtc(local, Zone, out var utc)) return utc;
        // Gaps are at most a day long (Samoa skipped 30 December 2011) and start on a whole minute.
        for (var minutes = 1; minutes <= 48 * 60; minutes++)
            if (Zones.TryToUtc(local.AddMinutes(minutes), Zone, out utc)) return utc;
        return DateTime.SpecifyKind(local - Zone.BaseUtcOffset, DateTimeKind.Utc);
    }

    public DateTime StartOfWorkingDay(DateOnly date) => ToUtc(date, Time.DayStart);

    public DateTime EndOfWorkingDay(DateOnly date) => ToUtc(date, Time.DayEnd);

    /// <summary>True on a working day from the start of the working day up to (not including) its end.</summary>
    public bool IsWorkingMoment(DateTime utc)
    {
        var date = LocalDate(utc);
        return IsWorkingDay(date) && utc >= StartOfWorkingDay(date) && utc < EndOfWorkingDay(date);
    }

    /// <summary><paramref name="utc"/> itself when it is inside working hours, else the start of the next working day.</summary>
    public DateTime NextWorkingMoment(DateTime utc)
    {
        var date = LocalDate(utc);
        if (IsWorkingDay(date))
        {
            if (utc < StartOfWorkingDay(date)) return StartOfWorkingDay(date);
            if (utc < EndOfWorkingDay(date)) return Utc(utc);
        }
        return StartOfWorkingDay(NextWorkingDay(date));
    }

    /// <summary>The first start of a working day strictly after <paramref name="utc"/> ("next working morning").</summary>
    public DateTime StartOfNextWorkingDay(DateTime utc)
    {
        var date = LocalDate(utc);
        if (IsWorkingDay(date) && utc < StartOfWorkingDay(date)) return StartOfWorkingDay(date);
        return StartOfWorkingDay(NextWorkingDay(date));
    }

    /// <summary>
    /// A wall-clock time on <paramref name="date"/> moved inside the working hours: before the start
    /// becomes the start, at or after the end becomes the last minute of the day.
    /// </summary>
    public DateTime AtWorkingTime(DateOnly date, TimeOnly wanted) =>
        AfterStart(date, wanted.ToTimeSpan() - Time.DayStart.ToTimeSpan());

    /// <summary>The start of the working day on <paramref name="date"/> plus <paramref name="offset"/>, kept inside working hours.</summary>
    public DateTime AfterStart(DateOnly date, TimeSpan offset)
    {
        var start = Time.DayStart.ToTimeSpan();
        var lastMinute = Time.DayEnd.ToTimeSpan() - TimeSpan.FromMinutes(1);
        var wanted = start + offset;
        if (wanted < start) wanted = start;
        if (wanted > lastMinute) wanted = lastMinute < start ? start : lastMinute;
        return ToUtc(date, TimeOnly.FromTimeSpan(wanted));
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => Step(date, +1);

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    public DateOnly PreviousWorkingDay(DateOnly date) => Step(date, -1);

    /// <summary>The <paramref name="count"/>-th working day after (or, when negative, before) <paramref name="date"/>; the date itself for 0.</summary>
    public DateOnly AddWorkingDays(DateOnly date, int count)
    {
        var direction = Math.Sign(count);
        for (var i = 0; i < Math.Abs(count); i++) date = Step(date, direction);
        return date;
    }

    /// <summary>How many working days lie after <paramref name="from"/> up to and including <paramref name="to"/> (0 when <paramref name="to"/> is not later).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
            if (IsWorkingDay(date)) count++;
        return count;
    }

    private DateOnly Step(DateOnly date, int direction)
    {
        for (var i = 1; i <= SearchLimitDays; i++)
        {
            var candidate = date.AddDays(i * direction);
            if (IsWorkingDay(candidate)) return candidate;
        }
        return date.AddDays(direction);
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
