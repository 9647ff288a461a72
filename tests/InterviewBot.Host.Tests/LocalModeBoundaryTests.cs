using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using InterviewBot.Host.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace InterviewBot.Host.Tests;

/// <summary>
/// Local mode (no app id: Bot Framework authentication off) stays on this machine: other machines,
/// Host headers that do not name this machine (DNS rebinding) and cross-site pages are refused with
/// the reason; activities may only name a service URL on this machine; and the host will not start
/// local mode on an address the network can reach unless <c>LocalMode:AllowNetwork</c> says so.
/// </summary>
public sealed class LocalModeBoundaryTests : IDisposable
{
    /// <summary>Another machine, as the in-memory server reports it: an address for documentation (TEST-NET-1), never contacted.</summary>
    private static readonly IPAddress OtherMachine = IPAddress.Parse("192.0.2.10");

    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/" },
        { "GET", "/healthz" },
        { "GET", "/dev/clock" },
        { "POST", "/dev/clock/advance?hours=24" },
        { "GET", "/local/events?conversation=local-abc" },
        { "POST", "/local/send" },
        { "POST", "/local/start" },
        { "GET", "/local/schedule?user=local-user-1" },
        { "POST", "/api/messages" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_caller_from_another_machine_is_refused_on_every_endpoint(string method, string path)
    {
        await using var host = new BotHost(_data);

        var context = await SendAsync(host, method, path, http => http.Connection.RemoteIpAddress = OtherMachine);

        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.Contains("only answers this machine", await BodyAsync(context), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_Host_header_that_does_not_name_this_machine_is_refused(string method, string path)
    {
        // A page on a name the attacker controls, re-pointed at 127.0.0.1 (DNS rebinding), sends its own name as Host.
        await using var host = new BotHost(_data);

        var context = await SendAsync(host, method, path, http => http.Request.Host = new HostString("rebind.invalid:3978"));

        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
        Assert.Contains("Host header", await BodyAsync(context), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost:3978")]
    [InlineData("127.0.0.1:3978")]
    [InlineData("127.1.2.3")]
    [InlineData("[::1]:3978")]
    public async Task Every_name_of_this_machine_is_a_local_Host(string hostHeader)
    {
        await using var host = new BotHost(_data);

        var context = await SendAsync(host, "GET", "/dev/clock", http => http.Request.Host = new HostString(hostHeader));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Origin", "http://evil.invalid")]
    [InlineData("Origin", "null")]
    public async Task A_cross_site_request_cannot_move_the_clock(string header, string value)
    {
        await using var host = new BotHost(_data);
        var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/dev/clock/advance?hours=24");
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await client.SendAsync(request);
        var clock = await client.GetFromJsonAsync<JsonObject>("/dev/clock");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("cross-site", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, clock!["offsetHours"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_cross_site_page_cannot_post_as_someone_in_the_local_chat()
    {
        await using var host = new BotHost(_data);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/local/send")
        {
            Content = new StringContent("""{"conversationId":"local-abc","userId":"local-user-1","userName":"Alex","text":"my interviews"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Origin", "https://evil.invalid");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "cross-site");

        using var response = await host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_pages_own_requests_are_same_origin_and_go_through()
    {
        await using var host = new BotHost(_data);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/dev/clock/advance?hours=1");
        request.Headers.TryAddWithoutValidation("Origin", "http://localhost:3978");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");

        using var response = await host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("http://metadata.invalid/latest/")]
    [InlineData("https://smba.trafficmanager.invalid/amer/")]
    [InlineData("http://localhost.invalid:3978/")]
    public async Task An_activity_whose_service_url_is_not_on_this_machine_gets_400(string serviceUrl)
    {
        // The bot would post its answer (the person's interviews) there, and later nudges too.
        await using var host = new BotHost(_data);
        var activity = new Activities(serviceUrl).Message("my interviews");

        using var response = await host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("this machine", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:3978")]
    [InlineData("http://*:3978")]
    [InlineData("http://+:3978")]
    [InlineData("http://[::]:3978")]
    [InlineData("http://bot.example.invalid:3978")]
    [InlineData("http://localhost:3978;http://0.0.0.0:3979")]
    public void Local_mode_on_an_address_the_network_can_reach_stops_startup_naming_the_setting(string urls)
    {
        using var host = new BotHost(_data, new Dictionary<string, string?> { ["urls"] = urls });

        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        var message = Flatten(failure);
        Assert.Contains("LocalMode:AllowNetwork", message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppId", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Kestrel_endpoint_the_network_can_reach_stops_local_mode_too()
    {
        using var host = new BotHost(_data, new Dictionary<string, string?> { ["Kestrel:Endpoints:Web:Url"] = "http://0.0.0.0:3978" });

        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("LocalMode:AllowNetwork", Flatten(failure), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:3978")]
    [InlineData("http://127.0.0.1:0")]
    [InlineData("http://[::1]:3978;https://localhost:3979")]
    public async Task Local_mode_on_this_machines_addresses_starts(string urls)
    {
        await using var host = new BotHost(_data, new Dictionary<string, string?> { ["urls"] = urls });

        using var response = await host.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task With_AllowNetwork_other_machines_and_any_Host_get_in_with_a_warning_at_start_but_service_urls_stay_on_the_callers_machine()
    {
        var logs = new LogCapture();
        await using var host = new BotHost(_data, new Dictionary<string, string?> { ["urls"] = "http://0.0.0.0:3978", ["LocalMode:AllowNetwork"] = "true" }) { Logs = logs };
        _ = host.Server;

        var clock = await SendAsync(host, "GET", "/dev/clock", http =>
        {
            http.Connection.RemoteIpAddress = OtherMachine;
            http.Request.Host = new HostString("interviewbot.invalid:3978");
        });
        var elsewhere = await SendAsync(host, "POST", "/api/messages", http =>
        {
            http.Connection.RemoteIpAddress = OtherMachine;
            http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(new Activities("http://other.invalid/").Message("help").ToJsonString()));
        });

        Assert.Equal(StatusCodes.Status200OK, clock.Response.StatusCode);
        Assert.Equal(StatusCodes.Status400BadRequest, elsewhere.Response.StatusCode);
        Assert.Contains("other.invalid", await BodyAsync(elsewhere), StringComparison.Ordinal);
        var warning = Assert.Single(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("LocalMode:AllowNetwork", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_app_id_there_is_no_local_boundary()
    {
        await using var host = new BotHost(_data, new Dictionary<string, string?>
        {
            ["urls"] = "http://0.0.0.0:3978",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000e1",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        }) { Environment = "Production" };

        var context = await SendAsync(host, "GET", "/healthz", http =>
        {
            http.Connection.RemoteIpAddress = OtherMachine;
            http.Request.Host = new HostString("interviewbot.invalid");
        });

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    /// <summary>A request straight into the in-memory server, where the test decides the caller's address and the Host header.</summary>
    private static async Task<HttpContext> SendAsync(BotHost host, string method, string path, Action<HttpContext> change)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)); // the event stream never ends once it is let in
        var query = path.IndexOf('?', StringComparison.Ordinal);
        return await host.Server.SendAsync(http =>
        {
            http.Request.Method = method;
            http.Request.Path = query < 0 ? path : path[..query];
            http.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(path[query..]);
            http.Request.Host = new HostString("localhost");
            if (method != "GET")
            {
                http.Request.ContentType = "application/json";
                http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("""{"conversationId":"local-abc","userId":"local-user-1","userName":"Alex","text":"help"}"""));
            }
            change(http);
        }, timeout.Token);
    }

    private static async Task<string> BodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Response.Body);
        return await reader.ReadToEndAsync();
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);
}
