using InterviewBot.Core.Engine;

namespace InterviewBot.Core.Conversations;

/// <summary>
/// Remembers how to reach every 1:1 chat and channel the bot hears from – the platform's own
/// serialized address, which only that platform's transport reads – so nudges and team posts can
/// reach them later without waiting for anyone to write. A row is written only when the address
/// itself changes, not on every turn; and an address this process has already found stored as it is
/// (<see cref="StoredAddresses"/>) is not even looked up again.
/// </summary>
public sealed class ConversationBook(IConversationAddresses addresses, StoredAddresses stored, TimeProvider time)
{
    public async Task RememberAsync(Turn turn, string reference, CancellationToken cancellationToken = default)
    {
        var conversationId = turn.Message.ConversationId;
        if (string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(reference)) return;
        var personal = turn.Message.IsPersonalChat;
        Guid? personId = personal ? turn.Person.Id : null;
        if (stored.Holds(turn.Workspace.Id, conversationId, personId, reference)) return;

        var address = await addresses.FindAsync(turn.Workspace.Id, conversationId, cancellationToken);
        if (address is null)
            addresses.Add(new ConversationAddress(turn.Workspace.Id, personId, turn.Workspace.Platform, conversationId, personal, reference, time.GetUtcNow().UtcDateTime));
        else if (address.Reference != reference || (personal && address.PersonId != personId) || address.IsPersonal != personal)
            address.Refresh(personId, personal, reference, time.GetUtcNow().UtcDateTime);
        // Only what was found already saved: a row added or changed now is saved by the commit, which may still fail.
        else stored.Found(turn.Workspace.Id, conversationId, personId, reference);
    }
}

/// <summary>
/// The conversation addresses this process found stored exactly as a turn would store them, so the
/// next turn in that conversation need not look. Keyed with the person, so someone forgotten and
/// meeting the bot anew (a new person) is looked up and stored again. Bounded: when full it starts over.
/// </summary>
public sealed class StoredAddresses
{
    private const int MaxEntries = 50_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(Guid WorkspaceId, string ConversationId), (Guid? PersonId, string Reference)> _found = new();

    public bool Holds(Guid workspaceId, string conversationId, Guid? personId, string reference) =>
        _found.TryGetValue((workspaceId, conversationId), out var known) && known.PersonId == personId && known.Reference == reference;

    public void Found(Guid workspaceId, string conversationId, Guid? personId, string reference)
    {
        if (_found.Count >= MaxEntries) _found.Clear();
        _found[(workspaceId, conversationId)] = (personId, reference);
    }
}
