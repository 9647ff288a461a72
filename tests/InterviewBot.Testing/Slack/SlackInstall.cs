namespace InterviewBot.Testing;

/// <summary>
/// What the stand-in's oauth.v2.access gives for an install into one workspace: its bot token and
/// bot user, and with token rotation on a refresh token, how long the token lasts, and the token a refresh gives.
/// </summary>
public sealed record SlackInstall(string TeamId, string TeamName, string BotToken, string BotUserId = "U0BOT", string InstallerId = "U0ADMIN")
{
    public string? RefreshToken { get; init; }

    /// <summary>How long the installed token lasts (a refreshed one lasts 12 hours).</summary>
    public int ExpiresInSeconds { get; init; } = 43200;

    public string? Refreshed { get; init; }
}
