namespace InterviewBot.Slack.Api;

/// <summary>What <c>conversations.info</c> says about a conversation's kind.</summary>
internal sealed record SlackConversationInfo(string Id, bool IsChannel, bool IsGroup, bool IsPrivate, bool IsMpim, bool IsIm)
{
    /// <summary>
    /// A team's channel: a public channel, or a private channel that is not a group DM. Group DMs
    /// (mpim) and DMs are not, even though a group DM can look like a private channel.
    /// </summary>
    public bool IsTeamChannel => !IsMpim && !IsIm && (IsChannel || IsGroup || IsPrivate);
}

/// <summary>The <c>conversations.*</c> methods the bot needs.</summary>
internal sealed class ConversationsApi(SlackWebApi api)
{
    /// <summary><c>conversations.open</c>: the bot's direct-message channel with <paramref name="userId"/> (opened if need be).</summary>
    public async Task<string> OpenAsync(string userId, CancellationToken cancellationToken = default)
    {
        var answer = await api.PostFormAsync("conversations.open", [new("users", userId)], cancellationToken);
        return SlackWebApi.Text(answer["channel"]?["id"])
            ?? throw new SlackApiException("conversations.open", SlackApiException.NoResponse, "the answer has no channel id");
    }

    /// <summary>
    /// <c>conversations.info</c> (its scope depends on the kind: channels:read for public channels,
    /// groups:read for private ones, mpim:read for group DMs, which the bot does not ask for). Form
    /// arguments: the method does not take JSON.
    /// </summary>
    public async Task<SlackConversationInfo> InfoAsync(string channel, CancellationToken cancellationToken = default)
    {
        var answer = await api.PostFormAsync("conversations.info", [new("channel", channel)], cancellationToken);
        var found = answer["channel"] ?? throw new SlackApiException("conversations.info", SlackApiException.NoResponse, "the answer has no channel");
        bool Flag(string name) => found[name]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
        return new SlackConversationInfo(SlackWebApi.Text(found["id"]) ?? channel,
            Flag("is_channel"), Flag("is_group"), Flag("is_private"), Flag("is_mpim"), Flag("is_im"));
    }
}
