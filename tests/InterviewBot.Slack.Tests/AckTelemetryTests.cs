using System.Diagnostics;
using InterviewBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Slack.Tests;

/// <summary>
/// Slack's acknowledgements as an operator's collector sees them (OpenTelemetry's in-memory exporter): a
/// span per request and a latency histogram by kind and status, with the turn the request started beneath
/// it – and no candidate's or person's name in any of it. Spans are process-wide, and this test counts the
/// acks of one booking, so it runs alone: another test's Slack host would add acks of its own.
/// </summary>
[Collection(AcksAreCounted.Name)]
public sealed class AckTelemetryTests : SlackTest
{
    private readonly TelemetryCapture _telemetry = new();

    protected override Action<IServiceCollection>? Services => _telemetry.Register;

    [Fact]
    public async Task A_slash_command_and_a_modal_each_leave_an_ack_span_and_latency_point_without_names()
    {
        _telemetry.From(Host.Services);

        await BookAsync(Riley, "Jordan Lee");

        var spans = _telemetry.Spans();
        var acks = spans.Where(s => s.OperationName == "slack.ack").ToList();
        var command = Assert.Single(acks, s => s.GetTagItem("interviewbot.slack.kind") as string == "commands");
        Assert.Equal(200, command.GetTagItem("http.response.status_code"));
        Assert.Equal(ActivityKind.Server, Assert.Single(spans, s => s.SpanId == command.ParentSpanId).Kind);
        var modal = Assert.Single(acks, s => s.GetTagItem("interviewbot.slack.kind") as string == "interactions");
        var turn = await _telemetry.SpanAsync(s => s.OperationName == "turn" && s.TraceId == modal.TraceId, "turn in the modal's trace");
        Assert.Equal("slack", turn.GetTagItem("interviewbot.channel"));
        Assert.Equal("ok", turn.GetTagItem("interviewbot.outcome"));

        var latency = _telemetry.Points().Where(p => p.Instrument == "interviewbot.slack.ack.duration" && p.Tag("http.response.status_code") == "200").ToList();
        Assert.Contains(latency, p => p.Tag("interviewbot.slack.kind") == "commands" && p.Count >= 1 && p.Value / p.Count < 3);
        Assert.Contains(latency, p => p.Tag("interviewbot.slack.kind") == "interactions" && p.Count >= 1);

        _telemetry.AssertNothingPersonal("Jordan", "Riley");
    }
}

/// <summary>Tests that count the whole process's Slack acknowledgement spans run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AcksAreCounted
{
    public const string Name = "acks are counted";
}
