using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace InterviewBot.Core.Telemetry;

/// <summary>
/// The bot's own traces and metrics, in the BCL's terms (<see cref="ActivitySource"/>, <see cref="Meter"/>) so the
/// core needs no OpenTelemetry package; the host exports them. Tags hold only channels, kinds and outcomes –
/// never a name, an e-mail, a note or an id of a person – so nothing personal leaves through telemetry.
/// </summary>
public static class BotTelemetry
{
    /// <summary>The name of the activity source and the meter; the host listens to <c>InterviewBot*</c>.</summary>
    public const string Name = "InterviewBot";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Turns by <c>channel</c> (botframework, slack) and <c>outcome</c> (ok, failed).</summary>
    public static readonly Counter<long> Turns =
        Meter.CreateCounter<long>("interviewbot.turns", "{turn}", "Turns the conversation pipeline ran, by channel and outcome.");

    /// <summary>How long after its planned time a nudge's timer fired, in seconds, by <c>kind</c>.</summary>
    public static readonly Histogram<double> NudgeLateness =
        Meter.CreateHistogram<double>("interviewbot.nudge.lateness", "s", "Seconds between a nudge's planned time and its delivery attempt.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 5, 15, 60, 300, 900, 3600, 14400, 86400] });

    /// <summary>Nudge deliveries by <c>kind</c> and <c>outcome</c> (sent, retry, failed, cancelled, expired, not_now, no_chat).</summary>
    public static readonly Counter<long> NudgeDeliveries =
        Meter.CreateCounter<long>("interviewbot.nudge.deliveries", "{nudge}", "Nudge delivery attempts by kind and outcome.");

    /// <summary>Sends planned again after a failure, by <c>reason</c>: throttled (the platform said wait, a 429) or unavailable.</summary>
    public static readonly Counter<long> DeliveryRetries =
        Meter.CreateCounter<long>("interviewbot.delivery.retries", "{retry}", "Nudge sends planned again after a transient failure, by reason.");

    /// <summary>Working days from a call to its feedback, recorded when feedback is marked sent.</summary>
    public static readonly Histogram<int> FeedbackTurnaround =
        Meter.CreateHistogram<int>("interviewbot.feedback.turnaround", "{working_day}", "Working days from a phone screen to its feedback.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [0, 1, 2, 3, 4, 5, 7, 10, 15] });

    private static int _overdueFeedback;

    /// <summary>Phone screens past their overdue alert and still waiting for feedback, as last counted (see <see cref="ReportOverdueFeedback"/>).</summary>
    public static readonly ObservableGauge<int> OverdueFeedback =
        Meter.CreateObservableGauge("interviewbot.feedback.overdue", () => Volatile.Read(ref _overdueFeedback), "{interview}",
            "Phone screens past their overdue alert and still waiting for feedback, in every workspace.");

    /// <summary>The host counts overdue feedback in the database now and then; every host of a cluster reports the same figure.</summary>
    public static void ReportOverdueFeedback(int count) => Volatile.Write(ref _overdueFeedback, count);

    /// <summary>The tag names used on spans and metrics, in OpenTelemetry's dotted style.</summary>
    public static class Tags
    {
        public const string Channel = "interviewbot.channel";
        public const string Purpose = "interviewbot.turn.purpose";
        public const string Outcome = "interviewbot.outcome";
        public const string NudgeKind = "interviewbot.nudge.kind";
        public const string Lateness = "interviewbot.nudge.lateness_s";
        public const string Reason = "interviewbot.reason";
    }
}
