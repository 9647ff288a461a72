using System.Net;
using System.Text.Json.Nodes;
using InterviewBot.DevTools.Clock;
using InterviewBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Slack.Tests;

/// <summary>Only Slack gets in: unsigned, wrongly signed, replayed, malformed or mistyped requests get a 4xx with a reason, never a 5xx.</summary>
public sealed class RequestGuardTests : SlackTest
{
    private const string Form = "application/x-www-form-urlencoded";

    private static readonly string Command = SlackSigner.Form(new Dictionary<string, string>
    {
        ["team_id"] = FakeSlackApi.TeamId, ["user_id"] = "U0RILEY", ["channel_id"] = "D0RILEY", ["command"] = "/interview", ["text"] = "help",
        ["trigger_id"] = "1.2.3", ["response_url"] = "http://127.0.0.1:1/hooks/x",
    });

    [Theory]
    [InlineData("/slack/commands")]
    [InlineData("/slack/interactions")]
    [InlineData("/slack/events")]
    public async Task An_unsigned_request_is_refused_with_401(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(Command, System.Text.Encoding.UTF8, path.EndsWith("events", StringComparison.Ordinal) ? "application/json" : Form) };

        using var response = await Host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("X-Slack-Request-Timestamp", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Slack.Calls, c => c.Method != "auth.test");
    }

    [Fact]
    public async Task A_request_signed_with_another_secret_is_refused_with_401()
    {
        using var request = SlackSigner.Request("/slack/commands", Command, Form, secret: "not-the-signing-secret");

        using var response = await Host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("does not match", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_changed_after_signing_is_refused_with_401()
    {
        using var request = SlackSigner.Request("/slack/commands", Command, Form);
        request.Content = new StringContent(Command.Replace("help", "list", StringComparison.Ordinal), System.Text.Encoding.UTF8, Form);
        request.Content.Headers.ContentType = new(Form);

        using var response = await Host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_request_signed_now_passes_after_the_local_clock_was_moved_a_day_on()
    {
        // Someone trying the bot moves local mode's clock to see tomorrow's nudges; Slack still signs with real time.
        Host.Services.GetRequiredService<LocalClock>().Advance(TimeSpan.FromDays(1));
        using var request = SlackSigner.Request("/slack/commands", Command, Form);

        using var response = await Host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_replayed_request_six_minutes_old_is_refused_with_401()
    {
        using var request = SlackSigner.Request("/slack/commands", Command, Form, timestamp: SlackSigner.Now - 6 * 60);

        using var response = await Host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("5 minutes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Task.Delay(300);
        Assert.DoesNotContain(Slack.Calls, c => c.Method != "auth.test");
    }

    [Theory]
    [InlineData("/slack/commands", "text=help", Form)]
    [InlineData("/slack/interactions", "nothing=here", Form)]
    [InlineData("/slack/interactions", "payload=%7Bnot%20json", Form)]
    [InlineData("/slack/interactions", "payload=%5B1%2C2%5D", Form)]
    [InlineData("/slack/interactions", "payload=%7B%22type%22%3A%22block_actions%22%7D", Form)]
    // Found by the fault tests' fuzzing: a "team" or "user" that is not an object threw (500).
    [InlineData("/slack/interactions", "payload=%7B%22type%22%3A%22block_actions%22%2C%22team%22%3A%22T0TEAM%22%2C%22user%22%3A%7B%22id%22%3A%22U0RILEY%22%7D%7D", Form)]
    [InlineData("/slack/interactions", "payload=%7B%22type%22%3A%22block_actions%22%2C%22team%22%3A%7B%22id%22%3A%22T0TEAM%22%7D%2C%22user%22%3A%5B%22U0RILEY%22%5D%7D", Form)]
    [InlineData("/slack/events", "{not json", "application/json")]
    [InlineData("/slack/events", "[]", "application/json")]
    [InlineData("/slack/events", "{\"type\":\"event_callback\"}", "application/json")]
    [InlineData("/slack/events", "", "application/json")]
    public async Task A_correctly_signed_but_malformed_request_gets_400(string path, string body, string contentType)
    {
        using var request = SlackSigner.Request(path, body, contentType);

        using var response = await Host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/slack/events", """{"type":"url_verification","challenge":"\ud800"}""", "application/json")]
    [InlineData("/slack/events", """{"type":"\ud800"}""", "application/json")]
    [InlineData("/slack/events", """{"type":"event_callback","team_id":"T0TEAM","event_id":"Ev1","event":{"type":"message","channel_type":"im","channel":"D0RILEY","user":"U0RILEY","text":"help \udc00","ts":"1.2"}}""", "application/json")]
    [InlineData("/slack/interactions", "payload=%7B%22type%22%3A%22%5Cud800%22%7D", Form)]
    [InlineData("/slack/interactions", "payload=%7B%22type%22%3A%22block_actions%22%2C%22team%22%3A%7B%22id%22%3A%22T0TEAM%22%7D%2C%22user%22%3A%7B%22id%22%3A%22U0RILEY%22%2C%22name%22%3A%22%5Cud800%22%7D%7D", Form)]
    public async Task A_signed_body_with_a_lone_surrogate_gets_400_with_the_reason(string path, string body, string contentType)
    {
        // Found from outside: JSON may escape half of a surrogate pair ("\ud800"), which is no text at all; reading it threw (500).
        using var request = SlackSigner.Request(path, body, contentType);

        using var response = await Host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("surrogate", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Task.Delay(300);
        Assert.DoesNotContain(Slack.Calls, c => c.Method != "auth.test");
    }

    [Fact]
    public async Task A_slash_command_whose_text_is_not_UTF8_is_not_a_5xx()
    {
        // A form value is percent-encoded bytes; bytes that are not UTF-8 (here an encoded lone surrogate) become U+FFFD when read.
        using var request = SlackSigner.Request("/slack/commands", Command.Replace("text=help", "text=help%ED%A0%80", StringComparison.Ordinal), Form);

        using var response = await Host.CreateClient().SendAsync(request);

        Assert.True((int)response.StatusCode < 500, $"got {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("/slack/commands", "application/json")]
    [InlineData("/slack/interactions", "text/plain")]
    [InlineData("/slack/events", Form)]
    public async Task A_signed_request_with_the_wrong_content_type_gets_400(string path, string contentType)
    {
        using var request = SlackSigner.Request(path, "{}", contentType);

        using var response = await Host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Slack sends this as", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsigned_request_gets_401_whatever_its_content_type()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new StringContent("<xml/>", System.Text.Encoding.UTF8, "text/xml") };

        using var response = await Host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_body_larger_than_Slack_ever_sends_gets_413()
    {
        using var request = SlackSigner.Request("/slack/events", new JsonObject { ["type"] = "event_callback", ["pad"] = new string('x', 600 * 1024) }.ToJsonString(), "application/json");

        using var response = await Host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
