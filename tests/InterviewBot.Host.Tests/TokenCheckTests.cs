using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// With an app id (production), what /api/messages answers before a request is known to come from
/// Bot Framework: 401 without a usable token whatever the body, 400 for a body that cannot be read,
/// 503 while Bot Framework's signing keys cannot be fetched – never a 500, and one log line each.
/// </summary>
public sealed class TokenCheckTests : IDisposable
{
    private const string AppId = "00000000-0000-0000-0000-0000000000c7";
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    private BotHost Production(LogCapture logs, IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?> { ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = "not-a-real-secret" };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>()) settings[key] = value;
        return new BotHost(_data, settings) { Environment = "Production", Logs = logs };
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    public async Task Without_a_bearer_token_the_answer_is_401_before_the_body_is_read(string? authorization)
    {
        var logs = new LogCapture();
        await using var host = Production(logs);
        var client = host.CreateClient();
        var seen = Refusals(logs).Count;

        // A body that would be a 400 (not JSON, and not UTF-8 either) if anything read it.
        using var request = Post([0x7B, 0xFF, 0xFE, 0x22], authorization);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertOneLineWithoutStackTrace(Refusals(logs).Skip(seen));
    }

    [Theory]
    [InlineData("abc.def.ghi")]
    [InlineData("not-a-jwt")]
    [InlineData("e30.e30.")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln")]
    public async Task A_token_that_cannot_be_decoded_is_401_not_500(string token)
    {
        var logs = new LogCapture();
        await using var host = Production(logs);

        using var response = await host.CreateClient().SendAsync(Post(Encoding.UTF8.GetBytes(Help().ToJsonString()), "Bearer " + token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(logs.Lines, line => line.Contains("   at ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https")] // a closed port on this machine stands in for an outage
    [InlineData("http")] // an address IdentityModel will not fetch keys from: it fails the same way, as "unable to obtain configuration"
    public async Task While_Bot_Frameworks_signing_keys_cannot_be_fetched_a_token_gets_503_with_Retry_After_and_one_line_in_the_log(string scheme)
    {
        // Bot Builder reads where the keys are from these settings.
        var metadata = $"{scheme}://127.0.0.1:9/{Guid.NewGuid():N}/.well-known/openidconfiguration";
        var logs = new LogCapture();
        await using var host = Production(logs, new Dictionary<string, string?>
        {
            ["ToBotFromChannelOpenIdMetadataUrl"] = metadata,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = metadata,
            ["ToBotFromChannelTokenIssuer"] = "https://api.botframework.com",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
            ["ToChannelFromBotLoginUrl"] = "https://127.0.0.1:9/botframework.com",
        });
        var client = host.CreateClient();
        var seen = Refusals(logs).Count;

        using var response = await client.SendAsync(Post(Encoding.UTF8.GetBytes(Help().ToJsonString()), "Bearer " + ForgedToken()));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}");
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        AssertOneLineWithoutStackTrace(Refusals(logs).Skip(seen));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("   at ", StringComparison.Ordinal));
    }

    /// <summary>A token shaped like the channel's (issuer, audience, lifetime) with a made-up signature.</summary>
    private static string ForgedToken()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = new JsonObject { ["alg"] = "RS256", ["kid"] = "forged-key", ["typ"] = "JWT" };
        var claims = new JsonObject { ["iss"] = "https://api.botframework.com", ["aud"] = AppId, ["nbf"] = now - 60, ["exp"] = now + 3600, ["serviceurl"] = "http://127.0.0.1:9/" };
        return $"{Base64Url(header.ToJsonString())}.{Base64Url(claims.ToJsonString())}.{Base64Url("not a signature")}";
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static JsonObject Help() => new Activities("http://127.0.0.1:9/").Message("help");

    private static HttpRequestMessage Post(byte[] body, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return request;
    }

    /// <summary>What the host logged at warning level or above.</summary>
    private static List<string> Refusals(LogCapture logs) =>
        logs.Lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal) || l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal)).ToList();

    private static void AssertOneLineWithoutStackTrace(IEnumerable<string> lines)
    {
        var line = Assert.Single(lines);
        Assert.Contains("/api/messages", line, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", line.TrimEnd(), StringComparison.Ordinal);
    }
}
