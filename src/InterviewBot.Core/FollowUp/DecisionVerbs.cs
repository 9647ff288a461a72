namespace InterviewBot.Core.FollowUp;

/// <summary>The buttons of asking a hiring manager for a decision, and the inputs that go with them.</summary>
public static class DecisionVerbs
{
    /// <summary>The recruiter's <i>Ask … for a decision</i>.</summary>
    public const string Ask = "decision.ask";

    /// <summary>The hiring manager's answer: <see cref="KeyAnswer"/> names a <see cref="Domain.HiringAnswer"/>.</summary>
    public const string Answer = "decision.answer";

    public const string KeyAnswer = "answer";
    public const string Reason = "decisionReason";
    public const string Until = "decisionUntil";
}
