using System.Net;
using InterviewBot.Core.Ports;
using InterviewBot.Teams;

namespace InterviewBot.DevTools;

/// <summary>
/// Local mode (no <c>MicrosoftAppId</c>: Bot Framework authentication off) answers this machine only,
/// decided here for every endpoint: the caller must be on a loopback address, the Host header must
/// name this machine (a page on another name re-pointed at 127.0.0.1 – DNS rebinding – is refused),
/// and a request that changes something must not come from another site's page (<c>Origin</c>,
/// <c>Sec-Fetch-Site</c>). Local mode will not start on an address the network can reach. With
/// <see cref="LocalMode.AllowNetworkKey"/> = true, other machines and any Host are let in on
/// purpose (a warning at start); the cross-site check and the service URL rule
/// (<see cref="ServiceUrlGuard"/>, in the Teams channel) stay.
/// </summary>
/// <remarks>
/// Slack's endpoints are left to their own check: every request must carry Slack's signature (Slack's
/// servers are never on this machine, and a tunnel to it brings its own Host name).
/// </remarks>
internal static partial class LocalModeBoundary
{
    private const string SlackPaths = "/slack";

    /// <summary>
    /// Stops startup when local mode would listen where the network can reach it (<c>urls</c>,
    /// <c>--urls</c>, <c>ASPNETCORE_URLS</c>, Kestrel endpoints: 0.0.0.0, [::], *, +, another machine's
    /// address, or a name other than localhost – Kestrel listens on every interface for a name).
    /// </summary>
    public static void RefuseListeningBeyondThisMachine(IConfiguration configuration)
    {
        var open = ListeningUrls(configuration).FirstOrDefault(url => !IsOnThisMachine(url));
        if (open is null) return;
        throw new SettingException(
            $"Setting {BotFrameworkSettings.AppIdKey} is empty (local mode: Bot Framework authentication off), and the host would listen on {open}, " +
            $"which other machines can reach. Listen on this machine only (localhost, 127.0.0.1 or [::1]), set {BotFrameworkSettings.AppIdKey} " +
            $"and {BotFrameworkSettings.AppPasswordKey} for Teams, or set {LocalMode.AllowNetworkKey}=true to let other machines in on purpose " +
            "(anyone who can reach it can then talk to the bot as anyone).");
    }

    /// <summary>Adds the checks (called in local mode only); says so at start when the network is let in.</summary>
    public static void UseLocalModeBoundary(this IApplicationBuilder app, LocalMode localMode)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LocalModeBoundary));
        if (localMode.AllowNetwork) NetworkAllowed(logger, LocalMode.AllowNetworkKey);
        app.Use(async (http, next) =>
        {
            if (Refusal(http, localMode) is { } refusal)
            {
                RequestRefused(logger, http.Request.Path, refusal.Reason);
                await Results.Problem(refusal.Reason, statusCode: refusal.Status).ExecuteAsync(http);
                return;
            }
            await next(http);
        });
    }

    private static (int Status, string Reason)? Refusal(HttpContext http, LocalMode localMode)
    {
        var request = http.Request;
        if (request.Path.StartsWithSegments(SlackPaths, StringComparison.OrdinalIgnoreCase)) return null;
        if (!localMode.AllowNetwork && !IsFromThisMachine(http.Connection.RemoteIpAddress))
            return (StatusCodes.Status403Forbidden,
                $"In local mode (no {BotFrameworkSettings.AppIdKey}) the bot only answers this machine. Set {LocalMode.AllowNetworkKey}=true to let other machines in.");
        if (!localMode.AllowNetwork && !IsThisMachine(request.Host.Host))
            return (StatusCodes.Status400BadRequest,
                "In local mode the Host header must name this machine (localhost, 127.0.0.1 or [::1]); another name pointed at it is how DNS rebinding gets in.");
        if (ChangesSomething(request.Method) && IsCrossSite(request))
            return (StatusCodes.Status403Forbidden, "Refused a cross-site request: in local mode only this host's own page may change anything.");
        return null;
    }

    /// <summary>A null remote address only happens on the in-memory test server, which is this process.</summary>
    private static bool IsFromThisMachine(IPAddress? remote) =>
        remote is null || IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote);

    private static bool IsThisMachine(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IsFromThisMachine(address);
    }

    private static bool ChangesSomething(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    /// <summary>
    /// A browser says where a request comes from: <c>Sec-Fetch-Site</c> (cross-site for another site's
    /// page) and <c>Origin</c> (the page's origin, or "null" from a sandboxed or opaque one). Programs such
    /// as the Emulator send neither. An origin on this machine, or the very host asked, is the host's own page.
    /// </summary>
    private static bool IsCrossSite(HttpRequest request)
    {
        if (string.Equals(request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase)) return true;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return false;
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var page)) return true; // "null", or nothing a page would send
        return !IsThisMachine(page.Host) && !string.Equals(page.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every address the host is told to listen on, from <c>urls</c> and Kestrel's endpoints.</summary>
    private static IEnumerable<string> ListeningUrls(IConfiguration configuration)
    {
        foreach (var url in (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) yield return url;
        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
            if (endpoint["Url"] is { Length: > 0 } url) yield return url;
    }

    /// <summary>
    /// The URL's host is localhost or a loopback address (or a Unix socket). Kestrel's wildcards (*, +,
    /// 0.0.0.0, [::]) and any other name or address are reachable from elsewhere.
    /// </summary>
    internal static bool IsOnThisMachine(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        if (rest.StartsWith("unix:", StringComparison.OrdinalIgnoreCase)) return true;
        var authority = rest.Split('/')[0];
        var host = authority.StartsWith('[') ? authority[..(authority.IndexOf(']', StringComparison.Ordinal) + 1)] : authority.Split(':')[0];
        return IsThisMachine(host);
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "Rejected a request to {Path}: {Reason}")]
    private static partial void RequestRefused(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Local mode is open to other machines ({Setting}=true): anyone who can reach this host can talk to the bot as anyone, without authentication.")]
    private static partial void NetworkAllowed(ILogger logger, string setting);
}
