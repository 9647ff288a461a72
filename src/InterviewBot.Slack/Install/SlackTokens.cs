namespace InterviewBot.Slack.Install;

/// <summary>
/// Which bot token a Web API call carries: the token of the workspace it is for
/// (<see cref="SlackTeam.Current"/>) when the app is installed there through OAuth, else the one
/// <c>Slack:BotToken</c> (the single-workspace mode) – with OAuth on, only for that token's own
/// workspace, so one workspace's work never goes out with another's token.
/// </summary>
internal sealed class SlackTokens(SlackSettings settings, SlackBotIdentity identity, IServiceProvider services)
{
    private readonly Lazy<SlackInstallations?> _installations = new(() =>
        settings.UsesOAuth ? (SlackInstallations?)services.GetService(typeof(SlackInstallations)) : null);

    public async ValueTask<string?> BotTokenAsync(CancellationToken cancellationToken)
    {
        if (_installations.Value is not { } installations) return settings.BotToken;
        var team = SlackTeam.Current;
        if (team is not null && await installations.BotTokenAsync(team, cancellationToken) is { } installed) return installed;
        return team is null || identity.Identity?.TeamId is not { } own || own == team ? settings.BotToken : null;
    }
}
