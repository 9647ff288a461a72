using InterviewBot.Core.Ports;
using Microsoft.Extensions.Configuration;

namespace InterviewBot.Teams;

/// <summary>
/// The Bot Framework settings, read with the names Bot Framework itself uses. An empty app id
/// turns authentication off: for the Emulator and the local chat page only (local mode, which
/// InterviewBot.DevTools decides and keeps on this machine).
/// </summary>
public sealed record BotFrameworkSettings(string? AppId, string? AppPassword, string AppType, string? TenantId)
{
    public const string AppIdKey = "MicrosoftAppId";
    public const string AppPasswordKey = "MicrosoftAppPassword";
    public const string AppTypeKey = "MicrosoftAppType";
    public const string TenantIdKey = "MicrosoftAppTenantId";

    private static readonly string[] AppTypes = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];

    /// <summary>No app id: requests are not authenticated, and nothing vouches for who calls or where to answer.</summary>
    public bool IsAuthenticationOff => string.IsNullOrWhiteSpace(AppId);

    public static BotFrameworkSettings From(IConfiguration configuration) => new(
        configuration[AppIdKey],
        configuration[AppPasswordKey],
        string.IsNullOrWhiteSpace(configuration[AppTypeKey]) ? "MultiTenant" : configuration[AppTypeKey]!,
        configuration[TenantIdKey]);

    /// <summary>Throws, naming the setting, when the combination cannot work; startup stops there.</summary>
    public void Validate()
    {
        if (!AppTypes.Contains(AppType, StringComparer.OrdinalIgnoreCase))
            throw new SettingException($"Setting {AppTypeKey} is \"{AppType}\"; use one of {string.Join(", ", AppTypes)}.");
        if (IsAuthenticationOff) return;
        if (!AppType.Equals("UserAssignedMSI", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(AppPassword))
            throw new SettingException($"Setting {AppPasswordKey} is missing: with {AppIdKey} set, the bot needs its client secret to reply.");
        if (!AppType.Equals("MultiTenant", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(TenantId))
            throw new SettingException($"Setting {TenantIdKey} is missing: it is required when {AppTypeKey} is {AppType}.");
    }
}
