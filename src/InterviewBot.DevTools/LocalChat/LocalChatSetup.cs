using InterviewBot.Core.Mail;
using InterviewBot.Core.Ports;
using InterviewBot.DevTools.Clock;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace InterviewBot.DevTools.LocalChat;

/// <summary>
/// The local chat page: in local mode the host serves a chat at <c>/</c> that talks to the bot through
/// <c>/api/messages</c> and a local connector, renders cards with Microsoft's Adaptive Cards renderer,
/// and moves the local clock. Added by <see cref="LocalModeSetup"/> in local mode only.
/// </summary>
internal static class LocalChatSetup
{
    public static IServiceCollection AddLocalChat(this IServiceCollection services)
    {
        services.AddSingleton(new LocalChatOptions(Path.Combine(AppContext.BaseDirectory, "LocalChat", "wwwroot")));
        services.AddSingleton<ChatRooms>();
        // E-mail stays on this machine: it lands in the page's Outbox (SMTP, when configured, replaces this).
        services.AddSingleton<LocalOutbox>();
        services.AddSingleton<IMailSender>(sp => sp.GetRequiredService<LocalOutbox>());
        services.AddSingleton(new MailOptions(true, "interviewbot@localhost", "InterviewBot (local Outbox)"));
        // The page's server side posts to this host's own /api/messages over loopback: no proxy, no pooling surprises.
        services.AddHttpClient(ChatEndpoints.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseProxy = false });
        return services;
    }

    /// <summary>
    /// Maps the page, its event stream, the local connector, the schedule lookup and the Outbox – only when
    /// <see cref="AddLocalChat"/> ran and the local clock is there; otherwise maps nothing.
    /// </summary>
    public static IEndpointRouteBuilder MapLocalChat(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        if (services.GetService<ChatRooms>() is null || services.GetService<LocalClock>() is null) return endpoints;

        var options = services.GetRequiredService<LocalChatOptions>();
        endpoints.MapPage(options);
        endpoints.MapChat();
        endpoints.MapSchedule();
        if (services.GetService<LocalOutbox>() is not null) LocalOutbox.Map(endpoints);
        endpoints.MapLocalConnector();
        SayWhereOnStart(services, options);
        return endpoints;
    }

    /// <summary>Tells the person who just ran the host where to open the chat (or what is missing).</summary>
    private static void SayWhereOnStart(IServiceProvider services, LocalChatOptions options)
    {
        var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("InterviewBot.LocalChat");
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
            var where = addresses?.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? addresses?.FirstOrDefault();
            if (where is null) return; // an in-memory test server
            var url = where.TrimEnd('/') + "/";
            if (PageEndpoints.HasRenderers(options)) LocalChatLog.PageReady(logger, url);
            else LocalChatLog.RenderersMissing(logger, options.AssetsRoot);
        });
    }
}
