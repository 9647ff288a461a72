using InterviewBot.Core.Ports;
using InterviewBot.Slack.Outbound;

namespace InterviewBot.Slack.Work;

/// <summary>
/// The Slack request being answered, as the core carries it back to <see cref="SlackTransport"/>: the
/// conversation the answers belong in (the person's DM for interview work), and the handles only Slack
/// has – a trigger id that opens one modal within 3 seconds, a response_url, the tapped message, the
/// open modal, and the answer a modal submission is still waiting for.
/// </summary>
internal sealed class SlackTransportTurn(SlackTurn request, string conversationId) : TransportTurn
{
    public SlackTurn Request { get; } = request;

    public override string ConversationId { get; } = conversationId;

    /// <summary>The trigger id while it can still open a modal: it opens one, once.</summary>
    public string? UnusedTriggerId { get; set; } = request.TriggerId;

    public override string? TappedMessageId =>
        Request is { Source: SlackSource.MessageButton, ChannelId: { } channel, MessageTs: { } ts } ? new SlackMessageId(channel, ts).Format(ConversationId) : null;
}
