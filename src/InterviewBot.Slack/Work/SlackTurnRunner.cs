using InterviewBot.Core.Domain;
using InterviewBot.Core.Conversations;
using InterviewBot.Slack.Api;
using InterviewBot.Slack.Inbound;
using InterviewBot.Slack.Install;
using InterviewBot.Slack.Outbound;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack.Work;

/// <summary>
/// Runs one acknowledged Slack request in the background: who is talking (with the time zone of
/// their Slack profile), which conversation the answers belong in and whether it is a team channel –
/// lookups that wait on the Web API without using an engine slot – then the core's pipeline with
/// <see cref="SlackTransport"/>, which decides, answers and commits, in one of the
/// <see cref="EngineSlots"/>.
/// </summary>
internal sealed class SlackTurnRunner(
    ConversationPipeline pipeline,
    SlackTransport transport,
    SlackPeople people,
    DirectMessages directMessages,
    SlackConversationKinds kinds,
    SlackApi api,
    EngineSlots slots,
    ILogger<SlackTurnRunner> logger)
{
    public async Task RunAsync(SlackTurn turn, CancellationToken cancellationToken)
    {
        using var work = SlackAckTelemetry.Work(turn.Acknowledged); // the turn's spans join the trace of its ack
        using var team = SlackTeam.Enter(turn.TeamId); // every Web API call of the turn uses its workspace's token
        // The turn's own work, its database reads included, runs in an engine slot; its waits on Slack give the slot up.
        using var slot = await slots.TakeAsync(cancellationToken);
        slot.Use();
        var met = directMessages.Knows(turn.TeamId, turn.UserId);
        var recalled = LooksUpItsDm(turn) ? await directMessages.RecallAsync(turn.TeamId, turn.UserId, cancellationToken) : null;
        // Each may need a Web API call; a modal's trigger id lasts only 3 seconds, so they go together, and
        // the turn gives its slot up once for all of them: back from one, it would hold a slot while waiting on another.
        var away = EngineSlots.StepAway();
        var profile = people.ProfileAsync(turn.TeamId, turn.UserId, cancellationToken);
        var locating = ConversationOfAsync(turn, recalled, cancellationToken);
        var kinding = turn.IsPersonal ? Task.FromResult(ConversationKind.Personal) : kinds.KindOfAsync(turn.TeamId, turn.ChannelId, cancellationToken);
        string conversationId;
        try
        {
            conversationId = await locating;
        }
        catch (SlackApiException failure)
        {
            await away.DisposeAsync();
            // Without the DM there is nowhere to answer; a slash command can still be told.
            Log.TurnFailed(logger, failure, turn.Source.ToString(), turn.ChannelId);
            turn.ModalAnswer?.TryGive(ModalAnswers.Close);
            if (turn.ResponseUrl is { } responseUrl) await api.ResponseUrls.RespondAsync(responseUrl, SlackMessages.Mrkdwn(ConversationPipeline.Apology), ephemeral: true, cancellationToken);
            return;
        }

        // With a trigger waiting for someone the bot has met, the modal goes first: a profile still on its
        // way is left to fill the cache for the next turn, and the person keeps the name and zone the bot
        // has for them. Someone new is worth the wait: the bot needs their name.
        var user = turn.TriggerId is null || !met || profile.IsCompleted
            ? SlackPeople.UserOf(turn.UserId, await profile, turn.UserName)
            : new ChatUser(turn.UserId, null);
        var kind = await kinding;
        await away.DisposeAsync();
        async Task<string?> NameOf(string id) => (await people.FindAsync(turn.TeamId, id, null, cancellationToken)).DisplayName;
        var (text, typed) = await SlackMentions.ReadAsync(turn.Text, NameOf);
        var (submit, picked) = await SlackMentions.ReadAsync(turn.Submit, NameOf);
        IReadOnlyList<ChatMention>? mentions = [.. typed ?? [], .. picked];
        var inbound = new InboundMessage(new WorkspaceKey(Platforms.Slack, turn.TeamId), user, conversationId, kind, text, submit,
            mentions.Count == 0 ? null : mentions);
        var address = new SlackAddress(conversationId, turn.TeamId, turn.IsPersonal ? turn.UserId : null).ToJson();
        // The App Home opened, or a button tapped on it: "My interviews" there updates the home.
        var purpose = turn.Source == SlackSource.HomeOpened || turn is { Source: SlackSource.ViewButton, ViewType: "home" } ? TurnPurpose.Home : TurnPurpose.Message;
        await pipeline.RunAsync(new InboundTurn(inbound, address, new SlackTransportTurn(turn, conversationId), purpose), transport, cancellationToken);
    }

    /// <summary>Interview work happens in the person's DM with the bot, whatever DM the request came from.</summary>
    private async Task<string> ConversationOfAsync(SlackTurn turn, string? recalled, CancellationToken ct)
    {
        if (!turn.IsPersonal) return turn.ChannelId ?? throw new InvalidOperationException("A channel turn without a channel.");
        if (!LooksUpItsDm(turn))
        {
            directMessages.Learn(turn.TeamId, turn.UserId, turn.ChannelId!); // only the bot's own DMs send these
            return turn.ChannelId!;
        }
        return recalled ?? await directMessages.OpenAsync(turn.TeamId, turn.UserId, ct);
    }

    /// <summary>
    /// A personal turn that does not name the bot's DM with the person: a message or a tap there does; a
    /// slash command's DM may be one between two people, and modals and the Home tab have none.
    /// </summary>
    private static bool LooksUpItsDm(SlackTurn turn) =>
        turn.IsPersonal && !(turn.Source is SlackSource.DirectMessage or SlackSource.MessageButton && turn.ChannelId is not null);
}
