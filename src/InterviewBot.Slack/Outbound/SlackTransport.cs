using InterviewBot.Cards;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Views;
using InterviewBot.Slack.Api;
using InterviewBot.Slack.Install;
using InterviewBot.Slack.Work;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack.Outbound;

/// <summary>
/// The way out to Slack, for a turn's answers and for the messages the bot starts itself (nudges, team
/// posts) alike. In a turn: forms open as modals when the request brought a trigger id (and update the
/// open modal when they came from one; a submitted modal's own answer – errors, another form, or
/// closing – goes back in Slack's acknowledgement while it still waits), cards are posted to the
/// conversation or updated in place, and in a shared channel the answer to a slash command or a tap
/// is shown only to the person who asked (an @mention is answered in the channel). A person's DM is
/// opened first when only the person is known (conversations.open). A message written in a thread is
/// answered in that thread; a message updated in place gets fresh input block_ids. Posts, answers
/// and nudges alike, keep to about one per second per channel (<see cref="ChannelPacer"/>); 429s are
/// waited out per Retry-After by the HTTP client; what still fails on a stored address becomes a
/// <see cref="DeliveryException"/> the nudge scheduler understands: transient (try later) or not.
/// </summary>
internal sealed class SlackTransport(SlackApi api, ChannelPacer pacer, ILogger<SlackTransport> logger) : IChatTransport
{
    public string Platform => Platforms.Slack;

    public async Task<string> PostAsync(ChatDestination destination, OutboundMessage message, CancellationToken cancellationToken = default)
    {
        if (destination.Turn is SlackTransportTurn turn)
        {
            CloseModal(turn);
            var slack = SlackMessages.Of(message.Text, message.Card, message.CardId);
            if (!turn.Request.IsPersonal && turn.Request is { Source: SlackSource.Command, ResponseUrl: { } responseUrl })
            {
                // For everyone in the channel, through the slash command's response_url: the bot need not be a member.
                await api.ResponseUrls.RespondAsync(responseUrl, slack.Text, ephemeral: false, cancellationToken);
                return "";
            }
            // A message written in a thread is answered in it; only the request's own channel has that thread.
            var thread = turn.Request.ChannelId == turn.ConversationId ? turn.Request.ThreadTs : null;
            PostedMessage posted;
            await using (EngineSlots.StepAway()) // waiting for the channel's turn uses no engine slot
            using (await pacer.WaitTurnAsync(turn.ConversationId, cancellationToken))
                posted = await api.Chat.PostMessageAsync(turn.ConversationId, slack.Text, slack.Blocks, thread, cancellationToken);
            return string.IsNullOrEmpty(posted.Ts) ? "" : new SlackMessageId(posted.Channel, posted.Ts).Format(turn.ConversationId);
        }
        return await SendAsync(Stored(destination), message, cancellationToken);
    }

    public async Task UpdateAsync(ChatDestination destination, string messageId, OutboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        if (destination.Turn is SlackTransportTurn turn)
        {
            CloseModal(turn);
            var id = SlackMessageId.Parse(messageId, turn.ConversationId);
            var slack = SlackMessages.Of(message.Text, message.Card, message.CardId, SlackMessages.NewRevision());
            await api.Chat.UpdateAsync(id.Channel, id.Ts, slack.Text, slack.Blocks, cancellationToken);
            return;
        }
        await UpdateStoredAsync(Stored(destination), messageId, message, cancellationToken);
    }

    /// <summary>
    /// A form as a modal: the submitted modal's answer while Slack still waits for it, else replacing
    /// the open modal it came from (views.update), else a new modal with the request's trigger id.
    /// False when there is no way to open one (no trigger, or it expired): the form is then posted.
    /// </summary>
    public async Task<bool> OpenFormAsync(ChatDestination destination, OutboundMessage form, CancellationToken cancellationToken = default)
    {
        if (destination.Turn is not SlackTransportTurn turn || form.Card is not FormView view) return false;
        var request = turn.Request;
        if (request.ModalAnswer is { } pending && pending.TryGive(ModalAnswers.For(view, form.CardId, request.Submit?.CardId, request.BlockIds))) return true;

        var modal = BlockKitRenderer.RenderModal(view, form.CardId);
        if (request is { Source: SlackSource.ViewButton, ViewType: "modal", ViewId: { } viewId } && form.CardId == request.Submit?.CardId)
        {
            await api.Views.UpdateAsync(viewId, modal, request.ViewHash, cancellationToken);
            return true;
        }
        if (turn.UnusedTriggerId is not { } trigger) return false;
        try
        {
            await api.Views.OpenAsync(trigger, modal, cancellationToken);
            turn.UnusedTriggerId = null; // a trigger id opens one modal
            return true;
        }
        catch (SlackApiException refused) when (refused.Error is "expired_trigger_id" or "invalid_trigger_id" or "exchanged_trigger_id")
        {
            // The turn was slower than the trigger's 3 seconds: the form goes into the chat instead.
            Log.TriggerExpired(logger, refused.Error);
            turn.UnusedTriggerId = null;
            return false;
        }
    }

    /// <summary>In a shared channel: through the slash command's response_url, or as an ephemeral message. An @mention is answered in the channel.</summary>
    public async Task<bool> ShowOnlyToAskerAsync(ChatDestination destination, OutboundMessage message, CancellationToken cancellationToken = default)
    {
        if (destination.Turn is not SlackTransportTurn turn || turn.Request.IsPersonal || turn.Request.Source == SlackSource.Mention) return false;
        CloseModal(turn);
        var text = SlackMessages.Mrkdwn(message.Text ?? message.Card?.Title ?? "");
        if (text.Length == 0) return true;
        if (turn.Request.ResponseUrl is { } responseUrl) await api.ResponseUrls.RespondAsync(responseUrl, text, ephemeral: true, cancellationToken);
        else if (turn.Request.ChannelId is { } channel) await api.Chat.PostEphemeralAsync(channel, turn.Request.UserId, text, null, cancellationToken);
        return true;
    }

    public bool HasHome => true;

    /// <summary>
    /// The person's App Home tab: the person of the request being answered, or the person of a stored
    /// DM address (a home refreshed after a booking or a reminder). False for an address with no person.
    /// </summary>
    public async Task<bool> PublishHomeAsync(ChatDestination destination, OutboundMessage home, CancellationToken cancellationToken = default)
    {
        if (home.Card is null) return false;
        var user = destination.Turn is SlackTransportTurn turn ? turn.Request.UserId
            : destination.Address is { } address && address.Platform == Platform ? SlackAddress.Read(address.Reference)?.User : null;
        if (string.IsNullOrEmpty(user)) return false;
        // Outside a Slack request (a reminder sent, a booking through the API) the stored address names the workspace whose token publishes.
        using var team = destination.Turn is null && destination.Address is { } stored ? SlackTeam.Enter(TeamOf(stored)) : null;
        try
        {
            await api.Views.PublishAsync(user, BlockKitRenderer.RenderHome(home.Card, home.CardId), cancellationToken);
        }
        catch (SlackApiException failure) when (destination.Turn is null)
        {
            throw ToDeliveryException(failure);
        }
        return true;
    }

    /// <summary>A Slack channel's posts are top-level messages: a new post is its own thread.</summary>
    public Task<string> StartThreadAsync(ConversationAddress channel, OutboundMessage message, CancellationToken cancellationToken = default) =>
        SendAsync(channel, message, cancellationToken);

    /// <summary>A submitted modal that got no form back closes.</summary>
    public Task EndTurnAsync(TransportTurn turn, CancellationToken cancellationToken = default)
    {
        if (turn is SlackTransportTurn slack) CloseModal(slack);
        return Task.CompletedTask;
    }

    /// <summary>Anything but a form answers a submitted modal by closing it, before the answer goes to the chat.</summary>
    private static void CloseModal(SlackTransportTurn turn) => turn.Request.ModalAnswer?.TryGive(ModalAnswers.Close);

    private static ConversationAddress Stored(ChatDestination destination) =>
        destination.Address ?? throw new DeliveryException("Nowhere to send: neither a stored address nor a Slack request.", isTransient: false);

    private async Task<string> SendAsync(ConversationAddress address, OutboundMessage message, CancellationToken cancellationToken)
    {
        using var team = SlackTeam.Enter(TeamOf(address));
        var channel = await ChannelOfAsync(address, cancellationToken);
        var slack = SlackMessages.Of(message.Text, message.Card, message.CardId);
        var posted = await CallAsync(address, channel, paced: true, () => api.Chat.PostMessageAsync(channel, slack.Text, slack.Blocks, cancellationToken: cancellationToken), cancellationToken);
        return new SlackMessageId(posted.Channel, posted.Ts).Format(address.ConversationId);
    }

    private async Task UpdateStoredAsync(ConversationAddress address, string messageId, OutboundMessage message, CancellationToken cancellationToken)
    {
        using var team = SlackTeam.Enter(TeamOf(address));
        CheckPlatform(address);
        var id = SlackMessageId.Parse(messageId, address.ConversationId);
        var slack = SlackMessages.Of(message.Text, message.Card, message.CardId, SlackMessages.NewRevision());
        // An update is not a new message: Slack's one-per-second rule is about posts (chat.update has its own, higher tier).
        await CallAsync(address, id.Channel, paced: false, () => api.Chat.UpdateAsync(id.Channel, id.Ts, slack.Text, slack.Blocks, cancellationToken), cancellationToken);
    }

    private async Task<T> CallAsync<T>(ConversationAddress address, string channel, bool paced, Func<Task<T>> call, CancellationToken ct)
    {
        try
        {
            if (!paced) return await call();
            await using (EngineSlots.StepAway())
            using (await pacer.WaitTurnAsync(channel, ct))
                return await call();
        }
        catch (SlackApiException failure)
        {
            var delivery = ToDeliveryException(failure);
            Log.DeliveryFailed(logger, failure, address.ConversationId, delivery.IsTransient);
            throw delivery;
        }
    }

    /// <summary>The stored channel; for a DM stored by person only, the DM Slack opens for them.</summary>
    private async Task<string> ChannelOfAsync(ConversationAddress address, CancellationToken ct)
    {
        CheckPlatform(address);
        var stored = SlackAddress.Read(address.Reference);
        var channel = stored?.Channel ?? address.ConversationId;
        if (IsChannelId(channel)) return channel;
        var user = stored?.User ?? address.ConversationId;
        if (string.IsNullOrEmpty(user))
            throw new DeliveryException($"The stored Slack address of conversation {address.Id} has no channel and no user.", isTransient: false);
        try
        {
            return await api.Conversations.OpenAsync(user, ct);
        }
        catch (SlackApiException failure)
        {
            throw ToDeliveryException(failure);
        }
    }

    /// <summary>The workspace a stored address is in: its calls go out with that workspace's token.</summary>
    private static string? TeamOf(ConversationAddress address) => SlackAddress.Read(address.Reference)?.Team ?? SlackTeam.Current;

    /// <summary>Channel ids start with C (public), G (private, group DM) or D (DM); user ids with U or W.</summary>
    private static bool IsChannelId(string id) => id.Length > 1 && id[0] is 'C' or 'G' or 'D';

    private void CheckPlatform(ConversationAddress address)
    {
        if (address.Platform != Platform)
            throw new DeliveryException($"Conversation {address.Id} is on {address.Platform}, not Slack.", isTransient: false);
    }

    public static DeliveryException ToDeliveryException(SlackApiException failure) => failure.Error switch
    {
        SlackApiException.RateLimited => new($"Slack is rate-limiting the bot ({failure.Method}).", isTransient: true, failure.RetryAfter, failure),
        "channel_not_found" or "not_in_channel" or "is_archived" or "user_not_found" or "cannot_dm_bot" or "user_disabled" =>
            new($"Slack refused the message ({failure.Error}): the bot is no longer in that conversation, or the person left.", isTransient: false, inner: failure),
        "invalid_auth" or "not_authed" or "account_inactive" or "token_revoked" or "missing_scope" =>
            new($"Slack refused the bot's token ({failure.Error}): check {SlackSettings.BotTokenKey} and the app's scopes.", isTransient: false, inner: failure),
        // The network (DNS, a refused connection, a timeout): try later, saying what could not be reached.
        SlackApiException.NoResponse when failure.InnerException is HttpRequestException or TimeoutException or OperationCanceledException =>
            new($"Could not reach Slack ({failure.Method}): {failure.InnerException.Message}", isTransient: true, failure.RetryAfter, failure),
        _ when failure.IsTransient => new($"Slack could not take the message now ({failure.Error}).", isTransient: true, failure.RetryAfter, failure),
        _ => new($"Slack refused the message ({failure.Error}).", isTransient: false, inner: failure),
    };
}
