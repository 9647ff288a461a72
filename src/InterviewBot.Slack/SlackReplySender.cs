using System.Text.Json.Nodes;
using InterviewBot.Cards;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Following;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Views;
using InterviewBot.Slack.Api;
using InterviewBot.Slack.Outbound;
using InterviewBot.Slack.Work;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack;

/// <summary>
/// Sends the engine's replies the Slack way. Forms open as modals when the request brought a trigger
/// id (and update the open modal when it came from one); cards the person tapped are updated in place
/// (chat.update); everything else is posted to the conversation, which for interview work is the
/// person's DM with the bot. In a shared channel, answers to a slash command or a tap are shown only
/// to the person who asked – except announcements, which everyone in the channel sees, and which go to
/// another conversation of the workspace through its stored address when they are meant for it. Every
/// posted card is remembered so the next tap updates it.
/// </summary>
public sealed class SlackReplySender(SlackApi api, ISentCards sentCards, IUnitOfWork unitOfWork, ChannelNotices notices, TimeProvider time, ILogger<SlackReplySender> logger)
{
    /// <param name="conversationId">Where new messages go: the DM for personal turns, else the channel.</param>
    /// <param name="skip">A reply already given as the modal submission's answer.</param>
    public async Task SendAsync(SlackTurn turn, string conversationId, TurnResult result, BotReply? skip, CancellationToken cancellationToken)
    {
        var trigger = turn.TriggerId;
        foreach (var reply in result.Replies)
        {
            if (ReferenceEquals(reply, skip)) continue;
            if (reply.AnnounceIn is { } target)
            {
                await AnnounceAsync(turn, conversationId, result.WorkspaceId, target, reply.Text ?? "", cancellationToken);
                continue;
            }
            if (turn.Source == SlackSource.HomeOpened && reply.Card is not null)
            {
                await PublishHomeAsync(turn, reply, cancellationToken);
                continue;
            }
            if (reply.Card is FormView form)
            {
                var shown = await TryShowFormAsync(turn, reply, form, trigger, cancellationToken);
                if (shown == FormShown.InNewModal) trigger = null; // a trigger id opens one modal
                if (shown != FormShown.No) continue;
            }
            if (!turn.IsPersonal && turn.Source != SlackSource.Mention)
            {
                await SayOnlyToThemAsync(turn, reply, cancellationToken);
                continue;
            }
            await PostOrUpdateAsync(turn, conversationId, result.WorkspaceId, reply, cancellationToken);
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// A form as a modal: replacing the open modal it came from (views.update), else a new modal with
    /// the request's trigger id. <see cref="FormShown.No"/> when there is no way to open one (no
    /// trigger, or it expired): the form is then posted as a message.
    /// </summary>
    private async Task<FormShown> TryShowFormAsync(SlackTurn turn, BotReply reply, FormView form, string? trigger, CancellationToken ct)
    {
        var modal = BlockKitRenderer.RenderModal(form, reply.CardId);
        if (turn.Source == SlackSource.ViewButton && turn.ViewType == "modal" && reply.ReplacesCard && turn.ViewId is { } viewId)
        {
            await api.Views.UpdateAsync(viewId, modal, turn.ViewHash, ct);
            return FormShown.InOpenModal;
        }
        if (trigger is null) return FormShown.No;
        try
        {
            await api.Views.OpenAsync(trigger, modal, ct);
            return FormShown.InNewModal;
        }
        catch (SlackApiException refused) when (refused.Error is "expired_trigger_id" or "invalid_trigger_id" or "exchanged_trigger_id")
        {
            // The engine was slower than the trigger's 3 seconds: the form goes into the chat instead.
            Log.TriggerExpired(logger, refused.Error);
            return FormShown.No;
        }
    }

    private async Task PostOrUpdateAsync(SlackTurn turn, string conversationId, Guid workspaceId, BotReply reply, CancellationToken ct)
    {
        var message = SlackMessages.Of(reply.Text, reply.Card, reply.CardId);
        if (reply.ReplacesCard && await FindMessageAsync(turn, workspaceId, reply.CardId, ct) is { } tapped)
        {
            await api.Chat.UpdateAsync(tapped.Channel, tapped.Ts, message.Text, message.Blocks, ct);
            return;
        }

        var posted = await api.Chat.PostMessageAsync(conversationId, message.Text, message.Blocks, ct);
        if (reply.Card is null || string.IsNullOrEmpty(posted.Ts)) return;
        var messageId = new SlackMessageId(posted.Channel, posted.Ts).Format(conversationId);
        var now = time.GetUtcNow().UtcDateTime;
        var known = await sentCards.FindAsync(workspaceId, reply.CardId, ct);
        if (known is null) sentCards.Add(new SentCard(reply.CardId, workspaceId, conversationId, messageId, now));
        else known.Repost(conversationId, messageId, now); // a card that lived in a modal now lives in the chat
    }

    /// <summary>
    /// The message of the card to update: the one stored when it was posted, else the message the
    /// button was tapped on when the reply replaces that very card.
    /// </summary>
    private async Task<SlackMessageId?> FindMessageAsync(SlackTurn turn, Guid workspaceId, Guid cardId, CancellationToken ct)
    {
        var sent = await sentCards.FindAsync(workspaceId, cardId, ct);
        if (sent is not null) return SlackMessageId.Parse(sent.MessageId, sent.ConversationId);
        if (turn is { Source: SlackSource.MessageButton, ChannelId: { } channel, MessageTs: { } ts } && turn.Submit?.CardId == cardId)
            return new SlackMessageId(channel, ts);
        Log.CardNotFound(logger, cardId);
        return null;
    }

    /// <summary>
    /// For everyone in <paramref name="target"/>: here, in the channel through the slash command's
    /// response_url (the bot need not be a member) or as a post; elsewhere, through that channel's stored address.
    /// </summary>
    private async Task AnnounceAsync(SlackTurn turn, string conversationId, Guid workspaceId, string target, string text, CancellationToken ct)
    {
        if (target == conversationId)
        {
            var mrkdwn = SlackMessages.Of(text, null, Guid.Empty).Text;
            if (turn.Source == SlackSource.Command && turn.ResponseUrl is { } responseUrl) await api.ResponseUrls.RespondAsync(responseUrl, mrkdwn, ephemeral: false, ct);
            else await api.Chat.PostMessageAsync(target, mrkdwn, null, ct);
            return;
        }
        try
        {
            await notices.PostAsync(workspaceId, target, text, ct);
        }
        catch (DeliveryException failure)
        {
            Log.NoticeFailed(logger, target, failure.Message);
        }
    }

    /// <summary>In a shared channel: through the slash command's response_url, or as an ephemeral message.</summary>
    private async Task SayOnlyToThemAsync(SlackTurn turn, BotReply reply, CancellationToken ct)
    {
        var text = SlackMessages.Mrkdwn(reply.Text ?? reply.Card?.Title ?? "");
        if (text.Length == 0) return;
        if (turn.ResponseUrl is { } responseUrl) await api.ResponseUrls.RespondAsync(responseUrl, text, ephemeral: true, ct);
        else if (turn.ChannelId is { } channel) await api.Chat.PostEphemeralAsync(channel, turn.UserId, text, null, ct);
    }

    private async Task PublishHomeAsync(SlackTurn turn, BotReply reply, CancellationToken ct)
    {
        var rendered = BlockKitRenderer.RenderMessage(reply.Card!, reply.CardId);
        var view = new JsonObject { ["type"] = "home", ["blocks"] = rendered["blocks"]?.DeepClone() ?? new JsonArray() };
        await api.Views.PublishAsync(turn.UserId, view, ct);
    }

    private enum FormShown { No, InNewModal, InOpenModal }
}
