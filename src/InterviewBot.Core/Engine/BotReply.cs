namespace InterviewBot.Core.Engine;

/// <summary>
/// One message the bot sends back. When <see cref="ReplacesCard"/> is set, the channel updates the
/// card the user tapped (kept under <see cref="CardId"/>) instead of posting a new message. When
/// <see cref="AnnounceIn"/> is set, the text is an announcement for everyone in that conversation –
/// the one the turn came from (where an answer might otherwise be shown only to the person who asked)
/// or another one of the workspace, reached through its stored address. When <see cref="ToPerson"/> is set,
/// the message goes to that person's 1:1 chat with the bot (a recruiter told of a hiring manager's answer,
/// the new owner of a hand-over).
/// </summary>
public sealed record BotReply(string? Text, CardView? Card, Guid CardId, bool ReplacesCard, string? AnnounceIn = null, Guid? ToPerson = null,
    bool AcrossWorkspaces = false)
{
    public static BotReply Say(string text) => new(text, null, Guid.Empty, false);

    public static BotReply Show(CardView card, string? text = null) => new(text, card, Guid.NewGuid(), false);

    public static BotReply Replace(Guid cardId, CardView card) => new(null, card, cardId, true);

    public static BotReply Announce(string conversationId, string text) => new(text, null, Guid.Empty, false, conversationId);


    public static BotReply Tell(Guid personId, CardView? card, string? text) => new(text, card, card is null ? Guid.Empty : Guid.NewGuid(), false, ToPerson: personId);
}

/// <summary>What a turn produced, and who it was for (so the channel can remember how to reach them).</summary>
public sealed record TurnResult(Guid WorkspaceId, Guid PersonId, IReadOnlyList<BotReply> Replies);
