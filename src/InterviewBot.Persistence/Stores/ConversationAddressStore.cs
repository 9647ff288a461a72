using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Stores;

/// <remarks>
/// Finds look first at what this turn already added or loaded (see <see cref="UnitOfWork"/>).
/// A person erased in this scope is not stored again (see <see cref="ErasedInScope"/>).
/// </remarks>
internal sealed class ConversationAddressStore(InterviewBotDbContext db, ErasedInScope erased) : IConversationAddresses
{
    public async Task<ConversationAddress?> FindAsync(Guid workspaceId, string conversationId, CancellationToken cancellationToken = default) =>
        db.ConversationAddresses.Local.FirstOrDefault(a => a.WorkspaceId == workspaceId && a.ConversationId == conversationId)
        ?? await db.ConversationAddresses.FirstOrDefaultAsync(a => a.WorkspaceId == workspaceId && a.ConversationId == conversationId, cancellationToken);

    /// <summary>The person's 1:1 chat; the most recently refreshed one if they have several.</summary>
    public async Task<ConversationAddress?> FindPersonalAsync(Guid personId, CancellationToken cancellationToken = default) =>
        db.ConversationAddresses.Local.Where(a => a.PersonId == personId && a.IsPersonal).MaxBy(a => a.UpdatedUtc)
        ?? await db.ConversationAddresses
            .Where(a => a.PersonId == personId && a.IsPersonal)
            .OrderByDescending(a => a.UpdatedUtc)
            .FirstOrDefaultAsync(cancellationToken);

    public void Add(ConversationAddress address)
    {
        if (!erased.Covers(address)) db.ConversationAddresses.Add(address);
    }
}
