namespace InterviewBot.Core.Nudges;

/// <summary>
/// What the nudge policy needs to know about one interview, and nothing else.
/// </summary>
/// <param name="Recruiter">The recruiter's working time, or null when the recruiter does not use the bot (a candidate's own record).</param>
/// <param name="Candidate">The candidate's working time, or null when the candidate does not use the bot: they get no nudges.</param>
/// <param name="FeedbackDueDate">The date the recruiter promised feedback by, in the recruiter's zone.</param>
/// <param name="Team">The team channel's working time, or null when the workspace has no team channel for nudges.</param>
/// <param name="LastCandidateUpdateUtc">When the candidate last heard from the recruiter (a holding message); keep-in-the-loop nudges count from it, or from the end of the call.</param>
/// <param name="Loop">The reminders to update the candidate sent so far and the recruiter's extensions; none when null.</param>
/// <param name="HiringManager">The hiring manager's working time, or null when the bot does not know them as a person.</param>
/// <param name="DecisionAskedUtc">When the recruiter asked the hiring manager for a decision that has not come yet; null: nothing to ask.</param>
/// <param name="DecisionRemindersSent">How many reminders about that ask the hiring manager has had: the next one follows the last.</param>
/// <param name="NamedCandidate">The working time of the chat user the booking named as the candidate while they are asked to confirm; null otherwise.</param>
/// <param name="ConfirmationAskedUtc">When that person was named (the booking): their confirmation card goes out at their next working moment.</param>
public sealed record InterviewFacts(
    Guid InterviewId,
    DateTime StartUtc,
    DateTime EndUtc,
    InterviewStatus Status,
    WorkingTime? Recruiter,
    WorkingTime? Candidate,
    DateOnly? FeedbackDueDate = null,
    WorkingTime? Team = null,
    DateTime? LastCandidateUpdateUtc = null,
    LoopHistory? Loop = null,
    WorkingTime? HiringManager = null,
    DateTime? DecisionAskedUtc = null,
    int DecisionRemindersSent = 0,
    WorkingTime? NamedCandidate = null,
    DateTime? ConfirmationAskedUtc = null)
{
    public bool CandidateUsesBot => Candidate is not null;

    /// <param name="recruiter">The recruiter's person record, or null when they do not use the bot.</param>
    /// <param name="candidate">The candidate's person record, or null when they do not use the bot.</param>
    public static InterviewFacts From(Interview interview, Person? recruiter, Person? candidate,
        WorkingTime? team = null, DateTime? lastCandidateUpdateUtc = null) =>
        From(interview, recruiter is null ? null : WorkingTime.Of(recruiter), candidate is null ? null : WorkingTime.Of(candidate), team, lastCandidateUpdateUtc, null);

    /// <param name="recruiter">The recruiter's working time, or null when they do not use the bot.</param>
    /// <param name="candidate">The candidate's working time, or null when they do not use the bot.</param>
    /// <param name="hiringManager">The hiring manager's working time, or null when the bot does not know them as a person.</param>
    /// <param name="decisionRemindersSent">How many reminders the hiring manager has had about the current ask.</param>
    /// <param name="namedCandidate">The working time of the chat user the booking named as the candidate, or null when the bot does not know them.</param>
    public static InterviewFacts From(Interview interview, WorkingTime? recruiter, WorkingTime? candidate,
        WorkingTime? team, DateTime? lastCandidateUpdateUtc, LoopHistory? loop, WorkingTime? hiringManager = null, int decisionRemindersSent = 0,
        WorkingTime? namedCandidate = null)
    {
        ArgumentNullException.ThrowIfNull(interview);
        var asking = interview.AwaitsConfirmation && namedCandidate is not null;
        return new(interview.Id, interview.StartUtc, interview.EndUtc, interview.Status, recruiter, candidate,
            interview.FeedbackDueDate, team, lastCandidateUpdateUtc, loop, hiringManager,
            interview.AwaitsManager ? interview.DecisionAskedUtc : null, decisionRemindersSent,
            asking ? namedCandidate : null, asking ? interview.CreatedUtc : null);
    }
}
