using InterviewBot.Core.Nudges;

namespace InterviewBot.Core.FollowUp;

/// <summary>How each kind of nudge is named to people, in settings and on Stop.</summary>
public static class NudgeNames
{
    /// <summary>The kinds that reach a person (the others go to the team channel).</summary>
    public static IReadOnlyList<NudgeKind> Personal { get; } =
    [
        NudgeKind.PrepReminder, NudgeKind.CallStarting, NudgeKind.CallDone, NudgeKind.FeedbackDue,
        NudgeKind.FeedbackOverdue, NudgeKind.KeepInTheLoop, NudgeKind.ThankYou, NudgeKind.PostMortem,
    ];

    public static string Of(NudgeKind kind) => kind switch
    {
        NudgeKind.PrepReminder => "prep reminder the day before",
        NudgeKind.CallStarting => "call starting soon",
        NudgeKind.CallDone => "how did the call go?",
        NudgeKind.FeedbackDue => "feedback due",
        NudgeKind.FeedbackOverdue => "feedback overdue",
        NudgeKind.KeepInTheLoop => "keep the candidate in the loop",
        NudgeKind.ThankYou => "send your thank-you",
        NudgeKind.PostMortem => "reflect on the call",
        NudgeKind.FeedbackOverdueTeam => "overdue feedback in the team channel",
        NudgeKind.TeamDigest => "team digest",
        NudgeKind.PromisedNewsDue => "the promised date has come",
        NudgeKind.CloseOrExtend => "close or keep following up",
        NudgeKind.CheckIn => "check in when the promised date has passed",
        NudgeKind.CandidateConfirm => "is this your call?",
        _ => kind.ToString(),
    };
}
