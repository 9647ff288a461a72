namespace InterviewBot.Core.Domain;

/// <summary>
/// The candidate's way onto a recruiter's booking: an invite code, and the link it makes. The candidate's
/// own material on the interview (checklist answers, notes, questions) stays theirs: when the link is
/// cut it goes with them into a prep record of their own (<see cref="SplitOffCandidate"/>).
/// </summary>
public sealed partial class Interview
{
    /// <summary>How long after the call's end its code still works.</summary>
    public static readonly TimeSpan InviteLasts = TimeSpan.FromDays(7);

    /// <summary>The hash of the code that works now (<see cref="InviteCode.Hash"/>); null: none (never issued, used, or the candidate joined).</summary>
    public string? InviteHash { get; private set; }

    /// <summary>When the code in <see cref="InviteHash"/> was issued (the booking, or the last re-issue); the API shows it while the code works.</summary>
    public DateTime? InviteIssuedUtc { get; private set; }

    /// <summary>When the candidate joined through a code (or was accepted from another workspace); null: the candidate is not linked that way.</summary>
    public DateTime? CandidateJoinedUtc { get; private set; }

    /// <summary>The workspace of a candidate who joined from another one; null when they are in the interview's own.</summary>
    public Guid? CandidateWorkspaceId { get; private set; }

    /// <summary>Someone from another workspace who used the code and waits for the recruiter's <i>Accept</i>.</summary>
    public PendingCandidate? PendingCandidate => PendingCandidateId is { } id && PendingCandidateWorkspaceId is { } workspace
        ? new PendingCandidate(id, workspace, PendingCandidateName ?? "", PendingCandidateWorkspaceName)
        : null;

    public Guid? PendingCandidateId { get; private set; }
    public Guid? PendingCandidateWorkspaceId { get; private set; }
    public string? PendingCandidateName { get; private set; }
    public string? PendingCandidateWorkspaceName { get; private set; }

    /// <summary>
    /// The code issued in this unit of work, in plain text – for the booking card, the API's answer and the
    /// invitation mail. Not stored: later only <see cref="InviteHash"/> is known, and a new code must be issued.
    /// </summary>
    public IssuedInvite? FreshInvite { get; private set; }

    /// <summary>
    /// Set in the unit of work where the recruiter sent feedback, put the decision on hold or promised a new date,
    /// while a candidate is joined: the candidate hears of it (not stored).
    /// </summary>
    public bool HasNewsForCandidate { get; private set; }

    private void NoteNewsForCandidate() => HasNewsForCandidate |= CandidateJoined;

    /// <summary>Until when a code of this interview works: 7 days after the call's end, so a moved call moves it.</summary>
    public DateTime InviteExpiresUtc => EndUtc + InviteLasts;

    /// <summary>A candidate who uses the bot is linked to this recruiter's booking (joined, or accepted).</summary>
    public bool CandidateJoined => CandidateJoinedUtc is not null && Candidate.PersonId is not null && OwnerSide == Audience.Recruiter;

    /// <summary>The recruiter's first name: all a joined candidate is shown of them.</summary>
    public string RecruiterFirstName => PersonNames.FirstName(Recruiter.Name);

    /// <summary>Whether <see cref="IssueInvite"/> would give a code now: a recruiter's open booking, no candidate joined, not long over.</summary>
    public bool CanIssueInvite(DateTime nowUtc) => OwnerSide == Audience.Recruiter && IsOpen && !CandidateJoined && nowUtc <= InviteExpiresUtc;

    /// <summary>Issues a new code for the candidate, revoking any earlier one.</summary>
    public IssuedInvite IssueInvite(DateTime nowUtc)
    {
        if (OwnerSide != Audience.Recruiter) throw new DomainException("Invite codes are for a recruiter's booking; this is your own prep.");
        if (!IsOpen) throw new DomainException($"The call with {Candidate.Name} is {Status.Describe()}, so there is nothing to invite them to.");
        if (CandidateJoined) throw new DomainException($"{Candidate.Name} has already joined, so there is no code to send.");
        if (nowUtc > InviteExpiresUtc) throw new DomainException($"The call with {Candidate.Name} ended more than 7 days ago, so a code would not work.");
        var code = InviteCode.NewCode();
        InviteHash = InviteCode.Hash(code);
        InviteIssuedUtc = nowUtc;
        FreshInvite = new IssuedInvite(code, InviteExpiresUtc);
        Touch(nowUtc);
        return FreshInvite;
    }

    /// <summary>Whether the current code still lets someone join.</summary>
    public bool InviteWorks(DateTime nowUtc) => InviteHash is not null && nowUtc <= InviteExpiresUtc && IsOpen && !CandidateJoined;

    /// <summary>
    /// <paramref name="person"/> used the code of this interview (found by its hash). The code is spent. Someone of
    /// the interview's workspace becomes its candidate at once; someone of another workspace waits for the
    /// recruiter to accept them. False when the code no longer works (used, replaced, expired, the call over).
    /// </summary>
    public bool Join(Person person, string? workspaceName, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!InviteWorks(nowUtc)) return false;
        if (person.Id == Recruiter.PersonId || person.Id == OwnerId)
            throw new DomainException("That is the code of your own booking: send it to the candidate.");
        InviteHash = null;
        if (person.WorkspaceId == WorkspaceId) Link(person.Id, null, nowUtc);
        else
        {
            PendingCandidateId = person.Id;
            PendingCandidateWorkspaceId = person.WorkspaceId;
            PendingCandidateName = UserText.SingleLine(person.DisplayName).Trim();
            PendingCandidateWorkspaceName = UserText.SingleLineOrNull(workspaceName)?.Trim();
        }
        Touch(nowUtc);
        return true;
    }

    /// <summary>
    /// The recruiter accepts the person from another workspace who used the code. Refused while a candidate is
    /// joined: accepting would silently put someone else in their place.
    /// </summary>
    public Guid AcceptPendingCandidate(DateTime nowUtc)
    {
        if (CandidateJoined) throw new DomainException($"{Candidate.Name} has already joined, so I changed nothing: remove them first.");
        if (PendingCandidate is not { } pending) throw new DomainException($"Nobody is waiting to join the call with {Candidate.Name}.");
        if (!IsOpen) throw new DomainException($"The call with {Candidate.Name} is {Status.Describe()}, so there is nothing to join.");
        Link(pending.PersonId, pending.WorkspaceId, nowUtc);
        ForgetPending();
        Touch(nowUtc);
        return pending.PersonId;
    }

    /// <summary>The recruiter turns down the person from another workspace; nothing of theirs was on the interview.</summary>
    public void DeclinePendingCandidate(DateTime nowUtc)
    {
        ForgetPending();
        Touch(nowUtc);
    }

    /// <summary>
    /// Cuts the candidate's link (they left, the recruiter removed them, or the interview is about to be
    /// deleted): their answers, notes and questions move to a prep record of their own, in their own
    /// workspace, which this returns (the caller stores it). Null when no candidate had joined.
    /// </summary>
    public Interview? SplitOffCandidate(DateTime nowUtc)
    {
        if (!CandidateJoined || Candidate.PersonId is not { } candidateId) return null;
        var own = new Interview(CandidateWorkspaceId ?? WorkspaceId, candidateId, Audience.Candidate, new Party(RecruiterFirstName),
            new Party(Candidate.Name, Candidate.Email, candidateId), Role, Company, StartUtc, EndUtc, TimeZoneId, nowUtc)
        {
            Status = Status,
        };
        foreach (var entry in _checklist.Where(e => e.PersonId == candidateId).ToList())
        {
            own._checklist.Add(entry.CopyTo(own.Id));
            _checklist.Remove(entry);
        }
        foreach (var note in _notes.Where(n => n.AuthorId == candidateId).ToList())
        {
            own._notes.Add(new Note(own.Id, candidateId, note.StepId, note.Text, note.CreatedUtc));
            _notes.Remove(note);
        }
        foreach (var question in _questions.Where(q => q.AuthorId == candidateId).ToList())
        {
            own._questions.Add(new PlannedQuestion(own.Id, candidateId, question.Order, question.Text, question.Intent));
            _questions.Remove(question);
        }
        Candidate = new Party(Candidate.Name, Candidate.Email);
        CandidateJoinedUtc = null;
        CandidateWorkspaceId = null;
        Touch(nowUtc);
        return own;
    }

    private void ForgetPending() => (PendingCandidateId, PendingCandidateWorkspaceId, PendingCandidateName, PendingCandidateWorkspaceName) = (null, null, null, null);

    private void Link(Guid personId, Guid? workspaceId, DateTime nowUtc)
    {
        Candidate = new Party(Candidate.Name, Candidate.Email, personId);
        CandidateWorkspaceId = workspaceId;
        CandidateJoinedUtc = nowUtc;
    }
}

/// <summary>Someone of another workspace who used an interview's code, waiting for the recruiter to accept them.</summary>
/// <param name="WorkspaceName">Their workspace's name as the platform gave it (shown on the <i>Accept</i> button), if known.</param>
public sealed record PendingCandidate(Guid PersonId, Guid WorkspaceId, string Name, string? WorkspaceName);
