namespace InterviewBot.Core.Domain;

/// <summary>
/// A booking made through the interviews API may name the candidate's chat user. Naming them shares nothing:
/// the bot asks that person first, and only their yes links them, the same way a <c>join</c> does.
/// </summary>
public sealed partial class Interview
{
    /// <summary>The chat user of the interview's workspace the booking named as the candidate; null: nobody was named.</summary>
    public Guid? NamedCandidateId { get; private set; }

    /// <summary>Where the named candidate's answer stands; null when nobody was named.</summary>
    public CandidateConfirmation? Confirmation { get; private set; }

    /// <summary>
    /// The named person has not answered and still can: the call has not happened and nobody else joined.
    /// Their confirmation card goes out while this holds.
    /// </summary>
    public bool AwaitsConfirmation => Confirmation == CandidateConfirmation.Pending && NamedCandidateId is not null
        && Status == InterviewStatus.Scheduled && !CandidateJoined;

    /// <summary>Names <paramref name="person"/>, of this interview's workspace, as the candidate to ask; nothing of the call is theirs yet.</summary>
    public void NameCandidate(Person person, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (OwnerSide != Audience.Recruiter) throw new DomainException("Only a recruiter's booking names a candidate.");
        if (person.WorkspaceId != WorkspaceId) throw new DomainException("The candidate must be a chat user of the booking's workspace.");
        if (person.Id == Recruiter.PersonId || person.Id == OwnerId) throw new DomainException("The candidate can't be the recruiter.");
        NamedCandidateId = person.Id;
        Confirmation = CandidateConfirmation.Pending;
        Touch(nowUtc);
    }

    /// <summary>
    /// The named person says it is their call: they become its candidate as if they had joined with the code,
    /// which is spent, and someone of another workspace waiting to be accepted no longer waits (the booking named
    /// this person). False when it is too late (the call happened, was cancelled, or someone else joined).
    /// </summary>
    public bool ConfirmNamedCandidate(Person person, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (NamedCandidateId != person.Id) throw new DomainException("That booking names someone else, so I changed nothing.");
        if (!AwaitsConfirmation) return false;
        InviteHash = null;
        Link(person.Id, null, nowUtc);
        ForgetPending();
        Confirmation = CandidateConfirmation.Confirmed;
        Touch(nowUtc);
        return true;
    }

    /// <summary>The named person says it is not their call: nothing is linked, and they are not asked again.</summary>
    public void RefuseNamedCandidate(Person person, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (NamedCandidateId != person.Id) throw new DomainException("That booking names someone else, so I changed nothing.");
        if (Confirmation != CandidateConfirmation.Pending) throw new DomainException("You already answered about this call.");
        Confirmation = CandidateConfirmation.NotMe;
        Touch(nowUtc);
    }
}

/// <summary>The answer of the chat user a booking named as its candidate.</summary>
public enum CandidateConfirmation
{
    /// <summary>Asked, no answer yet.</summary>
    Pending,

    /// <summary>They said it is their call and were linked as its candidate.</summary>
    Confirmed,

    /// <summary>They said it is not their call; nothing was linked.</summary>
    NotMe,
}
