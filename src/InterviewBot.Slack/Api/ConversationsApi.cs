namespace InterviewBot.Slack.Api;

/// <summary>The <c>conversations.*</c> methods the bot needs.</summary>
public sealed class ConversationsApi(SlackWebApi api)
{
    /// <summary><c>conversations.open</c>: the bot's direct-message channel with <paramref name="userId"/> (opened if need be).</summary>
    public async Task<string> OpenAsync(string userId, CancellationToken cancellationToken = default)
    {
        var answer = await api.PostFormAsync("conversations.open", [new("users", userId)], cancellationToken);
        return SlackWebApi.Text(answer["channel"]?["id"])
            ?? throw new SlackApiException("conversations.open", SlackApiException.NoResponse, "the answer has no channel id");
    }
}
