using System.Net;
using System.Net.Sockets;

namespace InterviewBot.Calendar;

/// <summary>A feed's host resolved only to addresses the bot may not fetch from.</summary>
public sealed class RefusedAddressException(string host) : Exception($"The calendar host {host} resolves only to private addresses.")
{
    public string Host { get; } = host;
}

/// <summary>
/// The connections a feed is fetched over. The host is resolved here, each address checked
/// (<see cref="PublicAddresses"/>, unless <see cref="CalendarSettings.AllowPrivateAddresses"/>), and the socket
/// connects to an address that passed – the one checked, so a name that resolves differently a moment later
/// (DNS rebinding) cannot slip through. No proxy (it would connect for us, past the check), no cookies, and
/// no automatic redirects: <see cref="FeedFetcher"/> follows them itself, each through here again.
/// </summary>
public static class FeedConnections
{
    public static SocketsHttpHandler Handler(CalendarSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = CalendarSettings.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, settings, ct),
        };
    }

    /// <summary>The addresses of <paramref name="host"/> the bot may connect to; empty when there are none.</summary>
    /// <exception cref="SocketException">The name does not resolve.</exception>
    public static async Task<IPAddress[]> AllowedAsync(string host, CalendarSettings settings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        return settings.AllowPrivateAddresses ? addresses : addresses.Where(PublicAddresses.IsPublic).ToArray();
    }

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, CalendarSettings settings, CancellationToken ct)
    {
        var allowed = await AllowedAsync(endpoint.Host, settings, ct);
        if (allowed.Length == 0) throw new RefusedAddressException(endpoint.Host);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endpoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
