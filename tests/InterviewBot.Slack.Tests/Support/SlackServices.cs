using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Slack.Tests.Support;

/// <summary>The Slack channel's services alone (no host), pointed at the stand-in.</summary>
public static class SlackServices
{
    public static ServiceProvider For(FakeSlackApi slack, Action<IServiceCollection>? more = null, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackSigner.Secret,
            ["Slack:BotToken"] = SlackHost.BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var services = new ServiceCollection().AddLogging();
        more?.Invoke(services);
        services.AddSlackChannel(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        return services.BuildServiceProvider();
    }
}
