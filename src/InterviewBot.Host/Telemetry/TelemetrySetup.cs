using InterviewBot.Calendar;
using InterviewBot.Core.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace InterviewBot.Host.Telemetry;

/// <summary>
/// OpenTelemetry for operators: traces of every HTTP request, turn, nudge and Slack ack with the
/// platform calls beneath them, and the bot's own metrics (<see cref="BotTelemetry"/>) beside ASP.NET
/// Core's, HttpClient's (429s show as <c>http.response.status_code</c>) and Polly's retries.
/// Exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the standard <c>OTEL_*</c>
/// variables apply, <c>OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf</c> included), and as Prometheus text on
/// <c>/metrics</c> only when <c>Telemetry:PrometheusEndpoint=true</c>. Nothing personal is recorded: the
/// bot's tags are channels, kinds and outcomes, query strings are redacted by the instrumentation, and
/// database spans carry no statement text (parameters never).
/// </summary>
internal static class TelemetrySetup
{
    public const string PrometheusSetting = "Telemetry:PrometheusEndpoint";
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string MetricsPath = "/metrics";

    /// <summary>Every source and meter of ours: the core's and each channel's (<c>InterviewBot.Slack</c>…).</summary>
    private const string Ours = BotTelemetry.Name + "*";

    public static WebApplicationBuilder AddInterviewBotTelemetry(this WebApplicationBuilder builder)
    {
        var prometheus = builder.Configuration.GetValue<bool>(PrometheusSetting);
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("interviewbot"))
            .WithTracing(tracing => tracing
                .AddSource(Ours)
                .AddAspNetCoreInstrumentation(options => options.Filter = http => !IsScrapeOrProbe(http.Request.Path))
                // A calendar feed's secret is in its URL's path: its requests are never traced.
                .AddHttpClientInstrumentation(options => options.FilterHttpRequestMessage = request => !FeedFetcher.IsFeedRequest(request))
                .AddEntityFrameworkCoreInstrumentation())
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Ours, "Polly").AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (prometheus) metrics.AddPrometheusExporter();
            });
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting])) otel.UseOtlpExporter();
        builder.Services.AddSingleton<OverdueFeedbackCounter>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OverdueFeedbackCounter>());
        return builder;
    }

    /// <summary>Prometheus text on <c>/metrics</c> when switched on; otherwise nothing is mapped there (a 404).</summary>
    public static WebApplication MapInterviewBotMetrics(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(PrometheusSetting)) app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }

    /// <summary>Scrapes and health probes come every few seconds and would bury the traces that matter.</summary>
    private static bool IsScrapeOrProbe(PathString path) =>
        path.StartsWithSegments(MetricsPath, StringComparison.Ordinal) || path.StartsWithSegments("/healthz", StringComparison.Ordinal)
        || path.StartsWithSegments("/readyz", StringComparison.Ordinal);
}
