namespace InterviewBot.Core.Coaching;

/// <summary>Why a question is closed: what kind of short answer it invites.</summary>
public enum ClosedKind
{
    /// <summary>The question invites a story or an explanation.</summary>
    Open,

    /// <summary>Can be answered with "yes" or "no".</summary>
    YesNo,

    /// <summary>Offers named options ("A or B?"), so the answer is one of them.</summary>
    Choice,

    /// <summary>Asks for one fact: a number, a date, a place, a name.</summary>
    SingleFact,
}

/// <summary>
/// What the question coach thinks of one planned question. <see cref="Suggestion"/> is an open
/// rewrite built from the question's own words, and is only given for a closed question.
/// <see cref="Reason"/> is one short sentence meant for the recruiter.
/// </summary>
public sealed record QuestionAssessment(bool IsClosed, string? Suggestion, ClosedKind Kind, string Reason);
