using System.Net;
using InterviewBot.Core.Ports;
using InterviewBot.Slack.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Slack.Tests;

/// <summary>Slack is off without a token; a combination that cannot work stops startup with the setting's name.</summary>
public sealed class SettingsTests : IAsyncLifetime
{
    private FakeSlackApi _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public void A_bot_token_without_a_signing_secret_in_HTTP_mode_stops_startup_naming_the_secret()
    {
        using var host = new SlackHost(_slack, new Dictionary<string, string?> { ["Slack:SigningSecret"] = "" });

        var failure = Assert.ThrowsAny<Exception>(() => host.Server);

        Assert.Contains("Slack:SigningSecret", Flatten(failure), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Slack:AppToken", "xoxb-not-an-app-token", "Slack:AppToken")]
    [InlineData("Slack:BotToken", "xoxp-a-user-token", "Slack:BotToken")]
    [InlineData("Slack:ApiBaseUrl", "not a url", "Slack:ApiBaseUrl")]
    [InlineData("Slack:ClientId", "1234567890.0987654321", "Slack:ClientSecret")]
    [InlineData("Slack:ClientSecret", "a-client-secret", "Slack:ClientId")]
    public void A_malformed_setting_stops_startup_naming_it(string key, string value, string named)
    {
        var failure = Assert.Throws<SettingException>(() => Add(new() { [key] = value }));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signing_secret_without_a_bot_token_names_the_bot_token()
    {
        var failure = Assert.Throws<SettingException>(() => Add(new() { ["Slack:BotToken"] = "" }));

        Assert.Contains("Slack:BotToken", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Installs_into_workspaces_need_the_signing_secret()
    {
        var failure = Assert.Throws<SettingException>(() => Add(new()
        {
            ["Slack:BotToken"] = "", ["Slack:SigningSecret"] = "", ["Slack:ClientId"] = "1234567890.0987654321", ["Slack:ClientSecret"] = "a-client-secret",
        }));

        Assert.Contains("Setting Slack:SigningSecret is missing", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_Slack_setting_nothing_of_Slack_is_registered()
    {
        var services = new ServiceCollection();

        services.AddSlackChannel(new ConfigurationBuilder().Build());

        Assert.Empty(services);
    }

    [Fact]
    public async Task Without_a_token_the_Slack_endpoints_do_not_exist()
    {
        using var host = new SlackHost(_slack, new Dictionary<string, string?> { ["Slack:SigningSecret"] = "", ["Slack:BotToken"] = "" });

        using var response = await host.CreateClient().SendAsync(SlackSigner.Request("/slack/events", "{}", "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(host.Services.GetServices<IChatTransport>(), m => m.Platform == "slack");
    }

    [Fact]
    public void A_bot_token_Slack_refuses_stops_startup_naming_the_bot_token()
    {
        _slack.RefuseNext("auth.test", "invalid_auth");
        using var host = new SlackHost(_slack);

        var failure = Assert.ThrowsAny<Exception>(() => host.Server);

        Assert.Contains("Slack:BotToken", Flatten(failure), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("invalid_auth")]
    [InlineData("not_authed")]
    public void An_app_token_Slack_refuses_stops_startup_naming_the_app_token(string error)
    {
        _slack.RefuseNext("apps.connections.open", error);
        using var host = new SlackHost(_slack, new Dictionary<string, string?> { ["Slack:AppToken"] = SlackHost.AppToken, ["Slack:SigningSecret"] = "" });

        var failure = Assert.ThrowsAny<Exception>(() => host.Server);

        Assert.Contains("Slack:AppToken", Flatten(failure), StringComparison.Ordinal);
        Assert.Contains(error, Flatten(failure), StringComparison.Ordinal);
    }

    [Fact]
    public void Slack_failing_at_start_up_is_asked_once_and_start_up_goes_on()
    {
        _slack.FailNext("auth.test", 503, count: 5);
        using var host = new SlackHost(_slack);

        _ = host.Server;

        // Not tried again with waits of 1, 2 and 4 s before the host may start; the bot tries as requests come.
        Assert.Equal(1, _slack.Calls.Count(c => c.Method == "auth.test"));
    }

    private Dictionary<string, string?> Defaults() => new()
    {
        ["Slack:SigningSecret"] = SlackSigner.Secret,
        ["Slack:BotToken"] = SlackHost.BotToken,
        ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl,
    };

    private void Add(Dictionary<string, string?> changes)
    {
        var values = Defaults();
        foreach (var (key, value) in changes) values[key] = value;
        new ServiceCollection().AddSlackChannel(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
    }

    private static string Flatten(Exception failure) =>
        failure is AggregateException all ? string.Join("\n", all.InnerExceptions.Select(Flatten)) : failure.Message + "\n" + (failure.InnerException is { } inner ? Flatten(inner) : "");
}
