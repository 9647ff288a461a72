using InterviewBot.Core.Ports;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Teams;

public static class TeamsChannelServiceCollectionExtensions
{
    /// <summary>
    /// The Bot Framework channel: authentication from configuration (off when MicrosoftAppId is
    /// empty), the adapter, the bot, and the transport for replies and proactive messages. Invalid settings stop
    /// startup with the setting's name.
    /// </summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = BotFrameworkSettings.From(configuration);
        settings.Validate();
        services.AddSingleton(settings);
        // Without authentication, which service URLs the bot takes and calls (MessagesEndpoint, ConnectorClientCache):
        // this machine's, unless whoever turned authentication off says more in ServiceUrlOptions.
        services.AddOptions<ServiceUrlOptions>();
        services.AddSingleton<ServiceUrlGuard>();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new TeamsDeliveryOptions());

        // Pooled connections for replies and proactive sends alike. The connector clients holding these
        // HttpClients are kept for the life of the process (ConnectorClientCache), so connections are
        // renewed by age instead of by the factory's handler rotation (new DNS answers are picked up).
        services.AddHttpClient(BotConnectorHttpClients.Name)
            .ConfigureHttpClient((sp, client) => client.Timeout = sp.GetRequiredService<TeamsDeliveryOptions>().RequestTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = BotConnectorHttpClients.ConnectionLifetime });
        services.AddSingleton<ConnectorClientCache>();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ReusingBotFrameworkAuthentication(
            new ConfigurationBotFrameworkAuthentication(configuration,
                httpClientFactory: new BotConnectorHttpClients(sp.GetRequiredService<IHttpClientFactory>()),
                logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            sp.GetRequiredService<ConnectorClientCache>()));

        // CloudAdapter's constructors are ambiguous for DI, so build it with a factory.
        services.AddSingleton(sp =>
        {
            var adapter = new InterviewBotAdapter(
                sp.GetRequiredService<BotFrameworkAuthentication>(),
                sp.GetRequiredService<ILogger<InterviewBotAdapter>>());
            if (settings.IsAuthenticationOff) Log.AuthenticationOff(sp.GetRequiredService<ILogger<InterviewBotAdapter>>());
            return adapter;
        });
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<InterviewBotAdapter>());

        // The way out, for replies and nudges alike. Singletons: the adapter, the settings and the rate
        // limiter's counts are process-wide, and the transport holds no per-request state (a reply's turn
        // travels with it). Other channels add their own IChatTransport.
        services.AddSingleton<OutboundRateLimiter>();
        services.AddSingleton<TeamsTransport>();
        services.AddSingleton<IChatTransport>(sp => sp.GetRequiredService<TeamsTransport>());

        services.AddScoped<IBot, TeamsBot>();
        return services;
    }
}
