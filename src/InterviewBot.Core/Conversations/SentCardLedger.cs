namespace InterviewBot.Core.Conversations;

/// <summary>
/// Which message every card the bot posted became, so a tap on it – or a nudge's Done – updates that
/// message in place. Kept the same way for a turn's replies and for nudges.
/// </summary>
public sealed class SentCardLedger(ISentCards sentCards, TimeProvider time)
{
    public Task<SentCard?> FindAsync(Guid workspaceId, Guid cardId, CancellationToken cancellationToken = default) =>
        sentCards.FindAsync(workspaceId, cardId, cancellationToken);

    /// <summary>Remembers where the card went; a card posted again (a snoozed nudge, a form leaving its modal) now lives there.</summary>
    public async Task RecordAsync(Guid workspaceId, Guid cardId, string conversationId, string messageId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(messageId)) return;
        var now = time.GetUtcNow().UtcDateTime;
        var known = await sentCards.FindAsync(workspaceId, cardId, cancellationToken);
        if (known is null) sentCards.Add(new SentCard(cardId, workspaceId, conversationId, messageId, now));
        else known.Repost(conversationId, messageId, now);
    }
}
