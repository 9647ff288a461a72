namespace InterviewBot.Slack.Outbound;

/// <summary>
/// How a posted Slack message is remembered: its <c>ts</c>, which with the channel identifies it.
/// Stored as the bare ts when the message is in the conversation it is filed under, else as
/// <c>channel|ts</c> (a nudge to a person whose DM had to be opened first).
/// </summary>
internal readonly record struct SlackMessageId(string Channel, string Ts)
{
    public string Format(string conversationId) => Channel == conversationId ? Ts : Channel + "|" + Ts;

    public static SlackMessageId Parse(string messageId, string conversationId)
    {
        var bar = messageId.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? new SlackMessageId(conversationId, messageId) : new SlackMessageId(messageId[..bar], messageId[(bar + 1)..]);
    }
}
