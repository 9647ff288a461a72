namespace InterviewBot.Slack.Api;

/// <summary>Who the bot token belongs to: the bot's own user id (to ignore its own messages) and workspace.</summary>
internal sealed record BotIdentity(string UserId, string? BotId, string TeamId, string? Team);

/// <summary>The <c>auth.*</c> methods.</summary>
internal sealed class AuthApi(SlackWebApi api)
{
    /// <summary><c>auth.test</c>: checks the bot token and says whose it is.</summary>
    public async Task<BotIdentity> TestAsync(CancellationToken cancellationToken = default)
    {
        var answer = await api.PostFormAsync("auth.test", [], cancellationToken);
        return new BotIdentity(
            SlackWebApi.Text(answer["user_id"]) ?? "",
            SlackWebApi.Text(answer["bot_id"]),
            SlackWebApi.Text(answer["team_id"]) ?? "",
            SlackWebApi.Text(answer["team"]));
    }
}
