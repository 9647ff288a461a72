using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack.Tests.Support;

/// <summary>
/// The real host in memory (its Program wires Slack with AddSlackChannel and MapSlackChannel), on its
/// own SQLite file, with the Slack settings pointing at the stand-in.
/// </summary>
public sealed class SlackHost : WebApplicationFactory<Program>
{
    public const string BotToken = "xoxb-test-token";
    public const string AppToken = "xapp-1-test-token";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public SlackHost(FakeSlackApi slack, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:InterviewBot"] = DataFolder.ConnectionString,
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["Slack:SigningSecret"] = SlackSigner.Secret,
            ["Slack:BotToken"] = BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public TempFolder DataFolder { get; } = new();

    /// <summary>What the host logged as errors, for a failing test's message.</summary>
    public HostErrors Errors { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddProvider(Errors));
        if (_services is not null) builder.ConfigureServices(_services);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) DataFolder.Dispose();
    }
}
