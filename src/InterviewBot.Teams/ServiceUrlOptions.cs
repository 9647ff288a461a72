namespace InterviewBot.Teams;

/// <summary>
/// Where service URLs may point while Bot Framework authentication is off (no <c>MicrosoftAppId</c>),
/// for <see cref="ServiceUrlGuard"/>. The channel's default is this machine only; whoever runs the bot
/// unauthenticated on purpose (local mode, in InterviewBot.DevTools) may let other machines in.
/// With authentication on it is not read: the channel's signed token vouches for the service URL.
/// </summary>
public sealed class ServiceUrlOptions
{
    /// <summary>Also the machine an activity came from, by its address (the Emulator on another computer).</summary>
    public bool AllowOtherMachines { get; set; }
}
