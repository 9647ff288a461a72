namespace InterviewBot.Core.Engine;

/// <summary>The one way a joined candidate's link is cut while their prep stays theirs (<c>leave</c>, <i>Remove candidate</i>, the recruiter's <c>forget me</c> or <c>delete interview</c>).</summary>
public static class CandidatePrep
{
    /// <summary>
    /// Moves the joined candidate's answers, notes and questions to a prep record of their own, added to the store
    /// (in their own workspace); null when no candidate had joined.
    /// </summary>
    public static Interview? KeepCandidatesPrep(this IInterviews interviews, Interview interview, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(interviews);
        ArgumentNullException.ThrowIfNull(interview);
        var own = interview.SplitOffCandidate(nowUtc);
        if (own is not null) interviews.Add(own);
        return own;
    }
}
