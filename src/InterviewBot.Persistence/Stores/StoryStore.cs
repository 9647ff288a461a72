using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Stores;

/// <remarks>Finds look first at what this turn already added or loaded (see <see cref="UnitOfWork"/>).</remarks>
internal sealed class StoryStore(InterviewBotDbContext db) : IStories
{
    public async Task<IReadOnlyList<Story>> ListAsync(Guid workspaceId, Guid personId, CancellationToken cancellationToken = default)
    {
        var stored = await db.Stories.Where(s => s.WorkspaceId == workspaceId && s.PersonId == personId).ToListAsync(cancellationToken);
        var added = db.Stories.Local.Where(s => s.WorkspaceId == workspaceId && s.PersonId == personId && db.Entry(s).State == EntityState.Added);
        return stored.Concat(added).Distinct().OrderByDescending(s => s.CreatedUtc).ToList();
    }

    public async Task<Story?> FindAsync(Guid workspaceId, Guid personId, Guid storyId, CancellationToken cancellationToken = default) =>
        db.Stories.Local.FirstOrDefault(s => s.Id == storyId && s.WorkspaceId == workspaceId && s.PersonId == personId)
        ?? await db.Stories.FirstOrDefaultAsync(s => s.Id == storyId && s.WorkspaceId == workspaceId && s.PersonId == personId, cancellationToken);

    public void Add(Story story) => db.Stories.Add(story);

    public void Remove(Story story) => db.Stories.Remove(story);
}
