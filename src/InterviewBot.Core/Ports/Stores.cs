using InterviewBot.Core.Domain;

namespace InterviewBot.Core.Ports;

// Storage ports. InterviewBot.Persistence implements them with EF Core; one instance of each lives
// for one turn, and IUnitOfWork.SaveChangesAsync commits everything the turn changed at once.

public interface IWorkspaces
{
    Task<Workspace?> FindAsync(string platform, string externalId, CancellationToken cancellationToken = default);
    void Add(Workspace workspace);
}

public interface IPeople
{
    Task<Person?> FindAsync(Guid workspaceId, string platformUserId, CancellationToken cancellationToken = default);
    void Add(Person person);
}

public interface IInterviews
{
    /// <summary>The interview with its checklist, notes and questions, if it belongs to the workspace.</summary>
    Task<Interview?> FindAsync(Guid workspaceId, Guid interviewId, CancellationToken cancellationToken = default);

    /// <summary>Interviews the person is on that end after <paramref name="fromUtc"/>, soonest first.</summary>
    Task<IReadOnlyList<Interview>> ListForPersonAsync(Guid workspaceId, Guid personId, DateTime fromUtc, int max, CancellationToken cancellationToken = default);

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
    Task SaveChangesAsync(CancellationToken cancellationToken = default);
}

public interface IStories
{
    /// <summary>The person's brag list, newest first.</summary>
    Task<IReadOnlyList<Story>> ListAsync(Guid workspaceId, Guid personId, CancellationToken cancellationToken = default);

    Task<Story?> FindAsync(Guid workspaceId, Guid personId, Guid storyId, CancellationToken cancellationToken = default);

    /// <summary>The story written in the prep of that interview, if any.</summary>
    Task<Story?> FindForInterviewAsync(Guid personId, Guid interviewId, CancellationToken cancellationToken = default);

    void Add(Story story);

    void Remove(Story story);
}
