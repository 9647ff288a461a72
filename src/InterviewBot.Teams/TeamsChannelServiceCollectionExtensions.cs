using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Teams;

public static class TeamsChannelServiceCollectionExtensions
{
    /// <summary>
    /// The Bot Framework channel: authentication from configuration (off when MicrosoftAppId is
    /// empty), the adapter, and the bot. Invalid settings stop startup with the setting's name.
    /// </summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = BotFrameworkSettings.From(configuration);
        settings.Validate();
        services.AddSingleton(settings);

        services.AddSingleton<BotFrameworkAuthentication>(sp =>
            new ConfigurationBotFrameworkAuthentication(configuration, logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));

        // CloudAdapter's constructors are ambiguous for DI, so build it with a factory.
        services.AddSingleton(sp =>
        {
            var adapter = new InterviewBotAdapter(
                sp.GetRequiredService<BotFrameworkAuthentication>(),
                sp.GetRequiredService<IServiceScopeFactory>(),
                sp.GetRequiredService<ILogger<InterviewBotAdapter>>());
            if (settings.IsLocalMode) Log.AuthenticationOff(sp.GetRequiredService<ILogger<InterviewBotAdapter>>());
            return adapter;
        });
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<InterviewBotAdapter>());

        services.AddScoped<ReplySender>();
        services.AddScoped<ConversationBook>();
        services.AddScoped<IBot, TeamsBot>();
        return services;
    }
}
