using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using InterviewBot.Host.Telemetry;
using InterviewBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Host.Tests;

/// <summary>
/// What an operator's collector receives, read through OpenTelemetry's in-memory exporter: a turn and a
/// nudge each leave their span (under the HTTP request, above the calls to the connector) and their
/// metric points, and no candidate's or recruiter's name, e-mail or note is in any span, tag or label.
/// </summary>
public sealed class TelemetryTests : IDisposable
{
    private const string Candidate = "Jordan Lee";
    private const string Note = "Prefers a four-day week";
    private readonly TempFolder _data = new();
    private readonly TelemetryCapture _telemetry = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_turn_and_a_nudge_each_leave_their_span_and_metric_points_and_nothing_personal()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings()) { TestServices = _telemetry.Register };
        _telemetry.From(host.Services);
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var interviewId = await NudgeFlowTests.BookNextWeekAsync(chat, candidate: Candidate);
        await chat.SayAsync("note " + Note);
        using var booked = await api.Client().PostAsJsonAsync("/api/interviews", new
        {
            recruiter = new { platformUserId = "29:user-riley", name = "Riley Recruiter" },
            candidate = new { name = "Avery Kim", email = "avery.kim@example.com" },
            role = "Data engineer",
            start = Conversation.CallDate() + "T15:00",
            end = Conversation.CallDate() + "T15:30",
            timeZone = "Europe/Berlin",
        });
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);

        var spans = _telemetry.Spans();
        var turn = spans.Last(s => s.OperationName == "turn" && s.GetTagItem("interviewbot.channel") as string == "botframework");
        Assert.Equal("ok", turn.GetTagItem("interviewbot.outcome"));
        var inbound = Assert.Single(spans, s => s.SpanId == turn.ParentSpanId);
        Assert.Equal(ActivityKind.Server, inbound.Kind);
        Assert.Contains(spans, s => s.Kind == ActivityKind.Client && s.TraceId == turn.TraceId && IsBelow(s, turn, spans));
        Assert.Contains(_telemetry.Points(), p => p.Instrument == "interviewbot.turns" && p.Tag("interviewbot.channel") == "botframework"
            && p.Tag("interviewbot.outcome") == "ok" && p.Value >= 3);

        var prep = (await api.NudgesAsync(interviewId))[0];
        await api.AdvanceToAsync(NudgeApi.Due(prep).AddMinutes(1));
        Assert.Equal("Sent", (await api.SettledAsync(interviewId))[0]["state"]!.GetValue<string>());

        var nudge = await _telemetry.SpanAsync(s => s.OperationName == "nudge" && s.GetTagItem("interviewbot.nudge.kind") as string == "PrepReminder", "PrepReminder nudge");
        Assert.Equal("sent", nudge.GetTagItem("interviewbot.outcome"));
        Assert.InRange((double)nudge.GetTagItem("interviewbot.nudge.lateness_s")!, 0, 120);
        Assert.Contains(_telemetry.Spans(), s => s.Kind == ActivityKind.Client && s.TraceId == nudge.TraceId);
        var points = _telemetry.Points();
        Assert.Contains(points, p => p.Instrument == "interviewbot.nudge.deliveries" && p.Tag("interviewbot.nudge.kind") == "PrepReminder"
            && p.Tag("interviewbot.outcome") == "sent");
        Assert.Contains(points, p => p.Instrument == "interviewbot.nudge.lateness" && p.Tag("interviewbot.nudge.kind") == "PrepReminder" && p.Count >= 1);

        // Feedback marked sent from its nudge: the call's turnaround, in working days, joins the histogram.
        var plan = await api.NudgesAsync(interviewId);
        await api.AdvanceToAsync(NudgeApi.Due(plan.First(n => NudgeApi.Kind(n) == "FeedbackDue")).AddMinutes(1));
        await api.SettledAsync(interviewId);
        var feedback = connector.Requests.Last(r => r.Kind == "send" && CardReader.AllText(r.Card!).Contains("Feedback for Jordan Lee is due", StringComparison.Ordinal));
        await chat.TapAsync(feedback, CardReader.SubmitData(feedback.Card!, "Feedback sent"));
        Assert.Contains(_telemetry.Points(), p => p.Instrument == "interviewbot.feedback.turnaround" && p.Count >= 1 && p.Value >= 1);

        _telemetry.AssertNothingPersonal(Candidate, "Jordan", "Avery", "avery.kim@example.com", Note, "Riley Recruiter");
    }

    [Fact]
    public async Task Feedback_past_its_overdue_alert_shows_on_the_overdue_gauge()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings()) { TestServices = _telemetry.Register };
        _telemetry.From(host.Services);
        var api = new NudgeApi(host, NudgeApi.Key);
        var interviewId = await NudgeFlowTests.BookNextWeekAsync(new Conversation(host, connector, new Activities(connector.ServiceUrl)));
        var counter = host.Services.GetRequiredService<OverdueFeedbackCounter>();
        Assert.Equal(0, await counter.CountAsync());

        var overdue = (await api.NudgesAsync(interviewId)).Single(n => NudgeApi.Kind(n) == "FeedbackOverdue");
        await api.AdvanceToAsync(NudgeApi.Due(overdue).AddMinutes(1));
        Assert.All(await api.SettledAsync(interviewId), n => Assert.NotEqual("Pending", n["state"]!.GetValue<string>()));

        Assert.Equal(1, await counter.CountAsync());
        Assert.Contains(_telemetry.Points(), p => p.Instrument == "interviewbot.feedback.overdue" && p.Value >= 1);
    }

    [Fact]
    public async Task Metrics_answer_Prometheus_text_when_switched_on()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, new Dictionary<string, string?> { ["Telemetry:PrometheusEndpoint"] = "true" });
        await Conversation.Recruiter(host, connector).SayAsync("help");

        using var response = await host.CreateClient().GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("# TYPE interviewbot_turns_total counter", text);
        Assert.Contains("interviewbot_channel=\"botframework\"", text);
    }

    [Fact]
    public async Task Metrics_are_not_there_unless_switched_on()
    {
        await using var host = new BotHost(_data);

        using var response = await host.CreateClient().GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Whether <paramref name="span"/> descends from <paramref name="ancestor"/> through the spans captured.</summary>
    private static bool IsBelow(Activity span, Activity ancestor, IReadOnlyList<Activity> spans)
    {
        var parent = span.ParentSpanId;
        for (var depth = 0; depth < 20 && parent != default; depth++)
        {
            if (parent == ancestor.SpanId) return true;
            var next = spans.FirstOrDefault(s => s.SpanId == parent);
            if (next is null) return false;
            parent = next.ParentSpanId;
        }
        return false;
    }
}
