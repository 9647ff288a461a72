using InterviewBot.DevTools.LocalChat;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Browser.Tests.Support;

/// <summary>The real host in memory on its own SQLite file, in local mode unless an app id is given.</summary>
public sealed class LocalChatHost : WebApplicationFactory<Program>
{
    private readonly TempFolder _data = new();
    private readonly Dictionary<string, string?> _settings;
    private readonly string? _assetsRoot;

    /// <param name="appId">A Bot Framework app id: the host is then not in local mode.</param>
    /// <param name="assetsRoot">Where the page's files are, instead of the build output (to leave the renderers out).</param>
    public LocalChatHost(string? appId = null, string? assetsRoot = null)
    {
        _assetsRoot = assetsRoot;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:InterviewBot"] = _data.ConnectionString,
            ["MicrosoftAppId"] = appId ?? "",
            ["MicrosoftAppPassword"] = appId is null ? "" : "a-client-secret",
        };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        if (_assetsRoot is not null)
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(new LocalChatOptions(_assetsRoot))));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _data.Dispose();
    }
}
