using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// Without Email:Smtp:Host nothing leaves the machine: in local mode e-mail lands in the local page's Outbox;
/// elsewhere the bot offers no e-mail at all.
/// </summary>
public sealed class LocalOutboxTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task In_local_mode_the_invitation_lands_in_the_outbox_and_is_recorded_as_sent()
    {
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);

        using var booked = await api.Client().PostAsJsonAsync("/api/interviews", Booking());
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var id = (await booked.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();

        var outbox = await WaitForAsync(async () =>
        {
            var mails = (await host.CreateClient().GetFromJsonAsync<JsonArray>("/local/outbox"))!;
            return mails.Count > 0 ? mails : null;
        });
        var mail = Assert.Single(outbox)!.AsObject();
        Assert.Equal("Jordan Lee <jordan@example.test>", mail["to"]!.GetValue<string>());
        Assert.Equal("riley@contoso.example", mail["replyTo"]!.GetValue<string>());
        Assert.Contains("Thu 14 Jan 2027, 15:00–15:30 (Europe/Berlin)", mail["body"]!.GetValue<string>());
        Assert.Equal("invite.ics (REQUEST)", mail["attachment"]!.GetValue<string>());
        var recorded = Assert.Single((await api.InterviewAsync(id))["mails"]!.AsArray())!;
        Assert.Equal("Sent", recorded["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Outside_local_mode_without_smtp_the_invitation_is_refused_plainly_and_nothing_is_booked()
    {
        var settings = NudgeApi.Settings();
        settings["MicrosoftAppId"] = "app-id-123";
        settings["MicrosoftAppPassword"] = "not-a-real-secret";
        await using var host = new BotHost(_data, settings);
        var api = new NudgeApi(host, NudgeApi.Key);

        using var response = await api.Client().PostAsJsonAsync("/api/interviews", Booking());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Email:Smtp:Host", await response.Content.ReadAsStringAsync());
        using var outbox = await host.CreateClient().GetAsync("/local/outbox");
        Assert.NotEqual(HttpStatusCode.OK, outbox.StatusCode);
    }

    [Fact]
    public async Task A_wrong_email_setting_stops_startup_naming_it()
    {
        using var host = new BotHost(_data, new Dictionary<string, string?> { ["Email:Smtp:Host"] = "127.0.0.1", ["Email:Smtp:From"] = "bot@example.test", ["Email:Smtp:Security"] = "Tls" });

        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Email:Smtp:Security", failure.ToString());
    }

    private static JsonObject Booking() => new()
    {
        ["recruiter"] = new JsonObject { ["platformUserId"] = "29:user-riley", ["name"] = "Riley Recruiter", ["email"] = "riley@contoso.example" },
        ["candidate"] = new JsonObject { ["name"] = "Jordan Lee", ["email"] = "jordan@example.test" },
        ["role"] = "Backend engineer",
        ["start"] = "2027-01-14T15:00",
        ["end"] = "2027-01-14T15:30",
        ["timeZone"] = "Europe/Berlin",
        ["emailInvitation"] = true,
    };

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> find) where T : class
    {
        for (var i = 0; i < 300; i++)
        {
            if (await find() is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException("Not seen within 30 s.");
    }
}
