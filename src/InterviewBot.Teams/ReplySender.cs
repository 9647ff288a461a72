using InterviewBot.Cards;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Following;
using InterviewBot.Core.Ports;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace InterviewBot.Teams;

/// <summary>
/// Sends the engine's replies into the Bot Framework conversation: renders cards, updates a tapped
/// card in place, and remembers each posted card's activity id for the next update. An announcement
/// for another conversation goes there through its stored address; one that cannot be delivered is
/// logged and does not undo the turn.
/// </summary>
public sealed class ReplySender(ISentCards sentCards, IUnitOfWork unitOfWork, ChannelNotices notices, TimeProvider time, ILogger<ReplySender> logger)
{
    public async Task SendAsync(ITurnContext turnContext, TurnResult result, CancellationToken cancellationToken)
    {
        var conversationId = turnContext.Activity.Conversation?.Id ?? "";
        foreach (var reply in result.Replies)
        {
            if (reply.AnnounceIn is { } elsewhere && elsewhere != conversationId)
            {
                await AnnounceAsync(result.WorkspaceId, elsewhere, reply.Text ?? "", cancellationToken);
                continue;
            }
            var activity = ToActivity(reply);
            if (reply.ReplacesCard && await FindMessageIdAsync(turnContext, result.WorkspaceId, reply.CardId, cancellationToken) is { } messageId)
            {
                activity.Id = messageId;
                await turnContext.UpdateActivityAsync(activity, cancellationToken);
                continue;
            }

            var response = await turnContext.SendActivityAsync(activity, cancellationToken);
            if (reply.Card is not null && !string.IsNullOrEmpty(response?.Id))
                sentCards.Add(new SentCard(reply.CardId, result.WorkspaceId, conversationId, response.Id, time.GetUtcNow().UtcDateTime));
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private async Task AnnounceAsync(Guid workspaceId, string conversationId, string text, CancellationToken ct)
    {
        try
        {
            await notices.PostAsync(workspaceId, conversationId, text, ct);
        }
        catch (DeliveryException failure)
        {
            Log.NoticeFailed(logger, conversationId, failure.Message);
        }
    }

    public static Activity ToActivity(BotReply reply)
    {
        if (reply.Card is null) return (Activity)MessageFactory.Text(Markdown(reply.Text));
        var attachment = new Attachment
        {
            ContentType = AdaptiveCardRenderer.ContentType,
            Content = JObject.Parse(AdaptiveCardRenderer.Render(reply.Card, reply.CardId).ToJsonString()),
        };
        var activity = (Activity)MessageFactory.Attachment(attachment);
        activity.Text = Markdown(reply.Text);
        return activity;
    }

    /// <summary>Teams reads a message's text as markdown: what a person typed must show as typed.</summary>
    private static string? Markdown(string? text) => text is null ? null : AdaptiveCardRenderer.Markdown(text);

    /// <summary>
    /// The activity id of the card to update: the one we stored when we posted it, else the id Teams
    /// sends as <c>replyToId</c> with a card action.
    /// </summary>
    private async Task<string?> FindMessageIdAsync(ITurnContext turnContext, Guid workspaceId, Guid cardId, CancellationToken ct)
    {
        var sent = await sentCards.FindAsync(workspaceId, cardId, ct);
        if (sent is not null && sent.ConversationId == turnContext.Activity.Conversation?.Id) return sent.MessageId;
        if (!string.IsNullOrEmpty(turnContext.Activity.ReplyToId)) return turnContext.Activity.ReplyToId;
        Log.CardNotFound(logger, cardId);
        return null;
    }
}
