using System.Net;
using System.Text.Json.Nodes;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using InterviewBot.Slack.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Slack.Tests;

/// <summary>
/// The app installed into several workspaces through OAuth v2: the install link, Slack's redirect with
/// the code (exchanged at the stand-in's oauth.v2.access), each workspace answered with its own token,
/// and an uninstall that deletes the tokens and stops the workspace's nudges.
/// </summary>
public sealed class InstallTests : SlackTest
{
    private const string ClientId = "1234567890.0987654321";
    private const string ClientSecret = "test-client-secret";

    private static readonly SlackInstall Alpha = new("T0ALPHA", "Alpha Corp", "xoxb-alpha-7f3c9e21-token", "U0BOTA");
    private static readonly SlackInstall Beta = new("T0BETA", "Beta Ltd", "xoxb-beta-51d0a8b4-token", "U0BOTB");

    /// <summary>Installs only: no single bot token.</summary>
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Slack:BotToken"] = "",
        ["Slack:ClientId"] = ClientId,
        ["Slack:ClientSecret"] = ClientSecret,
        ["Privacy:Admins"] = "U0BOB",
    };

    [Fact]
    public async Task Installing_into_two_workspaces_answers_each_teams_commands_with_its_own_token()
    {
        Slack.AcceptInstall("code-alpha", Alpha);
        Slack.AcceptInstall("code-beta", Beta);

        var installedAlpha = await InstallAsync(Browser(), "code-alpha");
        var installedBeta = await InstallAsync(Browser(), "code-beta");

        Assert.Equal(HttpStatusCode.OK, installedAlpha.Status);
        Assert.Contains("InterviewBot is now in Alpha Corp", installedAlpha.Text, StringComparison.Ordinal);
        Assert.Contains("InterviewBot is now in Beta Ltd", installedBeta.Text, StringComparison.Ordinal);
        var exchange = Slack.Accepted("oauth.v2.access")[0];
        Assert.Equal(ClientId, exchange.Arg("client_id"));
        Assert.Equal(ClientSecret, exchange.Arg("client_secret"));

        var alice = new SlackUser(Host, Slack, "U0ALICE", "alice", Alpha.TeamId);
        var bob = new SlackUser(Host, Slack, "U0BOB", "bob", Beta.TeamId);
        Slack.Clear();
        await SlackUser.BodyAsync(await alice.CommandAsync("help"));
        await Slack.WaitForAsync("chat.postMessage", c => c.Channel == alice.DmChannel);
        Assert.All(Slack.Calls.Where(c => c.Method != "response_url"), c => Assert.Equal("Bearer " + Alpha.BotToken, c.Authorization));

        Slack.Clear();
        await SlackUser.BodyAsync(await bob.SayAsync("help"));
        await Slack.WaitForAsync("chat.postMessage", c => c.Channel == bob.DmChannel);
        Assert.All(Slack.Calls, c => Assert.Equal("Bearer " + Beta.BotToken, c.Authorization));
    }

    [Fact]
    public async Task The_install_link_sends_the_browser_to_Slack_with_the_scopes_and_a_state()
    {
        using var browser = Browser();

        using var response = await browser.GetAsync(SlackInstallEndpoints.InstallPath);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(Slack.BaseUrl + "/oauth/v2/authorize", location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(ClientId, query["client_id"].ToString());
        Assert.Contains("chat:write", query["scope"].ToString().Split(','));
        Assert.False(string.IsNullOrEmpty(query["state"].ToString()));
    }

    [Fact]
    public async Task A_forged_reused_or_other_browsers_state_is_refused_and_installs_nothing()
    {
        Slack.AcceptInstall("code-alpha", Alpha);
        using var browser = Browser();

        var forged = await RedirectAsync(browser, "code-alpha", "forged-state");
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Contains("not made by this bot", forged.Text, StringComparison.Ordinal);

        var state = await StateAsync(browser);
        var elsewhere = await RedirectAsync(Browser(), "code-alpha", state);
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.Status);
        Assert.Contains("another browser", elsewhere.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "oauth.v2.access");

        state = await StateAsync(browser);
        var first = await RedirectAsync(browser, "code-alpha", state);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        var again = await RedirectAsync(browser, "code-alpha", state);
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Single(Slack.Calls, c => c.Method == "oauth.v2.access");
        Assert.Contains("start again at /slack/install", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_install_gets_a_plain_answer_and_nothing_is_installed()
    {
        using var browser = Browser();
        var state = await StateAsync(browser);

        var cancelled = await GetAsync(browser, $"{SlackInstallEndpoints.RedirectPath}?error=access_denied&state={Uri.EscapeDataString(state)}");

        Assert.Equal(HttpStatusCode.BadRequest, cancelled.Status);
        Assert.Contains("the install was cancelled", cancelled.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "oauth.v2.access");
    }

    [Fact]
    public async Task No_token_is_readable_in_the_database_file()
    {
        Slack.AcceptInstall("code-alpha", Alpha with { RefreshToken = "xoxe-1-alpha-refresh-93be2f", ExpiresInSeconds = 43200 });

        Assert.Equal(HttpStatusCode.OK, (await InstallAsync(Browser(), "code-alpha")).Status);

        await using (var scope = Host.Services.CreateAsyncScope())
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IInstallations>().FindAsync(Platforms.Slack, Alpha.TeamId));
        Assert.Empty(Host.DataFolder.FilesHoldingBytesOf(Alpha.BotToken));
        Assert.Empty(Host.DataFolder.FilesHoldingBytesOf("xoxe-1-alpha-refresh-93be2f"));
    }

    [Fact]
    public async Task A_rotating_token_is_refreshed_before_it_expires_and_the_new_one_is_used()
    {
        // Two minutes left: inside the five minutes before expiry in which the bot refreshes.
        Slack.AcceptInstall("code-alpha", Alpha with { RefreshToken = "xoxe-1-alpha-refresh", ExpiresInSeconds = 120, Refreshed = "xoxe.xoxb-alpha-refreshed" });
        Assert.Equal(HttpStatusCode.OK, (await InstallAsync(Browser(), "code-alpha")).Status);
        var alice = new SlackUser(Host, Slack, "U0ALICE", "alice", Alpha.TeamId);
        Slack.Clear();

        await SlackUser.BodyAsync(await alice.SayAsync("help"));

        var answer = await Slack.WaitForAsync("chat.postMessage", c => c.Channel == alice.DmChannel);
        Assert.Equal("Bearer xoxe.xoxb-alpha-refreshed", answer.Authorization);
        var refresh = Assert.Single(Slack.Accepted("oauth.v2.access"));
        Assert.Equal("refresh_token", refresh.Arg("grant_type"));
        Assert.Equal("xoxe-1-alpha-refresh", refresh.Arg("refresh_token"));
    }

    [Fact]
    public async Task Uninstalling_deletes_the_tokens_and_stops_that_workspaces_nudges_while_the_others_go_on()
    {
        Slack.AcceptInstall("code-alpha", Alpha);
        Slack.AcceptInstall("code-beta", Beta);
        await InstallAsync(Browser(), "code-alpha");
        await InstallAsync(Browser(), "code-beta");
        var alice = new SlackUser(Host, Slack, "U0ALICE", "alice", Alpha.TeamId);
        var bob = new SlackUser(Host, Slack, "U0BOB", "bob", Beta.TeamId);
        await BookAsync(alice);
        await BookAsync(bob, "Sam Rivera");

        await SlackUser.BodyAsync(await alice.EventAsync(new JsonObject { ["type"] = "app_uninstalled" }));

        await WaitUntilAsync(async () =>
        {
            await using var scope = Host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IInstallations>().FindAsync(Platforms.Slack, Alpha.TeamId) is null;
        }, "Alpha's installation to be deleted");
        Slack.Clear();
        using var advanced = await Host.CreateClient().PostAsync("/dev/clock/advance?hours=240", null);
        advanced.EnsureSuccessStatusCode();

        Assert.Contains(Slack.Accepted("chat.postMessage"), c => c.Channel == bob.DmChannel && c.Authorization == "Bearer " + Beta.BotToken);
        Assert.DoesNotContain(Slack.Calls, c => c.Channel == alice.DmChannel || c.Authorization == "Bearer " + Alpha.BotToken);
        Assert.NotNull((await WorkspaceAsync(Alpha.TeamId))?.UninstalledUtc); // its data stays until retention deletes it
    }

    [Fact]
    public async Task An_uninstalled_workspaces_data_is_deleted_after_the_configured_days_and_only_its()
    {
        Slack.AcceptInstall("code-alpha", Alpha);
        Slack.AcceptInstall("code-beta", Beta);
        await InstallAsync(Browser(), "code-alpha");
        await InstallAsync(Browser(), "code-beta");
        var alice = new SlackUser(Host, Slack, "U0ALICE", "alice", Alpha.TeamId);
        await BookAsync(alice, "Jordan Lee");
        await BookAsync(new SlackUser(Host, Slack, "U0BOB", "bob", Beta.TeamId), "Sam Rivera");
        await UninstallAsync(alice);
        var now = Host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

        Assert.Equal(0, await SweepAsync(now.AddDays(29)));
        Assert.NotNull(await WorkspaceAsync(Alpha.TeamId));
        Assert.Equal(1, await SweepAsync(now.AddDays(31)));

        Assert.Null(await WorkspaceAsync(Alpha.TeamId));
        Assert.Empty(Host.DataFolder.FilesHoldingBytesOf("Jordan Lee"));
        Assert.NotNull(await WorkspaceAsync(Beta.TeamId));
        Assert.NotEmpty(Host.DataFolder.FilesHoldingBytesOf("Sam Rivera"));
    }

    [Fact]
    public async Task A_privacy_admin_deletes_a_removed_workspaces_data_at_once_instead_of_after_the_days()
    {
        Slack.AcceptInstall("code-alpha", Alpha);
        Slack.AcceptInstall("code-beta", Beta);
        await InstallAsync(Browser(), "code-alpha");
        await InstallAsync(Browser(), "code-beta");
        var alice = new SlackUser(Host, Slack, "U0ALICE", "alice", Alpha.TeamId);
        var bob = new SlackUser(Host, Slack, "U0BOB", "bob", Beta.TeamId);
        await BookAsync(alice, "Jordan Lee");
        await BookAsync(bob, "Sam Rivera");
        await UninstallAsync(alice);

        Slack.Clear();
        await SlackUser.BodyAsync(await bob.SayAsync("privacy removed"));
        var removed = await Slack.WaitForAsync("chat.postMessage", c => c.Channel == bob.DmChannel);
        Assert.Contains("Alpha Corp", removed.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Beta Ltd", removed.AllText, StringComparison.Ordinal);
        await SlackUser.BodyAsync(await bob.TapAsync(removed, "Delete now"));

        await WaitUntilAsync(async () => await WorkspaceAsync(Alpha.TeamId) is null, "the removed workspace to be deleted");
        // The rows go at the commit; the checkpoint that takes their text off the files runs just after it.
        await WaitUntilAsync(() => Task.FromResult(Host.DataFolder.FilesHoldingBytesOf("Jordan Lee").Count == 0), "the removed workspace's data to leave the files");
        Assert.NotNull(await WorkspaceAsync(Beta.TeamId));
        Assert.NotEmpty(Host.DataFolder.FilesHoldingBytesOf("Sam Rivera"));
    }

    [Fact]
    public async Task Only_a_privacy_admin_may_list_or_delete_removed_workspaces()
    {
        Slack.AcceptInstall("code-beta", Beta);
        await InstallAsync(Browser(), "code-beta");
        var carol = new SlackUser(Host, Slack, "U0CAROL", "carol", Beta.TeamId);

        Slack.Clear();
        await SlackUser.BodyAsync(await carol.SayAsync("privacy removed"));

        var answer = await Slack.WaitForAsync("chat.postMessage", c => c.Channel == carol.DmChannel);
        Assert.Contains("Only privacy admins can do that", answer.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reinstall_before_then_keeps_the_workspaces_data()
    {
        Slack.AcceptInstall("code-alpha", Alpha);
        Slack.AcceptInstall("code-alpha-again", Alpha with { BotToken = "xoxb-alpha-second-install" });
        await InstallAsync(Browser(), "code-alpha");
        var alice = new SlackUser(Host, Slack, "U0ALICE", "alice", Alpha.TeamId);
        await BookAsync(alice, "Jordan Lee");
        await UninstallAsync(alice);

        Assert.Equal(HttpStatusCode.OK, (await InstallAsync(Browser(), "code-alpha-again")).Status);
        var now = Host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        Assert.Equal(0, await SweepAsync(now.AddDays(31)));

        Assert.Null((await WorkspaceAsync(Alpha.TeamId))!.UninstalledUtc);
        Slack.Clear();
        await SlackUser.BodyAsync(await alice.CommandAsync("list"));
        var list = await Slack.WaitForAsync("chat.postMessage", c => c.Channel == alice.DmChannel);
        Assert.Contains("Jordan Lee", list.AllText, StringComparison.Ordinal);
        Assert.Equal("Bearer xoxb-alpha-second-install", list.Authorization);
    }

    private async Task UninstallAsync(SlackUser user)
    {
        await SlackUser.BodyAsync(await user.EventAsync(new JsonObject { ["type"] = "app_uninstalled" }));
        await WaitUntilAsync(async () => (await WorkspaceAsync(Alpha.TeamId))?.UninstalledUtc is not null, "the workspace to be marked uninstalled");
    }

    private async Task<int> SweepAsync(DateTime nowUtc)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Core.Privacy.UninstalledWorkspaceSweep>().RunAsync(nowUtc);
    }

    private async Task<Workspace?> WorkspaceAsync(string teamId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkspaces>().FindAsync(Platforms.Slack, teamId);
    }

    private HttpClient Browser() => Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Opens the install link in <paramref name="browser"/> and returns the state Slack would carry back.</summary>
    private static async Task<string> StateAsync(HttpClient browser)
    {
        using var response = await browser.GetAsync(SlackInstallEndpoints.InstallPath);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return QueryHelpers.ParseQuery(response.Headers.Location!.Query)["state"].ToString();
    }

    /// <summary>The whole install in one browser: the link, Slack's approval, and its redirect back with the code.</summary>
    internal static async Task<(HttpStatusCode Status, string Text)> InstallAsync(HttpClient browser, string code)
    {
        using (browser)
            return await RedirectAsync(browser, code, await StateAsync(browser));
    }

    private static Task<(HttpStatusCode Status, string Text)> RedirectAsync(HttpClient browser, string code, string state) =>
        GetAsync(browser, $"{SlackInstallEndpoints.RedirectPath}?code={Uri.EscapeDataString(code)}&state={Uri.EscapeDataString(state)}");

    private static async Task<(HttpStatusCode Status, string Text)> GetAsync(HttpClient browser, string url)
    {
        using var response = await browser.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> done, string what)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await done()) return;
            await Task.Delay(50);
        }
        throw new TimeoutException($"Waited 10 s for {what}.");
    }
}
