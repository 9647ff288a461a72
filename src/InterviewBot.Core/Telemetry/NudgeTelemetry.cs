using System.Diagnostics;
using InterviewBot.Core.Nudges;

namespace InterviewBot.Core.Telemetry;

/// <summary>
/// The span of one nudge from its timer firing to its delivery (or why there was none), with its
/// lateness, and the delivery and retry counts. Tagged with the nudge's kind and the outcome only.
/// </summary>
internal sealed class NudgeTelemetry : IDisposable
{
    public const string Sent = "sent";
    public const string Retry = "retry";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
    public const string Expired = "expired";
    public const string NotNow = "not_now";
    public const string NoChat = "no_chat";

    private readonly Activity? _activity = BotTelemetry.Source.StartActivity("nudge");
    private string? _kind;
    private string _outcome = "skipped";

    /// <summary>The nudge being delivered, and how late its timer fired.</summary>
    public void Fired(NudgeKind kind, DateTime dueUtc, DateTime nowUtc)
    {
        _kind = kind.ToString();
        _activity?.SetTag(BotTelemetry.Tags.NudgeKind, _kind);
        _activity?.SetTag(BotTelemetry.Tags.Lateness, Math.Max(0, (nowUtc - dueUtc).TotalSeconds));
    }

    /// <summary>A send about to go out: its lateness counts towards the lateness histogram.</summary>
    public void Sending(DateTime dueUtc, DateTime nowUtc) =>
        BotTelemetry.NudgeLateness.Record(Math.Max(0, (nowUtc - dueUtc).TotalSeconds), new KeyValuePair<string, object?>(BotTelemetry.Tags.NudgeKind, _kind));

    /// <summary>A transient failure: the send is planned again; a Retry-After from the platform means it throttled us.</summary>
    public void Retrying(DeliveryException failure)
    {
        _outcome = Retry;
        BotTelemetry.DeliveryRetries.Add(1, new KeyValuePair<string, object?>(BotTelemetry.Tags.Reason, failure.RetryAfter is null ? "unavailable" : "throttled"));
    }

    public void Outcome(string outcome) => _outcome = outcome;

    /// <summary>Judged not to go now: cancelled, expired, or moved to a later time.</summary>
    public void Outcome(NudgeState judged) => _outcome = judged switch
    {
        NudgeState.Cancelled => Cancelled,
        NudgeState.Expired => Expired,
        _ => NotNow,
    };

    public void Dispose()
    {
        if (_kind is not null)
            BotTelemetry.NudgeDeliveries.Add(1, new(BotTelemetry.Tags.NudgeKind, _kind), new(BotTelemetry.Tags.Outcome, _outcome));
        _activity?.SetTag(BotTelemetry.Tags.Outcome, _outcome);
        if (_outcome == Failed) _activity?.SetStatus(ActivityStatusCode.Error);
        _activity?.Dispose();
    }
}
