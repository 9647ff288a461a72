using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Host.Tests.Support;

/// <summary>
/// The real host in memory, on its own SQLite file. Two hosts made with the same
/// <see cref="DataFolder"/> share a database, which is how a restart is simulated.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public BotHost(TempFolder dataFolder, IDictionary<string, string?>? settings = null)
    {
        DataFolder = dataFolder;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:InterviewBot"] = dataFolder.ConnectionString,
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public TempFolder DataFolder { get; }

    /// <summary>The hosting environment; Development unless a test says otherwise.</summary>
    public string Environment { get; init; } = "Development";

    /// <summary>More service registrations after the host's own (a store that fails, a log capture…).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Where log messages go besides the console, at every level, when set.</summary>
    public ILoggerProvider? Logs { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Outside Development the host needs a certificate for its Data Protection keys: a test's own settings win.
        if (Environment != "Development")
            foreach (var (key, value) in TestCertificate.Settings) _settings.TryAdd(key, value);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.UseEnvironment(Environment);
        builder.ConfigureLogging(logging =>
        {
            if (Logs is null)
            {
                logging.SetMinimumLevel(LogLevel.Warning);
                return;
            }
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(Logs);
        });
        if (TestServices is not null) builder.ConfigureTestServices(TestServices);
    }

    public async Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, string? bearerToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        return await CreateClient().SendAsync(request);
    }
}
