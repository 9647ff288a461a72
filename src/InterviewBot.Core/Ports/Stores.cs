namespace InterviewBot.Core.Ports;

// Storage ports. InterviewBot.Persistence implements them with EF Core; one instance of each lives
// for one DI scope – a turn, a nudge delivery, an API call – and FollowUp.Commit saves what they changed
// in one transaction through IUnitOfWork, at the end of each (a nudge delivery that stops early saves
// there instead). A turn that fails is not saved: ConversationPipeline clears the half-asked question
// in a fresh scope, which saves only that.

public interface IWorkspaces
{
    Task<Workspace?> FindAsync(string platform, string externalId, CancellationToken cancellationToken = default);
    Task<Workspace?> GetAsync(Guid workspaceId, CancellationToken cancellationToken = default);
    void Add(Workspace workspace);

    /// <summary>
    /// The workspace with <paramref name="newWorkspace"/>'s platform and id: the stored one, or else
    /// <paramref name="newWorkspace"/>, saved at once and on its own so that turns arriving together
    /// in a workspace the bot has never seen all meet the same one instead of each adding their own.
    /// </summary>
    Task<Workspace> FindOrAddAsync(Workspace newWorkspace, CancellationToken cancellationToken = default);
}

public interface IPeople
{
    Task<Person?> FindAsync(Guid workspaceId, string platformUserId, CancellationToken cancellationToken = default);
    Task<Person?> GetAsync(Guid workspaceId, Guid personId, CancellationToken cancellationToken = default);

    /// <summary>The display name of everyone in the workspace (to keep internal candidates' names out of channel posts).</summary>
    Task<IReadOnlyList<string>> ListNamesAsync(Guid workspaceId, CancellationToken cancellationToken = default);

    /// <summary>People of the workspace whose display name is <paramref name="name"/> or starts with it as a whole word (a first name), any case.</summary>
    Task<IReadOnlyList<Person>> FindByNameAsync(Guid workspaceId, string name, CancellationToken cancellationToken = default);

    void Add(Person person);

    /// <summary>
    /// The person with <paramref name="newPerson"/>'s workspace and user id: the stored one, or else
    /// <paramref name="newPerson"/>, saved at once and on its own (see <see cref="IWorkspaces.FindOrAddAsync"/>),
    /// for one person whose first messages reach the bot in two conversations at once.
    /// </summary>
    Task<Person> FindOrAddAsync(Person newPerson, CancellationToken cancellationToken = default);
}

public interface IInterviews
{
    /// <summary>The interview with its checklist, notes and questions, if it belongs to the workspace.</summary>
    Task<Interview?> FindAsync(Guid workspaceId, Guid interviewId, CancellationToken cancellationToken = default);

    /// <summary>Every interview in the workspace that ends after <paramref name="fromUtc"/> (team digest figures).</summary>
    Task<IReadOnlyList<Interview>> ListInWorkspaceAsync(Guid workspaceId, DateTime fromUtc, CancellationToken cancellationToken = default);

    /// <summary>Interviews the person is on that end after <paramref name="fromUtc"/>, soonest first.</summary>
    Task<IReadOnlyList<Interview>> ListForPersonAsync(Guid workspaceId, Guid personId, DateTime fromUtc, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// The interview whose current invite code has this hash, in any workspace (a candidate may be in another
    /// one); null when none has. The caller checks that the code still works.
    /// </summary>
    Task<Interview?> FindByInviteAsync(string inviteHash, CancellationToken cancellationToken = default);

    /// <summary>
    /// An interview of another workspace that <paramref name="personId"/>, of <paramref name="workspaceId"/>, joined
    /// as its candidate after the recruiter accepted them: the one way across workspaces, and only to that interview.
    /// </summary>
    Task<Interview?> FindJoinedAsync(Guid workspaceId, Guid personId, Guid interviewId, CancellationToken cancellationToken = default);

    /// <summary>
    /// In one lookup, the interview as <see cref="FindAsync"/> finds it in <paramref name="workspaceId"/>, else as
    /// <see cref="FindJoinedAsync"/> finds it for <paramref name="personId"/>: what a person of that workspace may open.
    /// </summary>
    Task<Interview?> FindReachableAsync(Guid workspaceId, Guid personId, Guid interviewId, CancellationToken cancellationToken = default);

    void Add(Interview interview);
}

public interface IRoleBriefs
{
    Task<RoleBrief?> FindAsync(Guid workspaceId, string roleKey, CancellationToken cancellationToken = default);
    void Add(RoleBrief brief);
}

public interface ISessions
{
    Task<Session?> FindAsync(Guid personId, Guid interviewId, CancellationToken cancellationToken = default);
    void Add(Session session);
}

public interface IConversationAddresses
{
    Task<ConversationAddress?> FindAsync(Guid workspaceId, string conversationId, CancellationToken cancellationToken = default);
    Task<ConversationAddress?> FindPersonalAsync(Guid personId, CancellationToken cancellationToken = default);
    void Add(ConversationAddress address);
}

public interface ISentCards
{
    Task<SentCard?> FindAsync(Guid workspaceId, Guid cardId, CancellationToken cancellationToken = default);
    void Add(SentCard card);
}

public interface IUnitOfWork
{
    /// <summary>What the unit of work holds as changed and not yet saved, as far as nudges depend on it.</summary>
    PendingChanges Pending();

    Task SaveChangesAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// Changes whose nudges must be planned again before they are saved: interviews added or changed
/// (their status, times, promised date, or any checklist entry, note or question on them), people
/// whose working time or reminder choices changed, workspaces whose team channel or digest did, and
/// workspaces whose calendar did (their default zone, the days off they added), which moves everyone's.
/// </summary>
public sealed record PendingChanges(
    IReadOnlyCollection<Interview> Interviews,
    IReadOnlyCollection<Person> RetimedPeople,
    IReadOnlyCollection<Workspace> RetimedTeams,
    IReadOnlyCollection<Workspace> RecalendaredWorkspaces)
{
    public static readonly PendingChanges None = new([], [], [], []);

    /// <summary>Interviews whose feedback was marked sent in this unit of work: their turnaround is measured once saved.</summary>
    public IReadOnlyCollection<Interview> FeedbackSent { get; init; } = [];

    /// <summary>Interviews whose call moved, or was cancelled or brought back, in this unit of work: a candidate e-mailed the invitation gets the change by e-mail, queued in the same save.</summary>
    public IReadOnlyCollection<CallChange> CallsChanged { get; init; } = [];
}

/// <summary>A call that changed for the candidate: <paramref name="Moved"/> when its start or end did, else it was cancelled or brought back.</summary>
public sealed record CallChange(Interview Interview, bool Moved);

public interface IStories
{
    /// <summary>The person's brag list, newest first.</summary>
    Task<IReadOnlyList<Story>> ListAsync(Guid workspaceId, Guid personId, CancellationToken cancellationToken = default);

    Task<Story?> FindAsync(Guid workspaceId, Guid personId, Guid storyId, CancellationToken cancellationToken = default);

    void Add(Story story);

    void Remove(Story story);
}

public interface INudges
{
    /// <summary>Any nudge by id (the scheduler's trigger carries only the id).</summary>
    Task<Nudge?> FindAsync(Guid nudgeId, CancellationToken cancellationToken = default);

    Task<Nudge?> FindAsync(Guid workspaceId, Guid nudgeId, CancellationToken cancellationToken = default);

    /// <summary>Every nudge of an interview, in any state.</summary>
    Task<IReadOnlyList<Nudge>> ListForInterviewAsync(Guid interviewId, CancellationToken cancellationToken = default);

    /// <summary>The reminders sent to <paramref name="personId"/> in any of <paramref name="interviewIds"/> (answered or not), in one query.</summary>
    Task<IReadOnlyList<Nudge>> ListSentToPersonAsync(Guid personId, IReadOnlyCollection<Guid> interviewIds, CancellationToken cancellationToken = default);

    /// <summary>Nudges with keys starting with <paramref name="keyPrefix"/> in the workspace (team digests).</summary>
    Task<IReadOnlyList<Nudge>> ListByKeyPrefixAsync(Guid workspaceId, string keyPrefix, CancellationToken cancellationToken = default);

    /// <summary>Waiting nudges for the person, in every interview.</summary>
    Task<IReadOnlyList<Nudge>> ListWaitingForPersonAsync(Guid personId, CancellationToken cancellationToken = default);

    /// <summary>Waiting nudges after <paramref name="afterId"/> in id order, for re-scheduling after a restart.</summary>
    Task<IReadOnlyList<Nudge>> ListWaitingAsync(Guid? afterId, int max, CancellationToken cancellationToken = default);

    void Add(Nudge nudge);
}

/// <summary>
/// Another unit of work saved the same record first – two first messages from a new workspace or
/// person at the same moment both created it. Nothing of this one was saved; done again in a fresh
/// unit of work it finds the record and succeeds.
/// </summary>
public sealed class StoreConflictException(string message, Exception inner) : Exception(message, inner);
