using System.Reflection;
using System.Text.Json.Nodes;
using InterviewBot.Slack.Api;
using InterviewBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Slack.Tests;

/// <summary>The thin Web API client: Slack's wire format, its errors named by method, and the SlackNet-style signature lint.</summary>
public sealed class WebApiTests : IAsyncLifetime
{
    private FakeSlackApi _slack = null!;
    private ServiceProvider _services = null!;

    private SlackApi Api => _services.GetRequiredService<SlackApi>();

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _services = SlackServices.For(_slack, settings: new Dictionary<string, string?> { ["Slack:AppToken"] = SlackHost.AppToken });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public void Every_Web_API_method_ends_with_an_optional_cancellation_token()
    {
        var families = typeof(SlackApi).Assembly.GetTypes()
            .Where(t => !t.IsNested && t.Namespace == typeof(SlackApi).Namespace && t.Name.EndsWith("Api", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(typeof(ChatApi), families);

        var methods = families.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)).Where(m => !m.IsSpecialName).ToList();
        Assert.NotEmpty(methods);
        foreach (var method in methods)
        {
            var last = method.GetParameters().LastOrDefault();
            var ok = last is { Name: "cancellationToken", HasDefaultValue: true } && last.ParameterType == typeof(CancellationToken);
            Assert.True(ok, $"{method.DeclaringType!.Name}.{method.Name} must end with CancellationToken cancellationToken = default");
        }
    }

    [Fact]
    public async Task Slack_refusing_a_call_is_a_typed_error_naming_the_method()
    {
        _slack.RefuseNext("chat.postMessage", "channel_not_found");

        var refused = await Assert.ThrowsAsync<SlackApiException>(() => Api.Chat.PostMessageAsync("C0GONE", "hi"));

        Assert.Equal("chat.postMessage", refused.Method);
        Assert.Equal("channel_not_found", refused.Error);
        Assert.False(refused.IsTransient);
        Assert.Contains("chat.postMessage", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_and_views_go_as_JSON_and_lookups_as_forms_with_the_bot_token()
    {
        await Api.Chat.PostMessageAsync("C0CHAN", "hello", [new JsonObject { ["type"] = "divider" }]);
        var user = await Api.Users.InfoAsync("U0RILEY");
        var dm = await Api.Conversations.OpenAsync("U0RILEY");

        var post = _slack.Accepted("chat.postMessage").Single();
        Assert.StartsWith("application/json", post.ContentType, StringComparison.Ordinal);
        Assert.Equal("C0CHAN", post.Channel);
        Assert.Equal("divider", post.Blocks![0]!["type"]!.GetValue<string>());
        var info = _slack.Accepted("users.info").Single();
        Assert.StartsWith("application/x-www-form-urlencoded", info.ContentType, StringComparison.Ordinal);
        Assert.Equal("Bearer " + SlackHost.BotToken, info.Authorization);
        Assert.Equal("Europe/Berlin", user.TimeZone);
        Assert.Equal("Riley", user.BestName);
        Assert.Equal(FakeSlackApi.DmOf("U0RILEY"), dm);
    }

    [Fact]
    public async Task Socket_Mode_connections_are_opened_with_the_app_token()
    {
        var url = await Api.Apps.OpenConnectionAsync();

        Assert.Equal("ws", url.Scheme);
        Assert.Equal("Bearer " + SlackHost.AppToken, _slack.Accepted("apps.connections.open").Single().Authorization);
    }

    [Fact]
    public async Task A_429_after_every_retry_is_a_transient_rate_limit_error()
    {
        _slack.ThrottleNext("users.info", count: 20, retryAfterSeconds: 0);

        var limited = await Assert.ThrowsAsync<SlackApiException>(() => Api.Users.InfoAsync("U0RILEY"));

        Assert.Equal(SlackApiException.RateLimited, limited.Error);
        Assert.True(limited.IsTransient);
        Assert.Equal(1 + SlackChannelServiceCollectionExtensions.RateLimitRetries, _slack.Calls.Count(c => c.Method == "users.info"));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task A_5xx_is_tried_again_and_the_call_succeeds(int status)
    {
        _slack.FailNext("users.info", status, count: 2);

        var info = await Api.Users.InfoAsync("U0RILEY");

        Assert.Equal("Europe/Berlin", info.TimeZone);
        Assert.Equal(3, _slack.Calls.Count(c => c.Method == "users.info"));
    }
}
