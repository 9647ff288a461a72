using Microsoft.Extensions.Configuration;

namespace InterviewBot.Teams;

/// <summary>
/// Local mode is Bot Framework authentication off (an empty <c>MicrosoftAppId</c>): for the Emulator
/// and the local chat page on this machine. Nothing then vouches for who calls or for the service URL
/// an activity names, so local mode keeps to this machine unless <see cref="AllowNetworkKey"/> is
/// <c>true</c>, which lets other machines in on purpose (the Emulator on another computer).
/// </summary>
public sealed record LocalModeSettings(bool IsOn, bool AllowNetwork)
{
    public const string AllowNetworkKey = "LocalMode:AllowNetwork";

    /// <summary>Only the word <c>true</c> opens local mode to the network; anything else keeps it closed.</summary>
    public static LocalModeSettings From(IConfiguration configuration) => new(
        BotFrameworkSettings.From(configuration).IsLocalMode,
        bool.TryParse(configuration[AllowNetworkKey], out var allow) && allow);
}
