using InterviewBot.Core.Domain;

namespace InterviewBot.Persistence.Stores;

/// <summary>
/// The people erased during this scope (one turn) and their chats. After the engine's turn the
/// channel remembers the conversation and the cards it posted; for a person who has just been
/// forgotten that would store their chat address again, so the stores leave those out.
/// </summary>
internal sealed class ErasedInScope
{
    private readonly HashSet<Guid> _people = [];
    private readonly HashSet<(Guid WorkspaceId, string ConversationId)> _conversations = [];

    public void Remember(Guid workspaceId, Guid personId, IEnumerable<string> conversationIds)
    {
        _people.Add(personId);
        foreach (var id in conversationIds) _conversations.Add((workspaceId, id));
    }

    public bool Covers(ConversationAddress address) =>
        (address.PersonId is { } personId && _people.Contains(personId)) || _conversations.Contains((address.WorkspaceId, address.ConversationId));

    public bool Covers(SentCard card) => _conversations.Contains((card.WorkspaceId, card.ConversationId));
}
