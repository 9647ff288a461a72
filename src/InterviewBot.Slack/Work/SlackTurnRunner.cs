using InterviewBot.Core.Domain;
using InterviewBot.Core.Engine;
using InterviewBot.Slack.Api;
using InterviewBot.Slack.Inbound;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack.Work;

/// <summary>
/// Runs one acknowledged Slack request through the engine, in the background: who is talking (with
/// their time zone), which conversation it belongs to, the engine's turn, the modal answer if Slack
/// is still waiting for one, remembering the conversation, and sending the replies.
/// </summary>
public sealed class SlackTurnRunner(
    StepEngine engine,
    SlackPeople people,
    DirectMessages directMessages,
    SlackConversationKinds kinds,
    SlackConversationBook conversations,
    SlackReplySender sender,
    SlackApi api,
    ILogger<SlackTurnRunner> logger)
{
    public const string SorryText = "Sorry, something went wrong on my side and your last action may not have been saved. Please try again; type *help* if you are stuck.";

    public async Task RunAsync(SlackTurn turn, CancellationToken cancellationToken)
    {
        // Both may need a Web API call; a modal's trigger id lasts only 3 seconds, so they go together.
        var finding = people.FindAsync(turn.TeamId, turn.UserId, turn.UserName, cancellationToken);
        var locating = ConversationOfAsync(turn, cancellationToken);
        var kinding = turn.IsPersonal ? Task.FromResult(ConversationKind.Personal) : kinds.KindOfAsync(turn.TeamId, turn.ChannelId, cancellationToken);
        var user = await finding;
        string? conversationId = null;
        try
        {
            conversationId = await locating;
            var inbound = new InboundMessage(new WorkspaceKey(Platforms.Slack, turn.TeamId), user, conversationId, await kinding, turn.Text, turn.Submit);
            var result = turn.Source == SlackSource.HomeOpened
                ? await engine.WelcomeAsync(inbound, cancellationToken)
                : await engine.HandleAsync(inbound, cancellationToken);

            var answered = ModalAnswers.Give(turn, result);
            await conversations.RememberAsync(result.WorkspaceId, result.PersonId,
                new SlackAddress(conversationId, turn.TeamId, turn.IsPersonal ? turn.UserId : null), turn.IsPersonal, cancellationToken);
            await sender.SendAsync(turn, conversationId, result, answered, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.TurnFailed(logger, failure, turn.Source.ToString(), conversationId ?? turn.ChannelId);
            await RecoverAsync(turn, user, conversationId, cancellationToken);
        }
    }

    /// <summary>Interview work happens in the person's DM with the bot, whatever DM the request came from.</summary>
    private async Task<string> ConversationOfAsync(SlackTurn turn, CancellationToken ct)
    {
        if (!turn.IsPersonal) return turn.ChannelId ?? throw new InvalidOperationException("A channel turn without a channel.");
        if (turn.Source is SlackSource.DirectMessage or SlackSource.MessageButton && turn.ChannelId is { } channel)
        {
            directMessages.Learn(turn.TeamId, turn.UserId, channel); // only the bot's own DMs send these
            return channel;
        }
        return await directMessages.ChannelAsync(turn.TeamId, turn.UserId, ct);
    }

    /// <summary>Like the Teams adapter's turn-error handler: clear a half-finished question, and say sorry.</summary>
    private async Task RecoverAsync(SlackTurn turn, ChatUser user, string? conversationId, CancellationToken ct)
    {
        try
        {
            await engine.ResetAsync(new WorkspaceKey(Platforms.Slack, turn.TeamId), user, ct);
        }
        catch (Exception resetFailure) when (resetFailure is not OperationCanceledException)
        {
            Log.ResetFailed(logger, resetFailure);
        }
        if (turn.Source == SlackSource.HomeOpened) return;
        try
        {
            if (!turn.IsPersonal && turn.ResponseUrl is { } responseUrl) await api.ResponseUrls.RespondAsync(responseUrl, SorryText, ephemeral: true, ct);
            else if (conversationId is not null) await api.Chat.PostMessageAsync(conversationId, SorryText, null, ct);
        }
        catch (SlackApiException sorryFailure)
        {
            Log.TurnFailed(logger, sorryFailure, turn.Source.ToString(), conversationId);
        }
    }
}
