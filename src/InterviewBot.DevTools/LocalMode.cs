using InterviewBot.Core.Ports;
using InterviewBot.Teams;

namespace InterviewBot.DevTools;

/// <summary>
/// Local mode, decided once from configuration: no <c>MicrosoftAppId</c>, so Bot Framework
/// authentication is off, for the Emulator and the local chat page on this machine. Everything that
/// depends on it – the movable clock, the page and its connector, the network boundary, the service
/// URLs the Teams channel accepts – asks this one object, which <see cref="LocalModeSetup.AddLocalMode"/>
/// registers.
/// </summary>
/// <param name="IsOn">No app id: nothing vouches for who calls, so the bot answers this machine only.</param>
/// <param name="AllowNetwork"><see cref="AllowNetworkKey"/> is <c>true</c>: other machines are let in on purpose (the Emulator on another computer).</param>
public sealed record LocalMode(bool IsOn, bool AllowNetwork)
{
    public const string AllowNetworkKey = "LocalMode:AllowNetwork";

    public const string AllowUnauthenticatedKey = "BotFramework:AllowUnauthenticated";

    /// <summary>
    /// Reads the settings and stops startup, naming them, when local mode would be unsafe: outside
    /// Development without <see cref="AllowUnauthenticatedKey"/>, or listening where the network can
    /// reach it without <see cref="AllowNetworkKey"/>. Only the word <c>true</c> opens anything.
    /// </summary>
    public static LocalMode Decide(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var localMode = new LocalMode(BotFrameworkSettings.From(configuration).IsAuthenticationOff, IsTrue(configuration[AllowNetworkKey]));
        if (!localMode.IsOn) return localMode;
        RefuseOutsideDevelopment(configuration, environment);
        if (!localMode.AllowNetwork) LocalModeBoundary.RefuseListeningBeyondThisMachine(configuration);
        return localMode;
    }

    /// <summary>
    /// Outside Development, an empty app id stops startup unless the operator says explicitly that
    /// running without authentication is wanted.
    /// </summary>
    private static void RefuseOutsideDevelopment(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment() || IsTrue(configuration[AllowUnauthenticatedKey])) return;
        throw new SettingException(
            $"Setting {BotFrameworkSettings.AppIdKey} is empty, which turns Bot Framework authentication off, and the environment is " +
            $"{environment.EnvironmentName}. Set {BotFrameworkSettings.AppIdKey} and {BotFrameworkSettings.AppPasswordKey} " +
            $"for Teams, or set {AllowUnauthenticatedKey}=true to run without authentication on purpose (never on a public address).");
    }

    private static bool IsTrue(string? value) => bool.TryParse(value, out var parsed) && parsed;
}
