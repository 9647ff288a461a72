using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace InterviewBot.DevTools.LocalChat;

/// <summary>
/// Where this host can reach itself: the address and port the page's request arrived on, as a
/// loopback URL when it arrived on loopback. The page's server side posts activities there
/// (<c>/api/messages</c>) and the bot sends its replies there (the local connector).
/// </summary>
internal static class SelfAddress
{
    /// <summary>The base URL (ending in '/'), or null when the request did not come over TCP (an in-memory test server).</summary>
    public static Uri? Of(HttpContext http)
    {
        var local = http.Connection.LocalIpAddress;
        var port = http.Connection.LocalPort;
        if (local is null || port <= 0) return null;
        if (local.IsIPv4MappedToIPv6) local = local.MapToIPv4();

        var secure = http.Request.IsHttps;
        string host;
        if (IPAddress.IsLoopback(local))
            // A development certificate is issued for "localhost", not for an IP address.
            host = secure ? "localhost" : local.AddressFamily == AddressFamily.InterNetworkV6 ? "[::1]" : "127.0.0.1";
        else
            host = local.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{local.ToString().Replace("%", "%25", StringComparison.Ordinal)}]" : local.ToString();

        return new Uri(string.Create(CultureInfo.InvariantCulture, $"{(secure ? "https" : "http")}://{host}:{port}/"));
    }
}
