using System.Net;
using Microsoft.Extensions.Options;

namespace InterviewBot.Teams;

/// <summary>
/// Where the bot may send while authentication is off. With it on, the channel's signed token vouches
/// for an activity's service URL; with it off, anyone could name one and have the bot post a person's
/// interviews (and later nudges) to it, or make the bot call cloud metadata and internal hosts. So
/// then a service URL must be on this machine – <c>localhost</c> or a loopback address, as the
/// Emulator and the local chat page use – or, with <see cref="ServiceUrlOptions.AllowOtherMachines"/>,
/// the address of the machine the activity came from (the Emulator on another computer). The same
/// rule guards the way out, for replies and nudges alike (<see cref="ConnectorClientCache"/>).
/// </summary>
internal sealed class ServiceUrlGuard(BotFrameworkSettings settings, IOptions<ServiceUrlOptions> options)
{
    private readonly bool _allowOtherMachines = options.Value.AllowOtherMachines;

    /// <summary>Why an incoming activity's service URL is refused; null when it is fine.</summary>
    public string? RefuseInbound(string? serviceUrl, IPAddress? caller)
    {
        if (!settings.IsAuthenticationOff) return null;
        var host = HostOf(serviceUrl);
        if (host.IsLocalhost || (host.Address is { } address && IPAddress.IsLoopback(address))) return null;
        if (_allowOtherMachines && host.Address is { } literal && Normalize(caller) is { } from && literal.Equals(from)) return null;
        return Reason(serviceUrl, _allowOtherMachines ? "this machine or the machine the activity came from" : "this machine");
    }

    /// <summary>
    /// Why the bot will not call <paramref name="serviceUrl"/>; null when it may. When a nudge goes out
    /// nobody is asking any more, so with <see cref="ServiceUrlOptions.AllowOtherMachines"/> any address
    /// literal the inbound check could have let in passes – never a name, never link-local (cloud
    /// metadata lives there), unspecified or multicast.
    /// </summary>
    public string? RefuseOutbound(string? serviceUrl)
    {
        if (!settings.IsAuthenticationOff) return null;
        var host = HostOf(serviceUrl);
        if (host.IsLocalhost || (host.Address is { } address && IPAddress.IsLoopback(address))) return null;
        if (_allowOtherMachines && host.Address is { } literal && IsOrdinaryUnicast(literal)) return null;
        return Reason(serviceUrl, _allowOtherMachines ? "this machine or another machine by its address" : "this machine");
    }

    private static string Reason(string? serviceUrl, string where) =>
        $"In local mode (no MicrosoftAppId) the bot only sends to {where}; the serviceUrl \"{serviceUrl}\" is not. " +
        "Use the Emulator or the local chat page on this machine, or set MicrosoftAppId for Teams.";

    private static (IPAddress? Address, bool IsLocalhost) HostOf(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url)) return (null, false);
        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 && IPAddress.TryParse(url.Host.Trim('[', ']'), out var address))
            return (Normalize(address), false);
        return (null, url.HostNameType == UriHostNameType.Dns && url.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase));
    }

    private static IPAddress? Normalize(IPAddress? address) => address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;

    private static bool IsOrdinaryUnicast(IPAddress address)
    {
        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast)) return false;
        if (address.IsIPv6LinkLocal || address.IsIPv6Multicast || address.IsIPv6SiteLocal) return false;
        var bytes = address.GetAddressBytes();
        if (bytes.Length == 4 && (bytes[0] == 169 && bytes[1] == 254 || bytes[0] >= 224 || bytes[0] == 0)) return false; // link-local, multicast and reserved, "this network"
        return true;
    }
}

/// <summary>The bot was about to call a service URL that is not allowed while authentication is off (<see cref="ServiceUrlGuard"/>).</summary>
internal sealed class ServiceUrlRefusedException(string reason) : Exception(reason);
