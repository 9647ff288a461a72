using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;

namespace InterviewBot.Slack.Tests.Support;

/// <summary>What the nudge dispatcher does with a transport: post to, and update in, a conversation it stored earlier.</summary>
internal static class StoredAddressSends
{
    public static Task<string> SendAsync(this IChatTransport transport, ConversationAddress address, OutboundMessage message, CancellationToken cancellationToken = default) =>
        transport.PostAsync(ChatDestination.Stored(address), message, cancellationToken);

    public static Task UpdateAsync(this IChatTransport transport, ConversationAddress address, string messageId, OutboundMessage message, CancellationToken cancellationToken = default) =>
        transport.UpdateAsync(ChatDestination.Stored(address), messageId, message, cancellationToken);
}
