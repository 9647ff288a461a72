namespace InterviewBot.Core.Domain;

/// <summary>
/// The bot installed into one workspace through the platform's install flow (Slack's OAuth v2):
/// who installed it, with which scopes, and the token it answers that workspace with. The tokens are
/// sealed by the channel before they get here (encrypted at rest); the core never reads them.
/// </summary>
public sealed class Installation
{
    private Installation() { }

    /// <param name="externalId">The workspace's own id (Slack team id), or the organisation's for an org-wide install.</param>
    public Installation(string platform, string externalId, string? enterpriseId, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        Platform = platform;
        ExternalId = externalId;
        EnterpriseId = enterpriseId;
        InstalledUtc = UpdatedUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public string Platform { get; private set; } = "";

    /// <summary>The workspace's id (Slack team id; the enterprise id for an org-wide install).</summary>
    public string ExternalId { get; private set; } = "";

    /// <summary>The Enterprise Grid organisation the workspace belongs to, if any.</summary>
    public string? EnterpriseId { get; private set; }

    public string? WorkspaceName { get; set; }

    /// <summary>The bot's own user in that workspace: its messages are never answered.</summary>
    public string? BotUserId { get; set; }

    /// <summary>The scopes granted, comma-separated as the platform lists them.</summary>
    public string Scopes { get; set; } = "";

    /// <summary>The platform user id of the person who installed the bot.</summary>
    public string? InstalledBy { get; set; }

    /// <summary>The bot token, encrypted by the channel.</summary>
    public string SealedBotToken { get; set; } = "";

    /// <summary>With token rotation on: the refresh token, encrypted by the channel.</summary>
    public string? SealedRefreshToken { get; set; }

    /// <summary>With token rotation on: when the bot token stops working.</summary>
    public DateTime? TokenExpiresUtc { get; set; }

    public DateTime InstalledUtc { get; private set; }

    public DateTime UpdatedUtc { get; set; }
}
