using System.Net;
using System.Net.Http.Json;
using System.Text;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using InterviewBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace InterviewBot.Host.Tests;

/// <summary>Safe defaults: no unauthenticated bot in production by accident, no stack traces to callers, no secrets in logs.</summary>
public sealed class SafeDefaultsTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void In_production_an_empty_app_id_stops_startup_and_names_the_settings()
    {
        using var host = new BotHost(_data) { Environment = "Production" };

        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        var message = Flatten(failure);
        Assert.Contains("MicrosoftAppId", message);
        Assert.Contains("BotFramework:AllowUnauthenticated", message);
    }

    [Fact]
    public async Task In_production_running_without_authentication_needs_an_explicit_setting()
    {
        await using var host = new BotHost(_data, new Dictionary<string, string?> { ["BotFramework:AllowUnauthenticated"] = "true" }) { Environment = "Production" };

        using var response = await host.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task With_an_app_id_the_local_page_and_the_clock_do_not_exist()
    {
        await using var host = new BotHost(_data, new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000b0",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        }) { Environment = "Production" };
        var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dev/clock")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/dev/clock/advance?hours=1", null)).StatusCode);
        Assert.DoesNotContain("<html", await client.GetStringAsync("/"), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{\"conversationId\": 5")]
    [InlineData("{\"conversationId\": [1, 2]}")]
    [InlineData("not json at all")]
    public async Task A_body_an_endpoint_cannot_read_gets_a_400_not_a_500(string body)
    {
        // Found by the fault tests' fuzzing: minimal APIs throw for a body they cannot bind (in Development).
        await using var host = new BotHost(_data);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await host.CreateClient().PostAsync("/local/send", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unexpected_failure_answers_500_without_a_stack_trace()
    {
        // A store that breaks when it is given the booking: a fault nobody planned for.
        var broken = new Mock<IInterviews>();
        broken.Setup(x => x.Add(It.IsAny<Interview>())).Throws(new InvalidOperationException("The interview store broke at Add"));
        await using var host = new BotHost(_data, NudgeApi.Settings()) { TestServices = s => s.AddScoped(_ => broken.Object) };

        using var response = await new NudgeApi(host, NudgeApi.Key).Client().PostAsJsonAsync("/api/interviews", new
        {
            recruiter = new { platformUserId = "29:user-riley" },
            candidate = new { name = "Avery Kim" },
            role = "Data engineer",
            start = DateTime.UtcNow.AddDays(9).ToString("yyyy-MM-dd'T'14:00", System.Globalization.CultureInfo.InvariantCulture),
            end = DateTime.UtcNow.AddDays(9).ToString("yyyy-MM-dd'T'14:30", System.Globalization.CultureInfo.InvariantCulture),
            timeZone = "Europe/Berlin",
        });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("FOREIGN KEY", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", body);
    }

    [Fact]
    public async Task Secrets_never_appear_in_the_logs()
    {
        string[] secrets = ["bot-password-4f1c9a7e2d", "slack-signing-secret-8b3e6c1f0a", "xoxb-1111-2222-slack-bot-token-c9d8", "api-key-5e7a1b3c9d0f2468-abcdef"];
        var logs = new LogCapture();
        await using var host = new BotHost(_data, new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000b0",
            ["MicrosoftAppPassword"] = secrets[0],
            ["Slack:SigningSecret"] = secrets[1],
            ["Slack:BotToken"] = secrets[2],
            ["Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api/",
            ["Api:Keys:0:Key"] = secrets[3],
            ["Api:Keys:0:Tenant"] = "tenant-contoso",
        }) { Logs = logs, Environment = "Production" };
        var client = host.CreateClient();

        // Requests that fail authentication in every way the host can be reached.
        await client.PostAsync("/api/messages", new StringContent("{\"type\":\"message\",\"text\":\"hi\"}", Encoding.UTF8, "application/json"));
        using var badToken = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent("{\"type\":\"message\"}", Encoding.UTF8, "application/json") };
        badToken.Headers.TryAddWithoutValidation("Authorization", "Bearer " + secrets[0]);
        await client.SendAsync(badToken);
        using var slack = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new StringContent("command=%2Finterview&text=help", Encoding.UTF8, "application/x-www-form-urlencoded") };
        slack.Headers.Add("X-Slack-Request-Timestamp", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        slack.Headers.Add("X-Slack-Signature", "v0=" + new string('0', 64));
        await client.SendAsync(slack);
        using var api = new HttpRequestMessage(HttpMethod.Get, $"/api/interviews/{Guid.NewGuid()}");
        api.Headers.TryAddWithoutValidation("Authorization", "Bearer " + secrets[3]);
        await client.SendAsync(api);
        await client.PostAsJsonAsync("/api/interviews", new { role = "x" });

        Assert.NotEmpty(logs.Lines);
        foreach (var secret in secrets)
            Assert.DoesNotContain(logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);
}
