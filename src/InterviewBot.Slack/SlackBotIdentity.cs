using InterviewBot.Core.Ports;
using InterviewBot.Slack.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack;

/// <summary>The bot's own Slack user id, learnt with auth.test at startup, so its own messages are never answered.</summary>
internal sealed class SlackBotIdentity
{
    private volatile BotIdentity? _identity;

    public string? UserId => _identity?.UserId;

    public string? BotId => _identity?.BotId;

    public BotIdentity? Identity => _identity;

    internal void Set(BotIdentity identity) => _identity = identity;
}

/// <summary>
/// Calls auth.test when the host starts. A token Slack refuses stops startup with a message naming
/// Slack:BotToken; Slack being unreachable only logs, so a network blip does not keep the bot down.
/// </summary>
/// <remarks>With installs through OAuth and no bot token there is no one token to check: each workspace's comes with its install.</remarks>
internal sealed class SlackStartupCheck(AuthApi auth, SlackBotIdentity identity, SlackSettings settings, ILogger<SlackStartupCheck> logger) : IHostedService
{
    private static readonly HashSet<string> RefusedToken = new(StringComparer.Ordinal)
    {
        "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "no_permission", "not_allowed_token_type",
    };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.BotToken is null) return;
        try
        {
            using var once = SlackWebApi.WithoutServerErrorRetries(); // unreachable only logs: no waits at start-up
            var who = await auth.TestAsync(cancellationToken);
            identity.Set(who);
            Log.Connected(logger, who.TeamId, who.UserId);
        }
        catch (SlackApiException refused) when (RefusedToken.Contains(refused.Error))
        {
            throw new SettingException($"Slack refused the setting {SlackSettings.BotTokenKey} ({refused.Error}): use the app's Bot User OAuth Token (xoxb-…) from OAuth & Permissions, and reinstall the app if it was revoked.", refused);
        }
        catch (SlackApiException unreachable)
        {
            Log.AuthTestFailed(logger, unreachable);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
