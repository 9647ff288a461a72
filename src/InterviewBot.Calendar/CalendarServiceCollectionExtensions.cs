using System.Net;
using InterviewBot.Core.Calendar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace InterviewBot.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// Calendar feeds: <see cref="CalendarSettings"/> from configuration, the address protector (Data
    /// Protection: the host's key ring where it set one up, else the default one <c>AddDataProtection</c>
    /// adds), and the feed's HTTP client – connections only to checked addresses (<see cref="FeedConnections"/>),
    /// none of IHttpClientFactory's request logging, and per host a retry with backoff, a circuit breaker
    /// (<see cref="FeedResilience"/>) and a 10-second timeout for each attempt.
    /// </summary>
    public static IServiceCollection AddCalendarFeeds(this IServiceCollection services, IConfiguration? configuration)
    {
        var settings = CalendarSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddSingleton(new CalendarPolling(settings.PollInterval));
        services.TryAddSingleton(FeedResilience.Default);
        services.AddDataProtection();
        services.AddSingleton<IFeedAddressProtector, FeedAddressProtector>();
        services.AddHttpClient<ICalendarSource, FeedFetcher>(FeedFetcher.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => FeedConnections.Handler(settings))
            .RemoveAllLoggers()
            .AddResilienceHandler(FeedFetcher.ClientName, (pipeline, context) =>
            {
                var resilience = context.ServiceProvider.GetRequiredService<FeedResilience>();
                pipeline
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = FeedResilience.Retries,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = resilience.RetryDelay,
                        ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                    })
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                    {
                        FailureRatio = FeedResilience.FailureRatio,
                        MinimumThroughput = FeedResilience.MinimumThroughput,
                        SamplingDuration = FeedResilience.SamplingDuration,
                        BreakDuration = FeedResilience.BreakDuration,
                        ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                    })
                    .AddTimeout(CalendarSettings.Timeout);
            })
            .SelectPipelineByAuthority();
        return services;
    }

    /// <summary>Server errors, 408 and 429, timeouts and broken connections: not a refused address, which no retry changes.</summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException { InnerException: RefusedAddressException } } => false,
        { Exception: HttpRequestException or Polly.Timeout.TimeoutRejectedException } => true,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests,
        _ => false,
    };
}
