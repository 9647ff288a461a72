namespace InterviewBot.Core.Nudges;

/// <summary>
/// The "you'll hear by" date a holding message offers the candidate: the date they were promised
/// while it is still ahead, else the working day of the next reminder – never a day that has passed
/// or is already here.
/// </summary>
public static class HoldingDate
{
    /// <param name="today">The day the message is written, in the recruiter's zone.</param>
    /// <param name="promised">The date the candidate was told they will hear by (<c>Interview.FeedbackDueDate</c>).</param>
    /// <param name="settings">The recruiter's settings: <c>KeepInTheLoopWorkingDays</c> is the gap to the next reminder.</param>
    public static DateOnly For(WorkingCalendar calendar, DateOnly today, DateOnly? promised, NudgeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(settings);
        return promised is { } date && date > today ? date : calendar.AddWorkingDays(today, settings.Normalized().KeepInTheLoopWorkingDays);
    }
}
