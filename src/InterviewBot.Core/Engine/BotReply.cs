using InterviewBot.Core.Views;

namespace InterviewBot.Core.Engine;

/// <summary>
/// One message the bot sends back. When <see cref="ReplacesCard"/> is set, the channel updates the
/// card the user tapped (kept under <see cref="CardId"/>) instead of posting a new message.
/// </summary>
public sealed record BotReply(string? Text, CardView? Card, Guid CardId, bool ReplacesCard)
{
    public static BotReply Say(string text) => new(text, null, Guid.Empty, false);

    public static BotReply Show(CardView card, string? text = null) => new(text, card, Guid.NewGuid(), false);

    public static BotReply Replace(Guid cardId, CardView card) => new(null, card, cardId, true);
}

/// <summary>What a turn produced, and who it was for (so the channel can remember how to reach them).</summary>
public sealed record TurnResult(Guid WorkspaceId, Guid PersonId, IReadOnlyList<BotReply> Replies);
