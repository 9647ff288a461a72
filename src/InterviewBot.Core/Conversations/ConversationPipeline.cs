using InterviewBot.Core.Engine;
using InterviewBot.Core.FollowUp;
using InterviewBot.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Core.Conversations;

/// <summary>
/// One turn, the same for every channel: find who is talking (or meet them), let the router decide
/// what to say, remember how to reach the conversation, hand every reply to the channel's transport
/// – updating a tapped card in place and keeping the sent-card ledger – and commit once. When
/// anything fails, the half-asked question is cleared and the person gets an apology, so nobody is
/// ever stuck. A channel only translates its payloads into an <see cref="InboundTurn"/> and
/// implements <see cref="IChatTransport"/>.
/// </summary>
/// <remarks>
/// Replies go out before the commit, so a person sees the answer at once and a Slack modal gets its
/// answer inside Slack's 3 seconds; if the commit then fails, the apology says the last action may
/// not have been saved. Nudges of what the turn changed are scheduled only after the commit.
/// </remarks>
public sealed partial class ConversationPipeline(
    ConversationRouter router,
    ConversationBook conversations,
    SentCardLedger ledger,
    IConversationAddresses addresses,
    Commit commit,
    NudgeCardCloser cards,
    IServiceScopeFactory scopes,
    ILogger<ConversationPipeline> logger)
{
    /// <summary>What a person reads when their turn failed.</summary>
    public static readonly string Apology =
        $"Sorry, something went wrong on my side and your last action may not have been saved. Please try again; type {Markup.Italic("help")} if you are stuck.";

    public async Task RunAsync(InboundTurn inbound, IChatTransport transport, CancellationToken cancellationToken = default)
    {
        using var activity = TurnTelemetry.Start(inbound);
        var outcome = TurnTelemetry.Failed;
        try
        {
            var turn = await router.BeginAsync(inbound.Message, cancellationToken);
            switch (inbound.Purpose)
            {
                case TurnPurpose.Message: await router.RouteAsync(turn, cancellationToken); break;
                case TurnPurpose.Home: await router.HomeAsync(turn, cancellationToken); break;
                default: ConversationRouter.Welcome(turn); break;
            }

            await conversations.RememberAsync(turn, inbound.AddressReference, cancellationToken);
            await DeliverAsync(turn, inbound, transport, cancellationToken);
            await commit.SaveAsync(cancellationToken);
            outcome = TurnTelemetry.Ok;
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            TurnFailed(logger, failure, inbound.Purpose, inbound.Message.Workspace.Platform, inbound.Transport.ConversationId);
            await RecoverAsync(inbound, transport, cancellationToken);
        }
        finally
        {
            TurnTelemetry.End(activity, inbound, outcome);
        }
    }

    private async Task DeliverAsync(Turn turn, InboundTurn inbound, IChatTransport transport, CancellationToken ct)
    {
        var here = ChatDestination.InTurn(inbound.Transport);
        var conversationId = inbound.Transport.ConversationId;
        foreach (var reply in turn.Result().Replies)
        {
            var message = new OutboundMessage(reply.Text, reply.Card, reply.CardId);
            if (reply.ToPerson is { } personId)
            {
                await TellAsync(turn, personId, reply.AcrossWorkspaces, message, transport, ct);
                continue;
            }
            if (reply.AnnounceIn is { } elsewhere && elsewhere != conversationId)
            {
                await AnnounceElsewhereAsync(turn, elsewhere, message, transport, ct);
                continue;
            }
            if (reply.AnnounceIn is not null)
            {
                await transport.PostAsync(here, message, ct); // for everyone in this conversation
                continue;
            }
            if (reply.Card is HomeView && await transport.PublishHomeAsync(here, message, ct)) continue;
            if (reply.Card is FormView && await transport.OpenFormAsync(here, message, ct)) continue;
            if (!turn.Message.IsPersonalChat && await transport.ShowOnlyToAskerAsync(here, message, ct)) continue;
            if (reply.ReplacesCard && await UpdateInPlaceAsync(turn, inbound, reply, message, transport, ct))
            {
                cards.ReplacedByTurn(reply.CardId); // a nudge card answered in place is not closed over the answer
                continue;
            }

            var messageId = await transport.PostAsync(here, message, ct);
            if (reply.Card is not null) await ledger.RecordAsync(turn.Workspace.Id, reply.CardId, conversationId, messageId, ct);
        }
        await transport.EndTurnAsync(inbound.Transport, ct);
    }

    /// <summary>
    /// The tapped card, updated where it was posted (from the ledger, in this conversation or
    /// another one the bot can reach), else the message the tap came from. False: post it anew.
    /// </summary>
    private async Task<bool> UpdateInPlaceAsync(Turn turn, InboundTurn inbound, BotReply reply, OutboundMessage message, IChatTransport transport, CancellationToken ct)
    {
        var sent = await ledger.FindAsync(turn.Workspace.Id, reply.CardId, ct);
        if (sent is not null)
        {
            if (sent.ConversationId == inbound.Transport.ConversationId)
            {
                await transport.UpdateAsync(ChatDestination.InTurn(inbound.Transport), sent.MessageId, message, ct);
                return true;
            }
            if (await addresses.FindAsync(turn.Workspace.Id, sent.ConversationId, ct) is { } address && address.Platform == transport.Platform)
            {
                await transport.UpdateAsync(ChatDestination.Stored(address), sent.MessageId, message, ct);
                return true;
            }
        }
        if (inbound.Transport.TappedMessageId is { } tapped && turn.Submit?.CardId == reply.CardId)
        {
            await transport.UpdateAsync(ChatDestination.InTurn(inbound.Transport), tapped, message, ct);
            return true;
        }
        CardNotFound(logger, reply.CardId);
        return false;
    }

    /// <summary>A notice for another conversation of the workspace (the team channel); one that cannot go out does not undo the turn.</summary>
    private async Task AnnounceElsewhereAsync(Turn turn, string conversationId, OutboundMessage message, IChatTransport transport, CancellationToken ct)
    {
        try
        {
            var address = await addresses.FindAsync(turn.Workspace.Id, conversationId, ct)
                ?? throw new DeliveryException($"No address is stored for conversation {conversationId}.", isTransient: false);
            await transport.StartThreadAsync(address, message, ct);
        }
        catch (DeliveryException failure)
        {
            NoticeFailed(logger, conversationId, failure.Message);
        }
    }

    /// <summary>A message for another person's 1:1 chat, a card recorded so a tap on it updates it; one that cannot go out does not undo the turn (the flow said what to do when it knew).</summary>
    private async Task TellAsync(Turn turn, Guid personId, bool acrossWorkspaces, OutboundMessage message, IChatTransport transport, CancellationToken ct)
    {
        try
        {
            var address = await addresses.FindPersonalAsync(personId, ct);
            if (address is null || (address.WorkspaceId != turn.Workspace.Id && !acrossWorkspaces) || address.Platform != transport.Platform)
                throw new DeliveryException($"No 1:1 chat is stored for person {personId}.", isTransient: false);
            var messageId = await transport.PostAsync(ChatDestination.Stored(address), message, ct);
            // Recorded in the recipient's workspace: a tap on the card comes from there.
            if (message.Card is not null) await ledger.RecordAsync(address.WorkspaceId, message.CardId, address.ConversationId, messageId, ct);
        }
        catch (DeliveryException failure)
        {
            MessageToPersonFailed(logger, personId, failure.Message);
        }
    }

    /// <summary>Clears a half-asked question in a fresh unit of work (the failed one may hold what broke) and says sorry.</summary>
    private async Task RecoverAsync(InboundTurn inbound, IChatTransport transport, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ConversationRouter>().ResetAsync(inbound.Message.Workspace, inbound.Message.User, ct);
            await scope.ServiceProvider.GetRequiredService<Commit>().SaveAsync(ct);
        }
        catch (Exception resetFailure) when (resetFailure is not OperationCanceledException)
        {
            ResetFailed(logger, resetFailure);
        }
        if (inbound.Purpose == TurnPurpose.Home && inbound.Message.Submit is null) return; // opening the tab: nothing to apologise in
        try
        {
            var here = ChatDestination.InTurn(inbound.Transport);
            var sorry = new OutboundMessage(Apology, null, Guid.Empty);
            if (inbound.Message.IsPersonalChat || !await transport.ShowOnlyToAskerAsync(here, sorry, ct)) await transport.PostAsync(here, sorry, ct);
        }
        catch (Exception sorryFailure) when (sorryFailure is not OperationCanceledException)
        {
            ApologyFailed(logger, sorryFailure, inbound.Transport.ConversationId);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "A {Purpose} turn from {Platform} failed in conversation {ConversationId}")]
    private static partial void TurnFailed(ILogger logger, Exception exception, TurnPurpose purpose, string platform, string conversationId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Clearing the half-finished question after a failed turn failed too")]
    private static partial void ResetFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "The apology for a failed turn could not be sent to {ConversationId}")]
    private static partial void ApologyFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "The card {CardId} to update was not found; it is posted anew")]
    private static partial void CardNotFound(ILogger logger, Guid cardId);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "A notice for conversation {ConversationId} could not be posted: {Reason}")]
    private static partial void NoticeFailed(ILogger logger, string conversationId, string reason);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "A message for person {PersonId}'s 1:1 chat could not be posted: {Reason}")]
    private static partial void MessageToPersonFailed(ILogger logger, Guid personId, string reason);
}
