using System.Net;
using InterviewBot.Slack.Tests.Support;
using InterviewBot.Slack.Work;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Slack.Tests;

/// <summary>
/// A rotating token refreshed while the engine has one slot (two cores): the turn refreshing it leaves
/// its slot while oauth.v2.access answers, and another turn of the workspace that waits for the new
/// token must leave the slot too, or neither can go on and every Slack turn stops.
/// </summary>
public sealed class TokenRefreshSlotTests : SlackTest
{
    private static readonly SlackInstall Alpha = new("T0ALPHA", "Alpha Corp", "xoxb-alpha-7f3c9e21-token", "U0BOTA")
    {
        RefreshToken = "xoxe-1-alpha-refresh", ExpiresInSeconds = 120, Refreshed = "xoxe.xoxb-alpha-refreshed",
    };

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Slack:BotToken"] = "",
        ["Slack:ClientId"] = "1234567890.0987654321",
        ["Slack:ClientSecret"] = "test-client-secret",
    };

    protected override Action<IServiceCollection>? Services => services => services.AddSingleton(new EngineSlots(1));

    [Fact]
    public async Task A_second_turn_of_the_workspace_during_a_token_refresh_does_not_stop_the_Slack_turns()
    {
        Slack.AcceptInstall("code-alpha", Alpha);
        var installed = await InstallTests.InstallAsync(Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), "code-alpha");
        Assert.Equal(HttpStatusCode.OK, installed.Status);
        var slots = Host.Services.GetRequiredService<EngineSlots>();
        var alice = new SlackUser(Host, Slack, "U0ALICE", "alice", Alpha.TeamId);
        var bob = new SlackUser(Host, Slack, "U0BOB", "bob", Alpha.TeamId);
        var exchanged = Slack.CallsPerMethod.GetValueOrDefault("oauth.v2.access");
        Slack.Clear();

        // Alice's turn refreshes the token, and Slack is slow to answer; Bob's turn starts meanwhile.
        using (Slack.Hold(c => c.Method == "oauth.v2.access"))
        {
            await SlackUser.BodyAsync(await alice.SayAsync("help"));
            await WaitUntilAsync(() => Slack.CallsPerMethod.GetValueOrDefault("oauth.v2.access") > exchanged, "Alice's refresh reached Slack");
            var started = slots.Started;
            await SlackUser.BodyAsync(await bob.SayAsync("help"));
            await WaitUntilAsync(() => slots.Started > started, "Bob's turn started");
        }

        Assert.Equal("Bearer xoxe.xoxb-alpha-refreshed", (await Slack.WaitForAsync("chat.postMessage", c => c.Channel == alice.DmChannel)).Authorization);
        Assert.Equal("Bearer xoxe.xoxb-alpha-refreshed", (await Slack.WaitForAsync("chat.postMessage", c => c.Channel == bob.DmChannel)).Authorization);
        Assert.Single(Slack.Accepted("oauth.v2.access"));
    }

    private static async Task WaitUntilAsync(Func<bool> done, string what)
    {
        for (var i = 0; i < 500 && !done(); i++) await Task.Delay(20);
        Assert.True(done(), $"Waited 10 s: {what}.");
    }
}
