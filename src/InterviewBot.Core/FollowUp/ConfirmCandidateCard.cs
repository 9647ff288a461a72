using InterviewBot.Core.Engine;

namespace InterviewBot.Core.FollowUp;

/// <summary>
/// What the chat user an API booking named as the candidate is asked: who booked which call, and when. Only their
/// <i>Link to my prep</i> links them; nothing of the call is theirs, and nothing of theirs goes to the recruiter, before.
/// </summary>
public static class ConfirmCandidateCard
{
    public static NudgeView Compose(NudgeContext context, string? status)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interview = context.Interview!;
        var person = context.Recipient!;
        var what = interview.Company is null ? interview.Role : $"{interview.Role} at {interview.Company}";
        var facts = new List<Fact> { new("Booked by", interview.Recruiter.Name), new("Role", what), new("When", Describe.When(interview, person)) };
        const string title = "Is this your call?";
        var body = $"{interview.Recruiter.Name} booked a phone screen with you for {what}. If it is yours, link it: I'll help you prepare and remind you at the right times. Nothing is shared until you do.";
        if (status is not null) return new NudgeView(title, body, null, [], facts, status);
        var id = interview.Id.ToString();
        return new NudgeView(title, body, null,
        [
            ActionButton.For("Link to my prep", JoinVerbs.Confirm, true, (Verbs.KeyInterview, id)),
            ActionButton.For("Not me", JoinVerbs.NotMe, false, (Verbs.KeyInterview, id)),
        ], facts);
    }

    /// <summary>Why the card no longer asks, in a plain sentence for the person it asked.</summary>
    public static string Why(Interview interview, Person asked)
    {
        ArgumentNullException.ThrowIfNull(interview);
        ArgumentNullException.ThrowIfNull(asked);
        return interview.Confirmation switch
        {
            CandidateConfirmation.Confirmed when interview.Candidate.PersonId == asked.Id => "Linked ✓ – the call is under my interviews.",
            CandidateConfirmation.NotMe => "You said this is not your call. Nothing was shared.",
            _ when interview.Status == InterviewStatus.Cancelled => "Closed – the call was cancelled.",
            _ when interview.CandidateJoined => "Closed – someone else joined this call as its candidate.",
            _ => "Closed – nothing more to do here.",
        };
    }
}
