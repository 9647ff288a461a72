using System.Net;
using InterviewBot.Core.Ports;
using InterviewBot.Slack.Api;
using InterviewBot.Slack.Inbound;
using InterviewBot.Slack.Install;
using InterviewBot.Slack.Outbound;
using InterviewBot.Slack.SocketMode;
using InterviewBot.Slack.Verification;
using InterviewBot.Slack.Work;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace InterviewBot.Slack;

public static class SlackChannelServiceCollectionExtensions
{
    /// <summary>How many times one Web API call waits out a 429 before the caller hears of it.</summary>
    public const int RateLimitRetries = 6;

    /// <summary>How many times one Web API call is tried again after a 5xx or a network failure (1, 2, 4 s, jittered).</summary>
    public const int ServerErrorRetries = 3;

    /// <summary>
    /// The Slack channel, from the <c>Slack</c> settings: nothing when no token is set; otherwise the
    /// Web API client, request verification, the background work queue, the transport for answers and nudges, the
    /// startup token check and, with an app token, Socket Mode. Invalid settings stop startup with the
    /// setting's name. Map the HTTP endpoints with <c>app.MapSlackChannel()</c>.
    /// </summary>
    public static IServiceCollection AddSlackChannel(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = SlackSettings.From(configuration);
        settings.Validate();
        if (settings.IsOff || services.Any(s => s.ServiceType == typeof(SlackSettings))) return services;
        services.AddSingleton(settings);
        services.TryAddSingleton(SlackClock.Real);

        AddWebApi(services);

        // Slack's own clock (real time) for its timestamps and waits, never the application's, which
        // local mode moves forward and Slack knows nothing about.
        services.AddSingleton(sp => new SlackSignatureVerifier(settings.SigningSecret ?? "socket-mode-only", Clock(sp)));
        services.AddSingleton(sp => new RecentEvents(Clock(sp)));
        services.AddSingleton(sp => new ChannelPacer(Clock(sp)));
        services.AddSingleton(sp => new SlackPeople(sp.GetRequiredService<UsersApi>(), Clock(sp), sp.GetRequiredService<ILogger<SlackPeople>>()));
        services.AddSingleton(sp => new SlackInbox(sp.GetRequiredService<SlackWorkLanes>(), sp.GetRequiredService<RecentEvents>(),
            sp.GetRequiredService<SlackBotIdentity>(), sp.GetRequiredService<SlackPeople>(), sp.GetRequiredService<SlackInstallations>(), Clock(sp),
            sp.GetRequiredService<ILogger<SlackInbox>>()));
        services.AddSingleton(sp => new SlackConversationKinds(sp.GetRequiredService<ConversationsApi>(), Clock(sp), sp.GetRequiredService<ILogger<SlackConversationKinds>>()));
        services.AddSingleton<DirectMessageCache>();
        services.AddSingleton<SlackBotIdentity>();
        services.AddHostedService<SlackStartupCheck>();

        // Installs into many workspaces (OAuth): each workspace's token, sealed at rest with Data Protection
        // (the host configures where its keys live); uninstalls are handled in either mode.
        services.AddDataProtection();
        services.AddSingleton<SlackTokens>();
        services.AddSingleton<SlackInstallations>();
        if (settings.UsesOAuth) services.AddSingleton<InstallState>();

        services.AddSingleton(new EngineSlots(EngineSlots.HalfTheCores));
        services.AddSingleton<SlackWorkLanes>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackWorkLanes>());
        services.AddScoped<SlackTurnRunner>();
        services.AddScoped<DirectMessages>();

        // The way out, for answers and nudges alike. Other channels add their own IChatTransport.
        services.AddSingleton<SlackTransport>();
        services.AddSingleton<IChatTransport>(sp => sp.GetRequiredService<SlackTransport>());

        if (settings.UsesSocketMode)
            services.AddHostedService(sp => new SocketModeClient(sp.GetRequiredService<AppsApi>(), sp.GetRequiredService<SlackInbox>(),
                Clock(sp), sp.GetRequiredService<ILogger<SocketModeClient>>()));
        return services;
    }

    private static void AddWebApi(IServiceCollection services)
    {
        services.AddHttpClient(SlackWebApi.HttpClientName, client => client.Timeout = TimeSpan.FromMinutes(3))
            .AddResilienceHandler("slack-rate-limits", (pipeline, context) =>
            {
                var logger = context.ServiceProvider.GetRequiredService<ILogger<SlackWebApi>>();
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    // Only 429: Slack did not act on the request, so sending it again cannot post twice.
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests),
                    ShouldRetryAfterHeader = true,
                    MaxRetryAttempts = RateLimitRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromSeconds(1),
                    MaxDelay = TimeSpan.FromSeconds(60),
                    OnRetry = args =>
                    {
                        Log.RateLimited(logger, args.Outcome.Result?.RequestMessage?.RequestUri?.Segments.LastOrDefault() ?? "?", args.RetryDelay);
                        return default;
                    },
                });
                // A 5xx or a connection that failed: Slack having a bad moment, tried again as @slack/web-api does.
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    ShouldHandle = args => ValueTask.FromResult(
                        (args.Outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError } || args.Outcome.Exception is HttpRequestException)
                        && args.Context.GetRequestMessage()?.Options.TryGetValue(SlackWebApi.TryOnce, out var once) != true),
                    ShouldRetryAfterHeader = false,
                    MaxRetryAttempts = ServerErrorRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromSeconds(1),
                    OnRetry = args =>
                    {
                        var method = args.Outcome.Result?.RequestMessage?.RequestUri?.Segments.LastOrDefault() ?? "?";
                        var outcome = args.Outcome.Result is { } answered ? $"HTTP {(int)answered.StatusCode}" : args.Outcome.Exception?.GetType().Name ?? "?";
                        Log.ServerErrorRetry(logger, outcome, method, args.RetryDelay);
                        return default;
                    },
                });
                // Each try gets 30 s; a hung connection is a failure the caller can report, not a stuck lane.
                pipeline.AddTimeout(TimeSpan.FromSeconds(30));
            });
        services.AddSingleton<SlackWebApi>();
        services.AddSingleton<ChatApi>();
        services.AddSingleton<ConversationsApi>();
        services.AddSingleton<ViewsApi>();
        services.AddSingleton<UsersApi>();
        services.AddSingleton<AuthApi>();
        services.AddSingleton<AppsApi>();
        services.AddSingleton<OAuthApi>();
        services.AddSingleton<ResponseUrlApi>();
        services.AddSingleton<SlackApi>();
    }

    private static TimeProvider Clock(IServiceProvider services) => services.GetRequiredService<SlackClock>().Time;
}
