using InterviewBot.Core.Ports;
using Microsoft.Extensions.Configuration;

namespace InterviewBot.Slack;

/// <summary>
/// The Slack settings (section <c>Slack</c>). Slack is off when no token is set. With a bot token the
/// channel needs either the signing secret (HTTP mode: Slack calls our endpoints) or an app-level
/// token (Socket Mode: we call Slack, for hosts behind a firewall). With the app's client id and
/// secret (and the signing secret) the app is installed into workspaces through OAuth instead, each
/// answered with its own token (<see cref="UsesOAuth"/>); a bot token set as well answers its own workspace.
/// </summary>
internal sealed record SlackSettings(string? SigningSecret, string? BotToken, string? AppToken, Uri ApiBaseUrl)
{
    public const string ClientIdKey = "Slack:ClientId";
    public const string ClientSecretKey = "Slack:ClientSecret";

    /// <summary>The app's client id (Basic Information → App Credentials), for the install link.</summary>
    public string? ClientId { get; init; }

    /// <summary>The app's client secret, exchanged with an install's code for its token (oauth.v2.access).</summary>
    public string? ClientSecret { get; init; }

    /// <summary>Installs into many workspaces: <c>/slack/install</c>, and each workspace's own token.</summary>
    public bool UsesOAuth => ClientId is not null && ClientSecret is not null;

    public const string Section = "Slack";
    public const string SigningSecretKey = "Slack:SigningSecret";
    public const string BotTokenKey = "Slack:BotToken";
    public const string AppTokenKey = "Slack:AppToken";
    public const string ApiBaseUrlKey = "Slack:ApiBaseUrl";

    public static readonly Uri DefaultApiBaseUrl = new("https://slack.com/api/");

    /// <summary>Neither token is set: nothing of the Slack channel is registered or mapped.</summary>
    public bool IsOff => string.IsNullOrWhiteSpace(BotToken) && string.IsNullOrWhiteSpace(AppToken) && !UsesOAuth;

    public bool UsesSocketMode => !string.IsNullOrWhiteSpace(AppToken);

    /// <summary>The HTTP endpoints are mapped only when requests to them can be verified.</summary>
    public bool ServesHttp => !IsOff && !string.IsNullOrWhiteSpace(SigningSecret);

    public static SlackSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var baseUrl = section["ApiBaseUrl"];
        Uri url;
        if (string.IsNullOrWhiteSpace(baseUrl)) url = DefaultApiBaseUrl;
        else if (!Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out url!) || url.Scheme is not ("https" or "http"))
            throw new SettingException($"Setting {ApiBaseUrlKey} is \"{baseUrl}\"; use an absolute http(s) URL such as {DefaultApiBaseUrl}.");
        // Method names are appended to the base ("chat.postMessage"), so it must end with a slash.
        if (!url.AbsoluteUri.EndsWith('/')) url = new Uri(url.AbsoluteUri + "/");
        return new SlackSettings(Blank(section["SigningSecret"]), Blank(section["BotToken"]), Blank(section["AppToken"]), url)
        {
            ClientId = Blank(section["ClientId"]),
            ClientSecret = Blank(section["ClientSecret"]),
        };
    }

    /// <summary>Throws, naming the setting, when the combination cannot work; startup stops there.</summary>
    public void Validate()
    {
        if ((ClientId is null) != (ClientSecret is null))
            throw new SettingException(ClientId is null
                ? $"Setting {ClientIdKey} is missing: {ClientSecretKey} is set, and installing into workspaces needs both (Basic Information → App Credentials)."
                : $"Setting {ClientSecretKey} is missing: {ClientIdKey} is set, and installing into workspaces needs both (Basic Information → App Credentials).");
        if (IsOff)
        {
            if (SigningSecret is not null)
                throw new SettingException($"Setting {BotTokenKey} is missing: {SigningSecretKey} is set, but the bot needs its bot token (xoxb-…) to answer, or {ClientIdKey} and {ClientSecretKey} to be installed into workspaces. Set them, or none to turn Slack off.");
            return;
        }
        if (UsesOAuth)
        {
            if (SigningSecret is null)
                throw new SettingException($"Setting {SigningSecretKey} is missing: with {ClientIdKey} set, Slack calls this host over HTTP (installs, commands, events) and every request must be verified with the app's signing secret (Basic Information → App Credentials).");
            if (BotToken is not null && !BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
                throw new SettingException($"Setting {BotTokenKey} is not a bot token: it must start with xoxb- (OAuth & Permissions → Bot User OAuth Token).");
            return;
        }
        if (BotToken is null)
            throw new SettingException($"Setting {BotTokenKey} is missing: with {AppTokenKey} set, the bot still needs its bot token (xoxb-…) to answer.");
        if (!BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
            throw new SettingException($"Setting {BotTokenKey} is not a bot token: it must start with xoxb- (OAuth & Permissions → Bot User OAuth Token).");
        if (AppToken is not null && !AppToken.StartsWith("xapp-", StringComparison.Ordinal))
            throw new SettingException($"Setting {AppTokenKey} is not an app-level token: it must start with xapp- (Basic Information → App-Level Tokens, scope connections:write).");
        if (AppToken is null && SigningSecret is null)
            throw new SettingException($"Setting {SigningSecretKey} is missing: with {BotTokenKey} set and no {AppTokenKey}, Slack calls this host over HTTP and every request must be verified with the app's signing secret (Basic Information → App Credentials).");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
