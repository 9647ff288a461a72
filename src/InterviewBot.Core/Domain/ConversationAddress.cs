namespace InterviewBot.Core.Domain;

/// <summary>
/// Where the bot can reach a person (their 1:1 chat) or a team channel later, without waiting for
/// them to write first. <see cref="Reference"/> is the channel's own serialized address (a Bot
/// Framework ConversationReference, a Slack channel id…); the core never reads it.
/// </summary>
public sealed class ConversationAddress
{
    private ConversationAddress() { }

    public ConversationAddress(Guid workspaceId, Guid? personId, string platform, string conversationId,
        bool isPersonal, string reference, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        PersonId = personId;
        Platform = platform;
        ConversationId = conversationId;
        IsPersonal = isPersonal;
        Reference = reference;
        UpdatedUtc = nowUtc;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }

    /// <summary>The person whose 1:1 chat this is; null for a channel.</summary>
    public Guid? PersonId { get; private set; }

    public string Platform { get; private set; } = "";
    public string ConversationId { get; private set; } = "";
    public bool IsPersonal { get; private set; }
    public string Reference { get; private set; } = "";
    public DateTime UpdatedUtc { get; private set; }

    public void Refresh(Guid? personId, bool isPersonal, string reference, DateTime nowUtc)
    {
        PersonId = personId ?? PersonId;
        IsPersonal = isPersonal;
        Reference = reference;
        UpdatedUtc = nowUtc;
    }
}
