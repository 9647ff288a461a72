using System.Globalization;

namespace InterviewBot.Core.FollowUp;

/// <summary>
/// The candidate's check-in nudge: the date they were promised news by has passed with none, so here is a
/// short, polite message to send the recruiter.
/// </summary>
public static class CheckInCard
{
    public static NudgeView Compose(NudgeContext context, string? status)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interview = context.Interview!;
        var recruiter = interview.RecruiterFirstName;
        var promised = interview.FeedbackDueDate?.ToString("ddd d MMM", CultureInfo.InvariantCulture) ?? "a date that has passed";
        var me = context.Recipient?.DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var draft = $"Hi {recruiter}, thank you again for the call about the {interview.Role} role. You mentioned I would hear by {promised} – " +
            $"is there any news on next steps? Best, {me}".TrimEnd(' ', ',');
        return NudgeCards.Personal(context, $"No news from {recruiter} yet?",
            $"{recruiter} said you'd hear by {promised}. A short, polite check-in is fine – here is one to send.", draft,
            NudgeCards.Open(interview, "after", "Open the after-call steps"), status, doneLabel: "Sent");
    }
}
