using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Fault.Tests.Support;

/// <summary>
/// Slack's Web API and response_url hooks on 127.0.0.1, answering every call with <c>ok: true</c> (and
/// the bot's identity for auth.test), so that the work behind a well-formed Slack request can run.
/// </summary>
public sealed class SlackStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _calls;

    private SlackStub(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public string ApiBaseUrl => BaseUrl + "/api/";

    public string HooksUrl => BaseUrl + "/hooks/1";

    public int Calls => Volatile.Read(ref _calls);

    public static async Task<SlackStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new SlackStub(app);
        app.MapPost("/api/{method}", (string method) =>
        {
            Interlocked.Increment(ref stub._calls);
            return Results.Json(new
            {
                ok = true,
                user_id = "U0BOT",
                bot_id = "B0BOT",
                team_id = "T0FUZZ",
                team = "Fuzz",
                ts = "1700000000.000100",
                // conversations.open answers the channel as an object; chat.* as its id.
                channel = method.StartsWith("conversations.", StringComparison.Ordinal) ? (object)new { id = "D0FUZZ" } : "D0FUZZ",
                view = new { id = "V0FUZZ", hash = "h" },
                user = new { id = "U0FUZZ1", name = "fuzz", tz = "Europe/Berlin", tz_offset = 3600, real_name = "Fuzz Tester" },
            });
        });
        app.MapPost("/hooks/{id}", () =>
        {
            Interlocked.Increment(ref stub._calls);
            return Results.Ok();
        });
        await app.StartAsync();
        stub.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
