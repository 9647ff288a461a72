namespace InterviewBot.Core.Nudges;

/// <summary>
/// The follow-ups the bot sends on its own (product brief, "Follow-up nudges"). The names are
/// part of the scheduler's idempotency keys (<see cref="PlannedNudge.Key"/>): don't rename them.
/// </summary>
public enum NudgeKind
{
    /// <summary>Recruiter and candidate, the working day before the call: unfinished prep items.</summary>
    PrepReminder,

    /// <summary>Recruiter and candidate, about 15 minutes before the call: the "during" card.</summary>
    CallStarting,

    /// <summary>Recruiter, shortly after the planned end: outcome and notes.</summary>
    CallDone,

    /// <summary>Recruiter, on two working days before the feedback deadline (numbered 1 and 2).</summary>
    FeedbackDue,

    /// <summary>Recruiter, the working day after the feedback deadline.</summary>
    FeedbackOverdue,

    /// <summary>The team channel, at the same time as <see cref="FeedbackOverdue"/> (the team's working hours).</summary>
    FeedbackOverdueTeam,

    /// <summary>Recruiter, every few working days while the decision is pending.</summary>
    KeepInTheLoop,

    /// <summary>Candidate, after the call and before the end of their working day.</summary>
    ThankYou,

    /// <summary>Candidate, the next working morning: a short reflection.</summary>
    PostMortem,

    /// <summary>The team channel, daily or weekly: calls today, overdue feedback, turnaround.</summary>
    TeamDigest,

    /// <summary>Recruiter, the morning the date they promised the candidate news by arrives while the decision is still pending.</summary>
    PromisedNewsDue,

    /// <summary>Recruiter, once after six weeks pending (and every six weeks they extend): close the interview or keep following up.</summary>
    CloseOrExtend,

    /// <summary>Hiring manager, when the recruiter asks (at their next working moment): the decision card.</summary>
    DecisionAsk,

    /// <summary>Hiring manager, each working morning after the ask until they answer (numbered 1, 2, …).</summary>
    DecisionReminder,

    /// <summary>
    /// Candidate who joined the recruiter's booking, the working morning after the date they were promised news
    /// by when no news came (feedback not sent): a polite check-in to send.
    /// </summary>
    CheckIn,

    /// <summary>
    /// The chat user an API booking named as the candidate, at their next working moment after the booking: is this
    /// your call? Their yes links them (nothing is shared before), their "not me" tells the recruiter.
    /// </summary>
    CandidateConfirm,
}

/// <summary>Who a nudge goes to; each has their own working calendar.</summary>
public enum NudgeRecipient
{
    Recruiter,
    Candidate,
    TeamChannel,

    /// <summary>The person whose decision the recruiter waits for (<see cref="Domain.HiringManager"/>).</summary>
    HiringManager,
}

public static class NudgeKinds
{
    /// <summary>
    /// False for the two nudges tied to the call itself, which go out whenever the call is: a
    /// call booked at 19:00 still needs its "starting" card at 18:45 and its "how did it go?" card
    /// right after. Every other nudge falls inside the recipient's working hours on a working day.
    /// </summary>
    public static bool KeepsToWorkingHours(this NudgeKind kind) =>
        kind is not (NudgeKind.CallStarting or NudgeKind.CallDone);
}
