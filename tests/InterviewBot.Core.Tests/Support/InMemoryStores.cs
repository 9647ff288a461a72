using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;

namespace InterviewBot.Core.Tests.Support;

// Hand-written in-memory stores for the flows: they keep the objects themselves, as one unit of
// work would, and honour the workspace boundary the ports promise.

internal sealed class InMemoryInterviews : IInterviews
{
    private readonly List<Interview> _all = [];

    public Task<Interview?> FindAsync(Guid workspaceId, Guid interviewId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_all.FirstOrDefault(i => i.WorkspaceId == workspaceId && i.Id == interviewId));

    public Task<IReadOnlyList<Interview>> ListForPersonAsync(Guid workspaceId, Guid personId, DateTime fromUtc, int max, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Interview>>(_all
            .Where(i => i.WorkspaceId == workspaceId && i.IsParticipant(personId) && i.EndUtc > fromUtc)
            .OrderBy(i => i.StartUtc).Take(max).ToList());

    public void Add(Interview interview) => _all.Add(interview);
}

internal sealed class InMemoryRoleBriefs : IRoleBriefs
{
    private readonly List<RoleBrief> _all = [];

    public Task<RoleBrief?> FindAsync(Guid workspaceId, string roleKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(_all.FirstOrDefault(b => b.WorkspaceId == workspaceId && b.RoleKey == roleKey));

    public void Add(RoleBrief brief) => _all.Add(brief);
}

internal sealed class InMemorySessions : ISessions
{
    private readonly List<Session> _all = [];

    public Task<Session?> FindAsync(Guid personId, Guid interviewId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_all.FirstOrDefault(s => s.PersonId == personId && s.InterviewId == interviewId));

    public void Add(Session session) => _all.Add(session);
}
