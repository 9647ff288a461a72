using System.Net;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

public sealed class StartupTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Healthz_answers_200_once_the_database_is_ready()
    {
        await using var host = new BotHost(_data);

        using var response = await host.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.True(File.Exists(_data.DatabaseFile));
    }

    [Theory]
    [InlineData("MicrosoftAppPassword", "MicrosoftAppId", "app-id-123")]
    [InlineData("MicrosoftAppTenantId", "MicrosoftAppType", "SingleTenant")]
    [InlineData("Database:Provider", "Database:Provider", "Oracle")]
    [InlineData("Nudges:DefaultTimeZone", "Nudges:DefaultTimeZone", "Mars/Base")]
    public void Misconfiguration_stops_startup_with_a_message_naming_the_setting(string named, string key, string value)
    {
        var settings = new Dictionary<string, string?> { [key] = value };
        if (key == "MicrosoftAppType")
        {
            settings["MicrosoftAppId"] = "app-id-123";
            settings["MicrosoftAppPassword"] = "secret";
        }
        using var host = new BotHost(_data, settings);

        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains(named, Flatten(failure));
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);
}
