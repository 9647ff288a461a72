namespace InterviewBot.Slack.Api;

/// <summary>What an install (or a token refresh) gives the bot for one workspace.</summary>
internal sealed record OAuthGrant(
    string AccessToken,
    string TeamId,
    string? TeamName,
    string? EnterpriseId,
    bool IsEnterpriseInstall,
    string? BotUserId,
    string Scopes,
    string? InstalledBy,
    string? RefreshToken,
    TimeSpan? ExpiresIn)
{
    /// <summary>The workspace the installation is kept under: the team, or the organisation for an org-wide install.</summary>
    public string WorkspaceId => IsEnterpriseInstall && EnterpriseId is not null ? EnterpriseId : TeamId;
}

/// <summary>The <c>oauth.v2.*</c> methods, called with the app's client id and secret rather than a token.</summary>
internal sealed class OAuthApi(SlackWebApi api, SlackSettings settings)
{
    /// <summary><c>oauth.v2.access</c> with the code Slack gave the install's redirect.</summary>
    public Task<OAuthGrant> ExchangeCodeAsync(string code, CancellationToken cancellationToken = default) =>
        AccessAsync([new("code", code)], cancellationToken);

    /// <summary><c>oauth.v2.access</c> with grant_type=refresh_token: a fresh bot token when token rotation is on.</summary>
    public Task<OAuthGrant> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default) =>
        AccessAsync([new("grant_type", "refresh_token"), new("refresh_token", refreshToken)], cancellationToken);

    private async Task<OAuthGrant> AccessAsync(IEnumerable<KeyValuePair<string, string>> arguments, CancellationToken ct)
    {
        var answer = await api.PostFormWithClientSecretAsync("oauth.v2.access",
            [new("client_id", settings.ClientId ?? ""), new("client_secret", settings.ClientSecret ?? ""), .. arguments], ct);
        var token = SlackWebApi.Text(answer["access_token"]);
        var team = SlackWebApi.Text(answer["team"]?["id"]);
        var enterprise = SlackWebApi.Text(answer["enterprise"]?["id"]);
        var orgWide = answer["is_enterprise_install"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
        if (string.IsNullOrEmpty(token) || (team is null && !(orgWide && enterprise is not null)))
            throw new SlackApiException("oauth.v2.access", SlackApiException.NoResponse, "the answer has no access_token or team");
        var expires = answer["expires_in"] is System.Text.Json.Nodes.JsonValue seconds && seconds.TryGetValue<int>(out var s) ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;
        return new OAuthGrant(token, team ?? enterprise!, SlackWebApi.Text(answer["team"]?["name"]), enterprise, orgWide,
            SlackWebApi.Text(answer["bot_user_id"]), SlackWebApi.Text(answer["scope"]) ?? "", SlackWebApi.Text(answer["authed_user"]?["id"]),
            SlackWebApi.Text(answer["refresh_token"]), expires);
    }
}
