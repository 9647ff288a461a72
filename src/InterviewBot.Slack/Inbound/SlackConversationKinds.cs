using System.Collections.Concurrent;
using InterviewBot.Core.Conversations;
using InterviewBot.Slack.Api;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack.Inbound;

/// <summary>
/// Whether a Slack conversation that is not the person's DM is a team channel, as the engine needs
/// it: an app_mention or a slash command does not say, and a channel id does not tell a private
/// channel from a group DM. Asks <c>conversations.info</c> and remembers Slack's answer per team and
/// channel for <see cref="KeepFor"/>. Without an answer it is not a team channel (fail closed): a
/// refusal such as missing_scope is remembered like an answer, a failure worth retrying is not.
/// </summary>
internal sealed class SlackConversationKinds(ConversationsApi conversations, TimeProvider clock, ILogger<SlackConversationKinds> logger)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, (ConversationKind Kind, long Until)> _kinds = new(StringComparer.Ordinal);

    public async Task<ConversationKind> KindOfAsync(string teamId, string? channel, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(channel)) return ConversationKind.GroupChat;
        var key = teamId + "/" + channel;
        var now = clock.GetTimestamp();
        if (_kinds.TryGetValue(key, out var known) && known.Until > now) return known.Kind;
        var kind = ConversationKind.GroupChat;
        try
        {
            if ((await conversations.InfoAsync(channel, cancellationToken)).IsTeamChannel) kind = ConversationKind.TeamChannel;
        }
        catch (SlackApiException failure)
        {
            Log.ConversationKindUnknown(logger, failure, channel);
            if (failure.IsTransient) return kind; // not remembered: the next message asks again
        }
        _kinds[key] = (kind, now + (long)(KeepFor.TotalSeconds * clock.TimestampFrequency));
        return kind;
    }
}
