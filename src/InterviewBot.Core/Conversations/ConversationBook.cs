using InterviewBot.Core.Domain;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Ports;

namespace InterviewBot.Core.Conversations;

/// <summary>
/// Remembers how to reach every 1:1 chat and channel the bot hears from – the platform's own
/// serialized address, which only that platform's transport reads – so nudges and team posts can
/// reach them later without waiting for anyone to write. A row is written only when the address
/// itself changes, not on every turn.
/// </summary>
public sealed class ConversationBook(IConversationAddresses addresses, TimeProvider time)
{
    public async Task RememberAsync(Turn turn, string reference, CancellationToken cancellationToken = default)
    {
        var conversationId = turn.Message.ConversationId;
        if (string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(reference)) return;
        var personal = turn.Message.IsPersonalChat;
        Guid? personId = personal ? turn.Person.Id : null;
        var address = await addresses.FindAsync(turn.Workspace.Id, conversationId, cancellationToken);
        if (address is null)
            addresses.Add(new ConversationAddress(turn.Workspace.Id, personId, turn.Workspace.Platform, conversationId, personal, reference, time.GetUtcNow().UtcDateTime));
        else if (address.Reference != reference || (personal && address.PersonId != personId) || address.IsPersonal != personal)
            address.Refresh(personId, personal, reference, time.GetUtcNow().UtcDateTime);
    }
}
