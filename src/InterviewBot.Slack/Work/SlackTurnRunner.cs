using InterviewBot.Core.Domain;
using InterviewBot.Core.Conversations;
using InterviewBot.Slack.Api;
using InterviewBot.Slack.Inbound;
using InterviewBot.Slack.Outbound;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack.Work;

/// <summary>
/// Runs one acknowledged Slack request in the background: who is talking (with the time zone of
/// their Slack profile), which conversation the answers belong in and whether it is a team channel,
/// then the core's pipeline with <see cref="SlackTransport"/>, which decides, answers and commits.
/// </summary>
internal sealed class SlackTurnRunner(
    ConversationPipeline pipeline,
    SlackTransport transport,
    SlackPeople people,
    DirectMessages directMessages,
    SlackConversationKinds kinds,
    SlackApi api,
    ILogger<SlackTurnRunner> logger)
{
    public async Task RunAsync(SlackTurn turn, CancellationToken cancellationToken)
    {
        using var work = SlackAckTelemetry.Work(turn.Acknowledged); // the turn's spans join the trace of its ack
        // Each may need a Web API call; a modal's trigger id lasts only 3 seconds, so they go together.
        var finding = people.FindAsync(turn.TeamId, turn.UserId, turn.UserName, cancellationToken);
        var locating = ConversationOfAsync(turn, cancellationToken);
        var kinding = turn.IsPersonal ? Task.FromResult(ConversationKind.Personal) : kinds.KindOfAsync(turn.TeamId, turn.ChannelId, cancellationToken);
        var user = await finding;
        string conversationId;
        try
        {
            conversationId = await locating;
        }
        catch (SlackApiException failure)
        {
            // Without the DM there is nowhere to answer; a slash command can still be told.
            Log.TurnFailed(logger, failure, turn.Source.ToString(), turn.ChannelId);
            turn.ModalAnswer?.TryGive(ModalAnswers.Close);
            if (turn.ResponseUrl is { } responseUrl) await api.ResponseUrls.RespondAsync(responseUrl, SlackMessages.Mrkdwn(ConversationPipeline.Apology), ephemeral: true, cancellationToken);
            return;
        }

        var inbound = new InboundMessage(new WorkspaceKey(Platforms.Slack, turn.TeamId), user, conversationId, await kinding, turn.Text, turn.Submit);
        var address = new SlackAddress(conversationId, turn.TeamId, turn.IsPersonal ? turn.UserId : null).ToJson();
        var purpose = turn.Source == SlackSource.HomeOpened ? TurnPurpose.Home : TurnPurpose.Message;
        await pipeline.RunAsync(new InboundTurn(inbound, address, new SlackTransportTurn(turn, conversationId), purpose), transport, cancellationToken);
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
}
