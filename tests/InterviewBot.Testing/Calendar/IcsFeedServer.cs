using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Testing;

/// <summary>
/// A calendar service on 127.0.0.1 that publishes one ICS file at a secret path, as Outlook and Google do:
/// with an ETag and a Last-Modified that change when the file does, a 304 to a conditional request for an
/// unchanged file, and optional redirects before it. The test changes the file between polls, makes it fail,
/// and reads back every request it got – and every connection made to it, on 127.0.0.1 or ::1, even one that
/// never became a request it understood (a TLS handshake, say).
/// </summary>
public sealed class IcsFeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly object _sync = new();
    private readonly List<FeedRequest> _requests = [];
    private int _connections;
    private int _failNext;
    private int _failNextWith;
    private string _ics = "";
    private int _version;
    private DateTimeOffset _modified = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private IcsFeedServer(WebApplication app) => _app = app;

    /// <summary>The secret part of the path, in the shape of Google's private address.</summary>
    public const string SecretPath = "/calendar/ical/rita.recruiter%40acme.example/private-6f1c0d2e9a8b7c6d5e4f3a2b1c0d9e8f/basic.ics";

    public string BaseUrl { get; private set; } = "";

    /// <summary>The feed's address (its path is the secret).</summary>
    public string Address => BaseUrl + SecretPath;

    /// <summary>An address that answers with <paramref name="hops"/> redirects before the feed.</summary>
    public string RedirectingAddress(int hops) => $"{BaseUrl}/redirect/{hops}";

    /// <summary>The status every request gets instead of the feed (0: serve it).</summary>
    public int FailWith { get; set; }

    /// <summary>The next <paramref name="requests"/> requests get <paramref name="status"/> instead of the feed; then it is served again.</summary>
    public void FailNext(int requests, int status)
    {
        lock (_sync)
        {
            _failNext = requests;
            _failNextWith = status;
        }
    }

    /// <summary>How many connections were opened to the server (on either loopback address).</summary>
    public int Connections => Volatile.Read(ref _connections);

    public IReadOnlyList<FeedRequest> Requests
    {
        get { lock (_sync) return _requests.ToList(); }
    }

    /// <summary>Publishes a new version of the file: a new ETag and Last-Modified.</summary>
    public void Publish(string ics)
    {
        lock (_sync)
        {
            _ics = ics;
            _version++;
            _modified = _modified.AddMinutes(5);
        }
    }

    public static async Task<IcsFeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var port = FreePort.Find();
        IcsFeedServer? server = null;
        // localhost: 127.0.0.1 and, where the machine has it, ::1 – each connection counted before Kestrel reads a byte.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port, listen => listen.Use(next => connection =>
        {
            Interlocked.Increment(ref server!._connections);
            return next(connection);
        })));
        var app = builder.Build();
        server = new IcsFeedServer(app);
        // No routing: a route would name the secret path in the process's HTTP server metrics (http.route),
        // which the bot's own telemetry tests read.
        app.Run(http => server.ServeAsync(http));
        await app.StartAsync();
        server.BaseUrl = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        return server;
    }

    private Task ServeAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        if (path.StartsWith("/redirect/", StringComparison.Ordinal) && int.TryParse(path["/redirect/".Length..], CultureInfo.InvariantCulture, out var hops))
            return Results.Redirect(hops <= 1 ? SecretPath : $"/redirect/{hops - 1}", permanent: false).ExecuteAsync(http);
        if (path != SecretPath.Replace("%40", "@", StringComparison.Ordinal)) return Results.NotFound().ExecuteAsync(http);
        return Serve(http).ExecuteAsync(http);
    }

    private IResult Serve(HttpContext http)
    {
        string ics;
        string etag;
        DateTimeOffset modified;
        var failWith = FailWith;
        lock (_sync)
        {
            if (_failNext > 0)
            {
                _failNext--;
                failWith = _failNextWith;
            }
            ics = _ics;
            etag = $"\"v{_version}\"";
            modified = _modified;
            _requests.Add(new FeedRequest(http.Request.Headers.IfNoneMatch.ToString(), http.Request.Headers.IfModifiedSince.ToString()));
        }
        if (failWith != 0) return Results.StatusCode(failWith);
        http.Response.Headers.ETag = etag;
        http.Response.Headers.LastModified = modified.ToString("R", CultureInfo.InvariantCulture);
        if (http.Request.Headers.IfNoneMatch.ToString() == etag) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Text(ics, "text/calendar; charset=utf-8");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request the feed server got: the validators it carried (empty when none).</summary>
public sealed record FeedRequest(string IfNoneMatch, string IfModifiedSince)
{
    public bool IsConditional => IfNoneMatch.Length > 0 || IfModifiedSince.Length > 0;
}
