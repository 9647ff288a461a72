namespace InterviewBot.Core.Domain;

/// <summary>
/// A card the bot posted, remembered so that a later tap on it updates that same message in place
/// instead of posting a new one.
/// </summary>
public sealed class SentCard
{
    private SentCard() { }

    public SentCard(Guid cardId, Guid workspaceId, string conversationId, string messageId, DateTime nowUtc)
    {
        CardId = cardId;
        WorkspaceId = workspaceId;
        ConversationId = conversationId;
        MessageId = messageId;
        SentUtc = nowUtc;
    }

    public Guid CardId { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string ConversationId { get; private set; } = "";

    /// <summary>The platform's id of the message (Bot Framework activity id, Slack ts).</summary>
    public string MessageId { get; private set; } = "";

    public DateTime SentUtc { get; private set; }

    /// <summary>The card was posted again as a new message (a snoozed nudge coming back): taps now update that one.</summary>
    public void Repost(string conversationId, string messageId, DateTime nowUtc)
    {
        ConversationId = conversationId;
        MessageId = messageId;
        SentUtc = nowUtc;
    }
}
