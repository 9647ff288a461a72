namespace InterviewBot.Core.Ports;

/// <summary>
/// What a workspace holds about a candidate who may never have used the bot: the interviews recruiters
/// booked with them, and what is written on those. For a privacy admin's export and erasure; which
/// candidates a request is about is the core's decision (<see cref="Privacy.CandidateQuery"/>).
/// Implemented by the storage project.
/// </summary>
public interface ICandidateData
{
    /// <summary>The candidate on every interview a recruiter booked in the workspace (not people's own prep).</summary>
    Task<IReadOnlyList<CandidateOnFile>> ListCandidatesAsync(Guid workspaceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Those of <paramref name="interviewIds"/> that are recruiters' interviews in the workspace, with their
    /// checklists, notes and questions, their reminders and the records of the reminder cards sent.
    /// </summary>
    Task<CandidateRecords> LoadAsync(Guid workspaceId, IReadOnlyCollection<Guid> interviewIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Erases the candidate from those of <paramref name="interviewIds"/> that are recruiters' interviews in the
    /// workspace, committed when it returns: the candidate's name becomes <see cref="CandidateErasure.ErasedCandidate"/>,
    /// their e-mail address and link to a person go, and so do the notes, questions, checklist answers and
    /// drafts, sessions and reminders (with their sent-card records) – as retention does for old finished
    /// interviews. What turnaround figures need stays: status, role, times, feedback dates, owner and recruiter.
    /// </summary>
    Task<CandidateErasure> EraseAsync(Guid workspaceId, IReadOnlyCollection<Guid> interviewIds, CancellationToken cancellationToken = default);
}

/// <summary>Erasure requests waiting for their admin's confirmation; saved with the turn.</summary>
public interface IPendingErasures
{
    Task<PendingErasure?> FindAsync(Guid workspaceId, Guid id, CancellationToken cancellationToken = default);

    /// <summary>The admin's earlier requests that were never confirmed: a new one replaces them.</summary>
    Task<IReadOnlyList<PendingErasure>> ListByAdminAsync(Guid workspaceId, Guid adminId, CancellationToken cancellationToken = default);

    void Add(PendingErasure erasure);

    void Remove(PendingErasure erasure);
}

/// <summary>The candidate of one recruiter's interview.</summary>
public sealed record CandidateOnFile(Guid InterviewId, string Name, string? Email);

/// <param name="Interviews">With checklists, notes and questions loaded.</param>
/// <param name="Nudges">Every reminder of those interviews, to anyone.</param>
/// <param name="SentCards">The records of those reminders' cards.</param>
public sealed record CandidateRecords(IReadOnlyList<Interview> Interviews, IReadOnlyList<Nudge> Nudges, IReadOnlyList<SentCard> SentCards);

/// <summary>What <see cref="ICandidateData.EraseAsync"/> removed.</summary>
/// <param name="WaitingNudgeIds">Reminders that were pending or snoozed: cancel their timers.</param>
public sealed record CandidateErasure(int Interviews, int ChecklistEntries, int Notes, int Questions, int Sessions, int Nudges, int SentCards,
    IReadOnlyList<Guid> WaitingNudgeIds)
{
    /// <summary>The name left on an interview in place of an erased candidate's.</summary>
    public const string ErasedCandidate = "Erased candidate";

    /// <summary>Every record changed or removed: the interviews and everything taken off them.</summary>
    public int Records => Interviews + ChecklistEntries + Notes + Questions + Sessions + Nudges + SentCards;
}
