using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Stores;

/// <remarks>
/// Finds look first at what this turn already added or loaded (see <see cref="UnitOfWork"/>).
/// Cards posted into the chat of a person erased in this scope are not recorded (see <see cref="ErasedInScope"/>).
/// </remarks>
internal sealed class SentCardStore(InterviewBotDbContext db, ErasedInScope erased) : ISentCards
{
    public async Task<SentCard?> FindAsync(Guid workspaceId, Guid cardId, CancellationToken cancellationToken = default) =>
        db.SentCards.Local.FirstOrDefault(c => c.CardId == cardId && c.WorkspaceId == workspaceId)
        ?? await db.SentCards.FirstOrDefaultAsync(c => c.CardId == cardId && c.WorkspaceId == workspaceId, cancellationToken);

    public void Add(SentCard card)
    {
        if (!erased.Covers(card)) db.SentCards.Add(card);
    }
}
