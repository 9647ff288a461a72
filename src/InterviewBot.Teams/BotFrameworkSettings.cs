using Microsoft.Extensions.Configuration;

namespace InterviewBot.Teams;

/// <summary>
/// The Bot Framework settings, read with the names Bot Framework itself uses. An empty app id
/// means local mode: no authentication, for the Emulator and the local chat page only.
/// </summary>
public sealed record BotFrameworkSettings(string? AppId, string? AppPassword, string AppType, string? TenantId)
{
    public const string AppIdKey = "MicrosoftAppId";
    public const string AppPasswordKey = "MicrosoftAppPassword";
    public const string AppTypeKey = "MicrosoftAppType";
    public const string TenantIdKey = "MicrosoftAppTenantId";

    private static readonly string[] AppTypes = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];

    public bool IsLocalMode => string.IsNullOrWhiteSpace(AppId);

    public static BotFrameworkSettings From(IConfiguration configuration) => new(
        configuration[AppIdKey],
        configuration[AppPasswordKey],
        string.IsNullOrWhiteSpace(configuration[AppTypeKey]) ? "MultiTenant" : configuration[AppTypeKey]!,
        configuration[TenantIdKey]);

    /// <summary>Throws, naming the setting, when the combination cannot work; startup stops there.</summary>
    public void Validate()
    {
        if (!AppTypes.Contains(AppType, StringComparer.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Setting {AppTypeKey} is \"{AppType}\"; use one of {string.Join(", ", AppTypes)}.");
        if (IsLocalMode) return;
        if (!AppType.Equals("UserAssignedMSI", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(AppPassword))
            throw new InvalidOperationException($"Setting {AppPasswordKey} is missing: with {AppIdKey} set, the bot needs its client secret to reply.");
        if (!AppType.Equals("MultiTenant", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(TenantId))
            throw new InvalidOperationException($"Setting {TenantIdKey} is missing: it is required when {AppTypeKey} is {AppType}.");
    }
}
