using System.Net;
using InterviewBot.Slack.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InterviewBot.Slack.Tests;

/// <summary>
/// With installs on and the single bot token kept for its own workspace, that workspace has no
/// installation: which token its calls carry is looked up once for a while, not on every call, and an
/// install that lands there is used from its next call on.
/// </summary>
public sealed class TokenLookupTests : SlackTest
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Slack:ClientId"] = "1234567890.0987654321",
        ["Slack:ClientSecret"] = "test-client-secret",
    };

    [Fact]
    public async Task A_workspace_with_no_installation_is_looked_up_once_not_on_every_call_and_an_install_there_is_used_next()
    {
        await SlackUser.BodyAsync(await Riley.SayAsync("help"));
        await Slack.WaitForAsync("chat.postMessage", c => c.Channel == Riley.DmChannel);
        Slack.Clear();

        using var queries = new QueryCounter(Host.DataFolder.DatabaseFile);
        await SlackUser.BodyAsync(await Riley.SayAsync("help"));
        await Slack.WaitForAsync("chat.postMessage", c => c.Channel == Riley.DmChannel);
        Slack.Clear();
        await SlackUser.BodyAsync(await Riley.SayAsync("my interviews"));
        await Slack.WaitForAsync("chat.postMessage", c => c.Channel == Riley.DmChannel);

        Assert.All(Slack.Calls, c => Assert.Equal("Bearer " + SlackHost.BotToken, c.Authorization));
        Assert.Empty(queries.Reading("Installations"));

        var own = new SlackInstall(FakeSlackApi.TeamId, "Contoso", "xoxb-contoso-installed-token");
        Slack.AcceptInstall("code-contoso", own);
        var installed = await InstallTests.InstallAsync(Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), "code-contoso");
        Assert.Equal(HttpStatusCode.OK, installed.Status);
        Slack.Clear();

        await SlackUser.BodyAsync(await Riley.SayAsync("help"));
        var answer = await Slack.WaitForAsync("chat.postMessage", c => c.Channel == Riley.DmChannel);
        Assert.Equal("Bearer " + own.BotToken, answer.Authorization);
    }
}
