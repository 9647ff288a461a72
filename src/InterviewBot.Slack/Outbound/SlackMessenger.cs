using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using InterviewBot.Slack.Api;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack.Outbound;

/// <summary>
/// Sends and updates the messages the bot starts itself (nudges, team posts) in a Slack DM or channel
/// it was told about earlier. A person's DM is opened first when only the person is known
/// (conversations.open). Posts keep to about one per second per channel (<see cref="ChannelPacer"/>);
/// 429s are waited out per Retry-After by the HTTP client; what still fails becomes a
/// <see cref="DeliveryException"/> the nudge scheduler understands: transient (try later) or not.
/// </summary>
public sealed class SlackMessenger(SlackApi api, ChannelPacer pacer, ILogger<SlackMessenger> logger) : IMessenger
{
    public string Platform => Platforms.Slack;

    public async Task<string> SendAsync(ConversationAddress address, OutboundMessage message, CancellationToken cancellationToken = default)
    {
        var channel = await ChannelOfAsync(address, cancellationToken);
        var slack = SlackMessages.Of(message.Text, message.Card, message.CardId);
        var posted = await CallAsync(address, channel, paced: true, () => api.Chat.PostMessageAsync(channel, slack.Text, slack.Blocks, cancellationToken), cancellationToken);
        return new SlackMessageId(posted.Channel, posted.Ts).Format(address.ConversationId);
    }

    public async Task UpdateAsync(ConversationAddress address, string messageId, OutboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        CheckPlatform(address);
        var id = SlackMessageId.Parse(messageId, address.ConversationId);
        var slack = SlackMessages.Of(message.Text, message.Card, message.CardId);
        // An update is not a new message: Slack's one-per-second rule is about posts (chat.update has its own, higher tier).
        await CallAsync(address, id.Channel, paced: false, () => api.Chat.UpdateAsync(id.Channel, id.Ts, slack.Text, slack.Blocks, cancellationToken), cancellationToken);
    }

    private async Task<T> CallAsync<T>(ConversationAddress address, string channel, bool paced, Func<Task<T>> call, CancellationToken ct)
    {
        try
        {
            if (!paced) return await call();
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
