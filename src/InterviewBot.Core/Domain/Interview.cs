namespace InterviewBot.Core.Domain;

/// <summary>
/// A phone screen between a recruiter and a candidate. Created by either side: a recruiter books
/// a screen with a candidate, or a candidate prepares for a screen with a company.
/// Times are stored in UTC together with the zone they were entered in.
/// </summary>
public sealed partial class Interview
{
    public const int MaxRoleLength = 120;
    public const int MaxManagerNoteLength = 500;

    private readonly List<ChecklistEntry> _checklist = [];
    private readonly List<Note> _notes = [];
    private readonly List<PlannedQuestion> _questions = [];

    private Interview() { }

    public Interview(Guid workspaceId, Guid ownerId, Audience ownerSide, Party recruiter, Party candidate,
        string role, string? company, DateTime startUtc, DateTime endUtc, string timeZoneId, DateTime nowUtc)
    {
        role = UserText.SingleLine(role);
        if (string.IsNullOrWhiteSpace(role)) throw new DomainException("The role is missing.");
        if (endUtc <= startUtc) throw new DomainException("The call must end after it starts.");
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        OwnerId = ownerId;
        OwnerSide = ownerSide;
        Recruiter = Clean(recruiter);
        Candidate = Clean(candidate);
        Role = role.Trim();
        company = UserText.SingleLineOrNull(company);
        Company = string.IsNullOrWhiteSpace(company) ? null : company.Trim();
        StartUtc = startUtc;
        EndUtc = endUtc;
        TimeZoneId = timeZoneId;
        Status = InterviewStatus.Scheduled;
        CreatedUtc = UpdatedUtc = nowUtc;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }

    /// <summary>The person who created the record.</summary>
    public Guid OwnerId { get; private set; }

    /// <summary>Whose side the record was created from.</summary>
    public Audience OwnerSide { get; private set; }

    public Party Recruiter { get; private set; } = new("");
    public Party Candidate { get; private set; } = new("");
    public string Role { get; private set; } = "";
    public string? Company { get; private set; }
    public DateTime StartUtc { get; private set; }
    public DateTime EndUtc { get; private set; }

    /// <summary>The IANA zone the time was entered in.</summary>
    public string TimeZoneId { get; private set; } = Person.DefaultTimeZone;

    public InterviewStatus Status { get; private set; }

    /// <summary>The date the recruiter promised feedback by (in the recruiter's zone).</summary>
    public DateOnly? FeedbackDueDate { get; private set; }

    /// <summary>When the interview reached "feedback sent" – what turnaround figures are measured to.</summary>
    public DateTime? FeedbackSentUtc { get; private set; }

    /// <summary>Whose decision the recruiter waits for after the call; null when nobody is named.</summary>
    public HiringManager? HiringManager { get; private set; }

    /// <summary>When the recruiter asked the hiring manager for a decision (the last time); null: not asked.</summary>
    public DateTime? DecisionAskedUtc { get; private set; }

    /// <summary>The hiring manager's last answer to that ask, and when it came.</summary>
    public HiringAnswer? ManagerAnswer { get; private set; }

    public DateTime? ManagerAnsweredUtc { get; private set; }

    /// <summary>
    /// The hiring manager's reason, an internal note for the recruiter only: never put into anything
    /// meant for the candidate (the recruiter decides what to tell them).
    /// </summary>
    public string? ManagerNote { get; private set; }

    /// <summary>Asked, and the hiring manager has not given a decision since (waiting, or they asked for more time).</summary>
    public bool AwaitsManager => DecisionAskedUtc is { } asked && (ManagerAnsweredUtc is not { } answered || answered < asked);

    public DateTime CreatedUtc { get; private set; }
    public DateTime UpdatedUtc { get; private set; }

    public IReadOnlyList<ChecklistEntry> Checklist => _checklist;
    public IReadOnlyList<Note> Notes => _notes;
    public IReadOnlyList<PlannedQuestion> Questions => _questions;

    public bool IsParticipant(Guid personId) =>
        OwnerId == personId || Recruiter.PersonId == personId || Candidate.PersonId == personId;

    /// <summary>The side <paramref name="personId"/> is on, or null when they are not on this interview.</summary>
    public Audience? SideOf(Guid personId)
    {
        if (Recruiter.PersonId == personId) return Audience.Recruiter;
        if (Candidate.PersonId == personId) return Audience.Candidate;
        return OwnerId == personId ? OwnerSide : null;
    }

    /// <summary>The name of the other side, as <paramref name="personId"/> sees it.</summary>
    public string CounterpartName(Guid personId) =>
        SideOf(personId) == Audience.Candidate ? (CandidateJoined && Candidate.PersonId == personId ? RecruiterFirstName : Recruiter.Name) : Candidate.Name;

    public ChecklistEntry Entry(Guid personId, string stepId)
    {
        var entry = _checklist.FirstOrDefault(e => e.PersonId == personId && e.StepId == stepId);
        if (entry is null)
        {
            entry = new ChecklistEntry(Id, personId, stepId);
            _checklist.Add(entry);
        }
        return entry;
    }

    public ChecklistEntry? FindEntry(Guid personId, string stepId) =>
        _checklist.FirstOrDefault(e => e.PersonId == personId && e.StepId == stepId);

    public Note AddNote(Guid authorId, string stepId, string text, DateTime nowUtc)
    {
        text = text.Trim();
        if (text.Length == 0) throw new DomainException("That note is empty.");
        if (text.Length > Note.MaxLength) throw new DomainException($"Notes can be up to {Note.MaxLength} characters; this one has {text.Length}.");
        var note = new Note(Id, authorId, stepId, text, nowUtc);
        _notes.Add(note);
        Touch(nowUtc);
        return note;
    }

    public IEnumerable<Note> NotesBy(Guid authorId) => _notes.Where(n => n.AuthorId == authorId).OrderBy(n => n.CreatedUtc);

    public IEnumerable<PlannedQuestion> QuestionsBy(Guid authorId) => _questions.Where(q => q.AuthorId == authorId).OrderBy(q => q.Order);

    /// <summary>Replaces the author's planned questions with <paramref name="lines"/> (one per line, "question -> intent").</summary>
    /// <summary>Adds questions after the author's planned ones (each line as <see cref="ReplaceQuestions"/> reads it).</summary>
    public void AppendQuestions(Guid authorId, IEnumerable<string> lines, DateTime nowUtc) =>
        ReplaceQuestions(authorId, QuestionsBy(authorId).Select(q => q.Format()).Concat(lines), nowUtc);

    public void ReplaceQuestions(Guid authorId, IEnumerable<string> lines, DateTime nowUtc)
    {
        var parsed = lines.Select(l => l.Trim()).Where(l => l.Length > 0).Select(PlannedQuestion.Parse).ToList();
        var tooLong = parsed.FirstOrDefault(p => p.Text.Length > PlannedQuestion.MaxLength || (p.Intent?.Length ?? 0) > PlannedQuestion.MaxLength);
        if (tooLong.Text is not null)
            throw new DomainException($"A question and its intent can each be up to {PlannedQuestion.MaxLength} characters; one has {Math.Max(tooLong.Text.Length, tooLong.Intent?.Length ?? 0)}.");
        if (parsed.Count > 50) throw new DomainException("That is more than 50 questions; a phone screen has time for far fewer.");
        _questions.RemoveAll(q => q.AuthorId == authorId);
        _questions.AddRange(parsed.Select((p, i) => new PlannedQuestion(Id, authorId, i, p.Text, p.Intent)));
        Touch(nowUtc);
    }

    public void MoveTo(InterviewStatus status, DateTime nowUtc)
    {
        if (status == Status) return;
        if (!InterviewLifecycle.CanMove(Status, status))
            throw new DomainException(InterviewLifecycle.WhyNot(Status, status, Candidate.Name));
        Status = status;
        if (status == InterviewStatus.FeedbackSent) FeedbackSentUtc ??= nowUtc;
        if (status is InterviewStatus.FeedbackSent or InterviewStatus.DecisionPending) NoteNewsForCandidate();
        Touch(nowUtc);
    }

    /// <summary>
    /// Moves forward to <paramref name="target"/> when the lifecycle allows, first marking the call
    /// held when it has started but nobody said so. False (and no change) when it cannot move there.
    /// </summary>
    public bool Advance(InterviewStatus target, DateTime nowUtc)
    {
        if (Status == target) return false;
        if (Status == InterviewStatus.Scheduled && nowUtc >= StartUtc && target != InterviewStatus.Held
            && InterviewLifecycle.CanMove(InterviewStatus.Held, target))
            MoveTo(InterviewStatus.Held, nowUtc);
        if (!InterviewLifecycle.CanMove(Status, target)) return false;
        MoveTo(target, nowUtc);
        return true;
    }

    public void PromiseFeedbackBy(DateOnly date, DateTime nowUtc)
    {
        var callDate = DateOnly.FromDateTime(Zones.ToLocal(StartUtc, TimeZoneId));
        if (date < callDate) throw new DomainException("The feedback date can't be before the call.");
        if (FeedbackDueDate != date) NoteNewsForCandidate();
        FeedbackDueDate = date;
        Touch(nowUtc);
    }

    public void Reschedule(DateTime startUtc, DateTime endUtc, string timeZoneId, DateTime nowUtc)
    {
        if (endUtc <= startUtc) throw new DomainException("The call must end after it starts.");
        StartUtc = startUtc;
        EndUtc = endUtc;
        TimeZoneId = timeZoneId;
        Touch(nowUtc);
    }

    /// <summary>Names (or, with null, removes) the hiring manager. Their earlier answers stay on record.</summary>
    public void NameHiringManager(HiringManager? manager, DateTime nowUtc)
    {
        HiringManager = manager is null ? null : Domain.HiringManager.Checked(manager);
        if (manager is null) DecisionAskedUtc = null;
        Touch(nowUtc);
    }

    /// <summary>Links the hiring manager to the person the bot knows them as (to reach them, and to check their answer).</summary>
    public void LinkHiringManager(Person person, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (HiringManager is null || HiringManager.PersonId == person.Id) return;
        HiringManager = HiringManager with { PersonId = person.Id, PlatformUserId = HiringManager.PlatformUserId ?? person.PlatformUserId };
        Touch(nowUtc);
    }

    public bool IsHiringManager(Guid personId) => HiringManager?.PersonId == personId;

    /// <summary>
    /// The recruiter asks the hiring manager for a decision: only after the call (held or waiting on a
    /// decision). While it is asked, the decision is pending.
    /// </summary>
    public void AskForDecision(DateTime nowUtc)
    {
        if (HiringManager is null) throw new DomainException($"No hiring manager is named for the call with {Candidate.Name} yet.");
        if (Status is not (InterviewStatus.Held or InterviewStatus.DecisionPending) && !(Status == InterviewStatus.Scheduled && nowUtc >= StartUtc))
            throw new DomainException(Status == InterviewStatus.Scheduled
                ? $"The call with {Candidate.Name} hasn't happened yet – ask for a decision after it."
                : $"The call with {Candidate.Name} is {Status.Describe()}, so there is no decision to ask for.");
        Advance(InterviewStatus.DecisionPending, nowUtc);
        DecisionAskedUtc = nowUtc;
        Touch(nowUtc);
    }

    /// <summary>
    /// The hiring manager's answer. Next round or not a fit is the decision: the call is back to owing the
    /// candidate feedback (held), by the date the recruiter promised. Needing time keeps the decision
    /// pending, with <paramref name="until"/> as the date the candidate is promised news by.
    /// </summary>
    public void RecordManagerAnswer(HiringAnswer answer, string? note, DateOnly? until, DateTime nowUtc)
    {
        if (!AwaitsManager || Status != InterviewStatus.DecisionPending)
            throw new DomainException($"The decision on {Candidate.Name} is not waiting on the hiring manager any more.");
        note = UserText.SingleLineOrNull(note)?.Trim();
        if (note?.Length > MaxManagerNoteLength) throw new DomainException($"The reason can be up to {MaxManagerNoteLength} characters.");
        if (answer == HiringAnswer.NeedsTime)
        {
            if (until is not { } date) throw new DomainException("Pick the date you need until.");
            PromiseFeedbackBy(date, nowUtc);
        }
        else if (Status == InterviewStatus.DecisionPending)
        {
            Status = InterviewStatus.Held; // decided: no longer pending, feedback is owed
        }
        ManagerAnswer = answer;
        ManagerNote = string.IsNullOrEmpty(note) ? null : note;
        ManagerAnsweredUtc = nowUtc;
        Touch(nowUtc);
    }

    /// <summary>Not closed or cancelled: there is still something to follow up, so it can be handed over.</summary>
    public bool IsOpen => Status is not (InterviewStatus.Closed or InterviewStatus.Cancelled);

    /// <summary>
    /// Makes the person <paramref name="newRecruiterId"/> the interview's recruiter in place of the one it has: the
    /// recruiter's checklist, notes and planned questions go with it (the new owner carries on where the
    /// old one stopped), and the old recruiter is no longer on the interview at all. Their nudges follow
    /// when the change is saved (the planner).
    /// </summary>
    public void HandOver(Guid newRecruiterId, string newRecruiterName, DateTime nowUtc)
    {
        if (Recruiter.PersonId is not { } oldRecruiterId) throw new DomainException($"The call with {Candidate.Name} has no recruiter using the bot, so there is nothing to hand over.");
        if (!IsOpen) throw new DomainException($"The call with {Candidate.Name} is {Status.Describe()}, so there is nothing left to hand over.");
        if (newRecruiterId == oldRecruiterId) throw new DomainException($"{Recruiter.Name} already runs the call with {Candidate.Name}.");
        if (Candidate.PersonId == newRecruiterId) throw new DomainException($"{Candidate.Name} is the candidate on that call, so it can't be handed to them.");
        Recruiter = Clean(new Party(newRecruiterName, null, newRecruiterId));
        if (OwnerSide == Audience.Recruiter && OwnerId == oldRecruiterId) OwnerId = newRecruiterId;
        foreach (var entry in _checklist.Where(e => e.PersonId == oldRecruiterId)) entry.PassTo(newRecruiterId);
        foreach (var note in _notes.Where(n => n.AuthorId == oldRecruiterId)) note.PassTo(newRecruiterId);
        foreach (var question in _questions.Where(q => q.AuthorId == oldRecruiterId)) question.PassTo(newRecruiterId);
        Touch(nowUtc);
    }

    private void Touch(DateTime nowUtc) => UpdatedUtc = nowUtc;

    /// <summary>Names and addresses are single-line text: no control or direction characters.</summary>
    private static Party Clean(Party party) =>
        party with { Name = UserText.SingleLine(party.Name).Trim(), Email = UserText.SingleLineOrNull(party.Email)?.Trim() };
}
