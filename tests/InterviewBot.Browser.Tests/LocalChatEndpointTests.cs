using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using InterviewBot.Browser.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace InterviewBot.Browser.Tests;

/// <summary>
/// The local chat's endpoints in the in-memory host: they exist only in local mode, the local
/// connector only takes the bot on this machine, and a build without Node.js says how to fix it.
/// </summary>
public sealed class LocalChatEndpointTests
{
    private const string Activity = """{"type":"message","text":"Hello from the bot"}""";

    [Theory]
    [InlineData("GET", "/local/events?conversation=local-abc")]
    [InlineData("GET", "/local/assets/chat.js")]
    [InlineData("GET", "/local/schedule?user=local-user-1")]
    [InlineData("GET", "/local/outbox")]
    [InlineData("POST", "/local/send")]
    [InlineData("POST", "/local/start")]
    [InlineData("POST", "/local/connector/v3/conversations/local-abc/activities")]
    [InlineData("PUT", "/local/connector/v3/conversations/local-abc/activities/local-1")]
    public async Task With_an_app_id_none_of_the_local_chat_exists(string method, string path)
    {
        await using var host = new LocalChatHost(appId: "00000000-0000-0000-0000-0000000000b1");

        using var response = await host.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "GET" ? null : new StringContent(Activity, Encoding.UTF8, "application/json"),
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task With_an_app_id_the_home_page_is_not_the_chat()
    {
        await using var host = new LocalChatHost(appId: "00000000-0000-0000-0000-0000000000b1");

        var home = await host.CreateClient().GetStringAsync("/");

        Assert.DoesNotContain("<html", home, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task In_local_mode_the_home_page_is_the_chat_with_Microsofts_card_renderer()
    {
        await using var host = new LocalChatHost();
        var client = host.CreateClient();

        var page = await client.GetStringAsync("/");
        using var renderer = await client.GetAsync("/local/assets/vendor/adaptivecards.min.js");

        Assert.Contains("InterviewBot – local chat", page);
        Assert.Contains("/local/assets/vendor/adaptivecards.min.js", page);
        Assert.Equal(HttpStatusCode.OK, renderer.StatusCode);
        Assert.StartsWith("text/javascript", renderer.Content.Headers.ContentType?.ToString());
        Assert.Contains("AdaptiveCards", await renderer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_the_npm_scripts_the_page_says_to_install_Nodejs_and_build_again()
    {
        using var empty = new TempFolder();
        await using var host = new LocalChatHost(assetsRoot: empty.Path);

        var page = await host.CreateClient().GetStringAsync("/");

        Assert.Contains("install Node.js", page);
        Assert.Contains("dotnet build src/InterviewBot.Host", page);
    }

    [Theory]
    [InlineData("/local/assets/chat.js/")]
    [InlineData("/local/assets/vendor/")]
    [InlineData("/local/assets/nothing-here.js")]
    public async Task An_asset_path_that_is_not_a_file_gets_404(string path)
    {
        // Found by the fault tests' fuzzing: "chat.js/" was found but could not be opened (500).
        await using var host = new LocalChatHost();

        using var response = await host.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_assets_endpoint_serves_nothing_outside_its_folder()
    {
        await using var host = new LocalChatHost();

        using var response = await host.CreateClient().GetAsync("/local/assets/..%2F..%2FInterviewBot.Host.dll");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_local_connector_refuses_a_caller_from_another_machine()
    {
        await using var host = new LocalChatHost();

        var context = await PostToConnectorAsync(host, IPAddress.Parse("192.168.1.20"));

        // Local mode's boundary turns other machines away before the connector's own check sees them.
        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.Contains("this machine", await ReadBodyAsync(context));
    }

    [Fact]
    public async Task The_local_connector_takes_the_bots_message_from_this_machine_and_the_page_stream_shows_it()
    {
        await using var host = new LocalChatHost();

        var context = await PostToConnectorAsync(host, IPAddress.Loopback);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        var id = JsonNode.Parse(await ReadBodyAsync(context))!["id"]!.GetValue<string>();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var stream = await host.CreateClient().GetAsync("/local/events?conversation=local-abc", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.StartsWith("text/event-stream", stream.Content.Headers.ContentType?.ToString());
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(timeout.Token));
        var data = await FirstActivityAsync(reader, timeout.Token);

        Assert.Equal("send", data["kind"]!.GetValue<string>());
        Assert.Equal(id, data["id"]!.GetValue<string>());
        Assert.Equal("Hello from the bot", data["activity"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sending_with_a_made_up_conversation_id_is_refused_with_the_field_named()
    {
        await using var host = new LocalChatHost();

        using var response = await host.CreateClient().PostAsync("/local/send", new StringContent(
            """{"conversationId":"../../etc","userId":"local-user-1","userName":"Alex","text":"help"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("conversationId", await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpContext> PostToConnectorAsync(LocalChatHost host, IPAddress from) =>
        host.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = from;
            context.Connection.LocalIpAddress = IPAddress.Loopback;
            context.Request.Method = "POST";
            context.Request.Path = "/local/connector/v3/conversations/local-abc/activities";
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(Activity));
        });

    private static async Task<string> ReadBodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Response.Body);
        return await reader.ReadToEndAsync();
    }

    /// <summary>The data of the first "activity" event on the page's stream.</summary>
    private static async Task<JsonNode> FirstActivityAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var isActivity = false;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) isActivity = line == "event: activity";
            else if (isActivity && line.StartsWith("data: ", StringComparison.Ordinal)) return JsonNode.Parse(line["data: ".Length..])!;
        }
        throw new InvalidOperationException("The stream ended without an activity.");
    }
}
