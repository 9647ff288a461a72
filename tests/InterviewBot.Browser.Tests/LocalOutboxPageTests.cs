using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewBot.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewBot.Browser.Tests;

/// <summary>
/// The local page's Outbox in real headless Chromium: with no SMTP server configured, an invitation the bot
/// e-mails shows up in the panel – subject, to whom, replies to whom and the text – and nothing leaves the machine.
/// </summary>
public sealed class LocalOutboxPageTests
{
    private const string Key = "browser-test-key-0123456789-abcdef";

    static LocalOutboxPageTests() => SetDefaultExpectTimeout(30_000);

    [ChromiumFact]
    public async Task An_emailed_invitation_shows_in_the_outbox_panel()
    {
        Chromium.EnsureInstalled();
        await using var host = await HostProcess.StartAsync(new()
        {
            Settings = new Dictionary<string, string> { ["Api:Keys:0:Key"] = Key, ["Api:Keys:0:Tenant"] = "local" },
        });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions());
        var page = await browser.NewPageAsync();
        await page.GotoAsync(host.Url.ToString());
        var outbox = page.GetByRole(AriaRole.Region, new() { Name = "Outbox" });
        await Expect(outbox).ToContainTextAsync("No e-mail yet.");

        using var api = new HttpClient { BaseAddress = host.Url };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        var start = DateTime.UtcNow.AddDays(8).Date.AddHours(13);
        using var booked = await api.PostAsJsonAsync("/api/interviews", new JsonObject
        {
            ["recruiter"] = new JsonObject { ["platformUserId"] = "local-user-riley", ["name"] = "Riley Recruiter", ["email"] = "riley@contoso.example" },
            ["candidate"] = new JsonObject { ["name"] = "Jordan Lee", ["email"] = "jordan@example.test" },
            ["role"] = "Backend engineer",
            ["start"] = start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["end"] = start.AddMinutes(30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["timeZone"] = "Europe/Berlin",
            ["emailInvitation"] = true,
        });
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);

        var mail = outbox.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Phone screen: Backend engineer" });
        await Expect(mail).ToHaveCountAsync(1);
        await Expect(outbox.GetByText("No e-mail yet.")).ToBeHiddenAsync();
        await mail.GetByText("Phone screen: Backend engineer").ClickAsync();
        await Expect(mail).ToContainTextAsync("To Jordan Lee <jordan@example.test> · replies to riley@contoso.example");
        await Expect(mail).ToContainTextAsync("invite.ics (REQUEST)");
        await Expect(mail).ToContainTextAsync("Hi Jordan,");
    }
}
