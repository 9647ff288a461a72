namespace InterviewBot.Core.Domain;

/// <summary>
/// A tenant: a Teams tenant or a Slack workspace (or the local try-it-out workspace). Every other
/// record belongs to exactly one workspace and is only ever read through it.
/// </summary>
public sealed class Workspace
{
    private Workspace() { }

    public Workspace(string platform, string externalId, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        Platform = platform;
        ExternalId = externalId;
        CreatedUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    /// <summary>Which chat platform the workspace lives on, see <see cref="Platforms"/>.</summary>
    public string Platform { get; private set; } = "";

    /// <summary>The platform's own id: Teams tenant id or Slack team id.</summary>
    public string ExternalId { get; private set; } = "";

    public string? Name { get; set; }

    public DateTime CreatedUtc { get; private set; }
}

public static class Platforms
{
    /// <summary>Teams, the Bot Framework Emulator and the local chat page (all via Bot Framework).</summary>
    public const string BotFramework = "botframework";

    public const string Slack = "slack";

    /// <summary>Workspace id used when a Bot Framework client sends no tenant (Emulator, local page).</summary>
    public const string LocalTenant = "local";
}
