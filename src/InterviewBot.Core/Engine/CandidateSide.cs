using System.Globalization;

namespace InterviewBot.Core.Engine;

/// <summary>
/// What a candidate who joined a recruiter's booking is told of it: the date they will hear by, on their card,
/// and a short message when the recruiter sends feedback, puts the decision on hold or promises a new date.
/// </summary>
public static class CandidateSide
{
    /// <summary>"You'll hear from Olena by Thu 10 Dec" for the joined candidate; null for anyone else or without a date.</summary>
    public static string? Promise(Interview interview, Person viewer) =>
        interview.CandidateJoined && interview.Candidate.PersonId == viewer.Id && interview.FeedbackDueDate is { } date && interview.Status != InterviewStatus.FeedbackSent
            ? $"You'll hear from {interview.RecruiterFirstName} by {date.ToString("ddd d MMM", CultureInfo.InvariantCulture)}"
            : null;

    /// <summary>Tells the joined candidate of every interview changed in this turn what is new for them.</summary>
    public static void TellNews(Turn turn, IEnumerable<Interview> changed)
    {
        foreach (var interview in changed.Where(i => i.HasNewsForCandidate && i.CandidateJoined && i.Candidate.PersonId != turn.Person.Id))
            turn.Tell(interview.Candidate.PersonId!.Value, null, News(interview), acrossWorkspaces: true);
    }

    private static string News(Interview interview)
    {
        var recruiter = interview.RecruiterFirstName;
        if (interview.Status is InterviewStatus.FeedbackSent or InterviewStatus.Closed)
            return $"{recruiter} has sent you feedback on the {interview.Role} call – look in your e-mail or messages.";
        return interview.FeedbackDueDate is { } date
            ? $"News on the {interview.Role} call: you'll hear from {recruiter} by {date.ToString("ddd d MMM", CultureInfo.InvariantCulture)}."
            : $"{recruiter} is still waiting on a decision about the {interview.Role} call.";
    }
}
