using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http;

namespace InterviewBot.Slack;

/// <summary>
/// How fast Slack gets its acknowledgement (it gives up after 3 seconds): one span per request or Socket
/// Mode envelope, from arrival to the ack, and a latency histogram by request kind and status. Tagged with
/// the kind (commands, interactions, events) and status only: no team, user, channel or text.
/// </summary>
internal sealed class SlackAckTelemetry : IDisposable
{
    /// <summary>The channel's activity source and meter; the host listens to <c>InterviewBot*</c>.</summary>
    public const string Name = "InterviewBot.Slack";

    private static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> AckDuration = Meter.CreateHistogram<double>("interviewbot.slack.ack.duration", "s",
        "Time from a Slack request's arrival to its acknowledgement, by kind and status.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5] });

    private const string KindTag = "interviewbot.slack.kind";
    private const string StatusTag = "http.response.status_code";

    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly Activity? _activity;
    private readonly string _kind;
    private int _status = StatusCodes.Status200OK;

    private SlackAckTelemetry(string kind)
    {
        _kind = kind;
        _activity = Source.StartActivity("slack.ack");
        _activity?.SetTag(KindTag, kind);
    }

    /// <summary>An ack for a request of <paramref name="kind"/> (commands, interactions, events) is being worked out.</summary>
    public static SlackAckTelemetry Start(string kind) => new(kind);

    /// <summary>
    /// The work an acknowledged request queued, run later on a work lane: a span in the request's trace, so
    /// the turn and its Web API calls show under the request that brought them. Null when nobody listens.
    /// </summary>
    public static Activity? Work(ActivityContext acknowledged) => Source.StartActivity("slack.work", ActivityKind.Internal, acknowledged);

    /// <summary>The status the ack carries (an unacked Socket Mode envelope counts as 503).</summary>
    public void Answered(int status) => _status = status;

    /// <summary>Measures every request to the Slack endpoints, the signature check included.</summary>
    public static async ValueTask<object?> Measure(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var path = context.HttpContext.Request.Path.Value ?? "";
        using var ack = Start(path[(path.LastIndexOf('/') + 1)..]);
        var result = await next(context);
        ack.Answered(result is IStatusCodeHttpResult { StatusCode: { } status } ? status : StatusCodes.Status200OK);
        return result;
    }

    public void Dispose()
    {
        var seconds = Stopwatch.GetElapsedTime(_started).TotalSeconds;
        _activity?.SetTag(StatusTag, _status);
        if (_status >= 500) _activity?.SetStatus(ActivityStatusCode.Error);
        _activity?.Dispose();
        AckDuration.Record(seconds, new(KindTag, _kind), new(StatusTag, _status));
    }
}
