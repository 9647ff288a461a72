namespace InterviewBot.Core.Nudges;

/// <summary>
/// The recruiter's feedback deadline for one call and the working days around it, all local dates
/// in the recruiter's calendar.
/// <list type="bullet">
/// <item>No date promised (the product's default): feedback is due within
/// <c>FeedbackWorkingDays</c> (3) working days. Reminders on working days 1 and 2 after the call
/// (in general the two before the deadline day); overdue from working day 4.</item>
/// <item>A date promised on the call card: reminders on the working day before it and on the
/// date itself (the morning the candidate starts to expect an answer); overdue from the next
/// working day after it. A promised weekend or holiday is worked towards from the working day
/// before it, so both reminders still land before the candidate's date.</item>
/// </list>
/// A reminder on or before the day of the call is left out: nobody is reminded of feedback for a
/// call that has not happened yet.
/// </summary>
/// <param name="Deadline">The last day for feedback: the promised date, or the n-th working day after the call.</param>
/// <param name="FirstReminder">The earlier reminder's date (FeedbackDue #1), or null.</param>
/// <param name="SecondReminder">The later reminder's date (FeedbackDue #2), or null.</param>
/// <param name="OverdueFrom">The first working day on which feedback is overdue.</param>
public sealed record FeedbackDeadline(DateOnly Deadline, DateOnly? FirstReminder, DateOnly? SecondReminder, DateOnly OverdueFrom)
{
    /// <param name="callDay">The day the call ended, in the recruiter's zone.</param>
    /// <param name="promised">The date the recruiter promised feedback by, if any.</param>
    /// <param name="workingDays">Working days allowed when no date was promised (at least 1).</param>
    public static FeedbackDeadline For(WorkingCalendar calendar, DateOnly callDay, DateOnly? promised, int workingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        workingDays = Math.Max(1, workingDays);
        DateOnly? AfterCall(DateOnly date) => date > callDay ? date : null;

        if (promised is { } date)
        {
            var lastWorkingDay = calendar.IsWorkingDay(date) ? date : calendar.PreviousWorkingDay(date);
            return new(date,
                AfterCall(calendar.PreviousWorkingDay(lastWorkingDay)),
                AfterCall(lastWorkingDay),
                calendar.NextWorkingDay(date));
        }

        var deadline = calendar.AddWorkingDays(callDay, workingDays);
        return new(deadline,
            workingDays >= 3 ? calendar.AddWorkingDays(callDay, workingDays - 2) : null,
            workingDays >= 2 ? calendar.AddWorkingDays(callDay, workingDays - 1) : null,
            calendar.NextWorkingDay(deadline));
    }
}
