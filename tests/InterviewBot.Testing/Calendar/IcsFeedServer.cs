using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Testing;

/// <summary>
/// A calendar service on 127.0.0.1 that publishes one ICS file at a secret path, as Outlook and Google do:
/// with an ETag and a Last-Modified that change when the file does, a 304 to a conditional request for an
/// unchanged file, and optional redirects before it. The test changes the file between polls and reads back
/// every request it got.
/// </summary>
public sealed class IcsFeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly object _sync = new();
    private readonly List<FeedRequest> _requests = [];
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
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new IcsFeedServer(app);
        // No routing: a route would name the secret path in the process's HTTP server metrics (http.route),
        // which the bot's own telemetry tests read.
        app.Run(http => server.ServeAsync(http));
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
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
        lock (_sync)
        {
            ics = _ics;
            etag = $"\"v{_version}\"";
            modified = _modified;
            _requests.Add(new FeedRequest(http.Request.Headers.IfNoneMatch.ToString(), http.Request.Headers.IfModifiedSince.ToString()));
        }
        if (FailWith != 0) return Results.StatusCode(FailWith);
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
