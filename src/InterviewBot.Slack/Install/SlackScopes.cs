namespace InterviewBot.Slack.Install;

/// <summary>
/// The bot scopes the install link asks for: the same list as <c>manifests/slack/manifest.yaml</c>
/// (a test keeps the two equal).
/// </summary>
internal static class SlackScopes
{
    public static IReadOnlyList<string> Bot { get; } =
    [
        "commands", "chat:write", "chat:write.public", "im:write", "im:history", "app_mentions:read", "users:read", "channels:read", "groups:read",
    ];
}
