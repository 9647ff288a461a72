using System.Net;
using System.Text;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>Bad requests to /api/messages get a 4xx with a reason, never a 5xx; auth is enforced when configured.</summary>
public sealed class RequestGuardTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    public static TheoryData<string, string, HttpStatusCode> BadBodies => new()
    {
        { "{\"type\": \"message\", \"text\": ", "application/json", HttpStatusCode.BadRequest },
        { "", "application/json", HttpStatusCode.BadRequest },
        { "[1, 2, 3]", "application/json", HttpStatusCode.BadRequest },
        { "{\"text\": \"no type\"}", "application/json", HttpStatusCode.BadRequest },
        { "{\"type\": \"message\", \"serviceUrl\": \"http://127.0.0.1:9/\", \"from\": 42, \"conversation\": [1]}", "application/json", HttpStatusCode.BadRequest },
        // Found by the fault tests' fuzzing: the adapter failed with a 500 on these.
        { "{\"type\": \"message\", \"text\": \"hello\"}", "application/json", HttpStatusCode.BadRequest },
        { "{\"type\": \"message\", \"text\": \"help\", \"serviceUrl\": \"not a url\"}", "application/json", HttpStatusCode.BadRequest },
        { "{\"type\": \"message\", \"text\": \"help\", \"serviceUrl\": 5}", "application/json", HttpStatusCode.BadRequest },
        { "{\"type\": \"message\", \"text\": \"help\", \"serviceUrl\": \"file:///etc/passwd\"}", "application/json", HttpStatusCode.BadRequest },
        { "{\"type\": \"message\", \"text\": \"help\"}", "text/plain", HttpStatusCode.UnsupportedMediaType },
        { "type=message", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Malformed_requests_get_a_4xx(string body, string contentType, HttpStatusCode expected)
    {
        await using var host = new BotHost(_data);
        using var content = new StringContent(body, Encoding.UTF8, contentType);

        using var response = await host.CreateClient().PostAsync("/api/messages", content);

        Assert.Equal(expected, response.StatusCode);
    }

    public static TheoryData<string, bool> UnreadableText => new()
    {
        { "{\"type\": \"mess\u0001age\", \"text\": \"help\"}", false },
        { "{\"type\": \"message\", \"text\": \"he\u0001lp\"}", false },
        { "{\"type\": \"message\", \"te\u0001xt\": \"help\"}", false },
        { "{\"type\": \"message\", \"text\": \"help \\ud800\"}", false },
        { "{\"type\": \"message\", \"text\": \"he\u0001lp\"}", true },
        { "{\"type\": \"message\", \"text\": \"help \\udfff\"}", true },
    };

    /// <summary>
    /// Text that is not Unicode – bytes that are not UTF-8 (the \u0001 below becomes a lone 0xC3 byte) or an
    /// escaped lone surrogate – gets a 400 that says so, in local mode and with an app id alike (the body is
    /// read before the token is checked, so a bad body must not turn into a 500 there either).
    /// </summary>
    [Theory]
    [MemberData(nameof(UnreadableText))]
    public async Task A_body_whose_text_is_not_valid_UTF8_gets_400_with_the_reason(string template, bool withAppId)
    {
        await using var connector = await LocalConnector.StartAsync();
        var logs = new LogCapture();
        await using var host = new BotHost(_data, withAppId ? new Dictionary<string, string?> { ["MicrosoftAppId"] = "app-id-123", ["MicrosoftAppPassword"] = "not-a-real-secret" } : null)
        {
            Environment = withAppId ? "Production" : "Development",
            Logs = logs,
        };
        var json = template.Replace("}", $", \"serviceUrl\": \"{connector.ServiceUrl}\", \"from\": {{\"id\": \"29:user-riley\"}}, \"conversation\": {{\"id\": \"a:personal-riley\"}}}}", StringComparison.Ordinal);
        var body = Encoding.UTF8.GetBytes(json);
        var marker = Array.IndexOf(body, (byte)0x01);
        if (marker >= 0) body[marker] = 0xC3; // the first byte of a two-byte sequence, with no second byte
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (withAppId) request.Headers.TryAddWithoutValidation("Authorization", "Bearer abc.def.ghi");

        using var response = await host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(connector.Requests);
        Assert.DoesNotContain(logs.Lines, line => line.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_oversized_body_gets_413()
    {
        await using var host = new BotHost(_data);
        var huge = "{\"type\":\"message\",\"text\":\"" + new string('x', 400 * 1024) + "\"}";
        using var content = new StringContent(huge, Encoding.UTF8, "application/json");

        using var response = await host.CreateClient().PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_message_without_a_sender_is_accepted_and_ignored()
    {
        await using var host = new BotHost(_data);
        using var content = new StringContent("{\"type\":\"message\",\"text\":\"help\",\"serviceUrl\":\"http://127.0.0.1:9/\"}", Encoding.UTF8, "application/json");

        using var response = await host.CreateClient().PostAsync("/api/messages", content);

        Assert.True((int)response.StatusCode < 500, $"got {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("task/fetch")]
    [InlineData("composeExtension/query")]
    [InlineData("adaptiveCard/action")]
    public async Task An_invoke_the_bot_never_asks_for_gets_a_400_that_says_so(string name)
    {
        // Found by the fault tests' fuzzing: the base handler answered 501, or 500 from a handler reading a missing value.
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data);
        var invoke = new Activities(connector.ServiceUrl).Message("");
        invoke["type"] = "invoke";
        invoke["name"] = name;
        invoke.Remove("text");

        using var response = await host.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(name, await response.Content.ReadAsStringAsync());
        Assert.Empty(connector.Requests);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2V2aWwuZXhhbXBsZSIsImF1ZCI6ImFwcC1pZC0xMjMifQ.")]
    public async Task With_an_app_id_a_request_without_a_valid_token_gets_401(string? token)
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "app-id-123",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        });

        using var response = await host.PostActivityAsync(new Activities(connector.ServiceUrl).Message("help"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task Without_an_app_id_the_same_request_is_answered()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data);

        using var response = await host.PostActivityAsync(new Activities(connector.ServiceUrl).Message("help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(connector.Requests);
    }
}
