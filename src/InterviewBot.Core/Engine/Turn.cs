using InterviewBot.Core.Conversations;

namespace InterviewBot.Core.Engine;

/// <summary>Everything one turn knows: who is talking, in which workspace, what they sent, and the replies so far.</summary>
public sealed class Turn(Workspace workspace, Person person, InboundMessage message, DateTime nowUtc)
{
    private readonly List<BotReply> _replies = [];

    public Workspace Workspace { get; } = workspace;
    public Person Person { get; } = person;
    public InboundMessage Message { get; } = message;
    public DateTime NowUtc { get; } = nowUtc;
    public CardSubmit? Submit => Message.Submit;

    public void Say(string text) => _replies.Add(BotReply.Say(text));

    /// <summary>Tells everyone in <paramref name="conversationId"/> (by default the conversation of this turn), not only the person who asked.</summary>
    public void Announce(string text, string? conversationId = null) => _replies.Add(BotReply.Announce(conversationId ?? Message.ConversationId, text));

    public void Show(CardView card, string? text = null) => _replies.Add(BotReply.Show(card, text));

    /// <summary>A message for someone else, in their 1:1 chat with the bot (they must have one: see <c>IConversationAddresses.FindPersonalAsync</c>).</summary>
    /// <param name="acrossWorkspaces">
    /// The person may be in another workspace (a candidate who joined a recruiter's booking from theirs, and that
    /// recruiter): the one kind of message that crosses the seal between workspaces. Otherwise only this workspace's chats are used.
    /// </param>
    public void Tell(Guid personId, CardView? card, string? text = null, bool acrossWorkspaces = false) =>
        _replies.Add(BotReply.Tell(personId, card, text) with { AcrossWorkspaces = acrossWorkspaces });

    /// <summary>Updates the card the user tapped, or posts the card when the turn did not come from one.</summary>
    public void ShowInPlace(CardView card)
    {
        if (Submit?.CardId is { } cardId && cardId != Guid.Empty) _replies.Add(BotReply.Replace(cardId, card));
        else _replies.Add(BotReply.Show(card));
    }

    public TurnResult Result() => new(Workspace.Id, Person.Id, _replies);
}
