using System.Text.Json;

namespace InterviewBot.Host.Telemetry;

/// <summary>
/// Log lines as JSON, one object a line, for a log collector (<c>Telemetry:JsonLogs=true</c>; plain text
/// otherwise). Each carries its scopes, and the host tracks the current span in them, so every line of a
/// turn, a nudge or a Slack ack names its <c>TraceId</c> and <c>SpanId</c> – the same ids as the exported
/// traces. Plain text lines carry them too once scopes are on (<c>Logging:Console:FormatterOptions:IncludeScopes</c>).
/// </summary>
internal static class LogFormat
{
    public const string JsonSetting = "Telemetry:JsonLogs";

    public static WebApplicationBuilder UseInterviewBotLogFormat(this WebApplicationBuilder builder)
    {
        builder.Logging.Configure(options =>
            options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (builder.Configuration.GetValue<bool>(JsonSetting))
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
                options.JsonWriterOptions = new JsonWriterOptions { Indented = false };
            });
        }
        return builder;
    }
}
