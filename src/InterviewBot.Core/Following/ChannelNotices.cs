using InterviewBot.Core.Ports;

namespace InterviewBot.Core.Following;

/// <summary>
/// Posts a turn's announcement to another conversation of the workspace than the one the turn came
/// from (the team channel, when a switch was typed elsewhere), through the stored address of that
/// conversation and the messenger of its platform.
/// </summary>
public sealed class ChannelNotices(IConversationAddresses addresses, IEnumerable<IMessenger> messengers)
{
    /// <exception cref="DeliveryException">No address is stored for the conversation, or the platform refused.</exception>
    public async Task PostAsync(Guid workspaceId, string conversationId, string text, CancellationToken cancellationToken = default)
    {
        var address = await addresses.FindAsync(workspaceId, conversationId, cancellationToken)
            ?? throw new DeliveryException($"No address is stored for conversation {conversationId}.", isTransient: false);
        var messenger = messengers.FirstOrDefault(m => m.Platform == address.Platform)
            ?? throw new DeliveryException($"No messenger serves {address.Platform}.", isTransient: false);
        await messenger.SendAsync(address, new OutboundMessage(text, null, Guid.NewGuid()), cancellationToken);
    }
}
