using InterviewBot.Core.Ports;
using Microsoft.Bot.Builder;

namespace InterviewBot.Teams;

/// <summary>The Bot Framework turn being answered: replies go through its context (the connector it came from).</summary>
internal sealed class TeamsTurn(ITurnContext context) : TransportTurn
{
    public ITurnContext Context { get; } = context;

    public override string ConversationId => Context.Activity.Conversation?.Id ?? "";

    /// <summary>A card's Action.Submit arrives with the id of the message it was on.</summary>
    public override string? TappedMessageId =>
        Context.Activity.Value is not null && !string.IsNullOrEmpty(Context.Activity.ReplyToId) ? Context.Activity.ReplyToId : null;
}
