using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InterviewBot.Host.Telemetry;
using InterviewBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Host.Tests;

/// <summary>
/// The Grafana dashboard in deploy/grafana reads series the host really exports: after a day of a phone
/// screen (a booking, a nudge past a 429, feedback marked sent), every series and label its queries name is
/// in the host's Prometheus text.
/// </summary>
public sealed partial class DashboardTests : IDisposable
{
    private static readonly string DashboardPath = Path.Combine(RepoRoot.Path, "deploy", "grafana", "interviewbot-dashboard.json");

    /// <summary>Series that need Slack, or a send that fails for minutes: queries naming them are left out here.</summary>
    private static readonly string[] NotInThisScenario = ["interviewbot_slack_ack_duration_seconds", "interviewbot_delivery_retries_total"];

    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Every_series_and_label_the_dashboard_queries_is_exported()
    {
        await using var connector = await LocalConnector.StartAsync();
        var settings = NudgeApi.Settings();
        settings["Telemetry:PrometheusEndpoint"] = "true";
        await using var host = new BotHost(_data, settings);
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var interviewId = await NudgeFlowTests.BookNextWeekAsync(chat);
        var plan = await api.NudgesAsync(interviewId);
        connector.ThrottleNext(1, retryAfterSeconds: 1);
        await api.AdvanceToAsync(NudgeApi.Due(plan.First(n => NudgeApi.Kind(n) == "FeedbackDue")).AddMinutes(1));
        await api.SettledAsync(interviewId);
        var feedback = connector.Requests.Last(r => r.Kind == "send" && CardReader.AllText(r.Card!).Contains("Feedback for", StringComparison.Ordinal));
        await chat.TapAsync(feedback, CardReader.SubmitData(feedback.Card!, "Feedback sent"));
        await host.Services.GetRequiredService<OverdueFeedbackCounter>().CountAsync();

        using var scrape = await host.CreateClient().GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        var exported = await scrape.Content.ReadAsStringAsync();

        var queries = Queries().Where(q => !NotInThisScenario.Any(name => q.Contains(name, StringComparison.Ordinal))).ToList();
        Assert.True(queries.Count >= 10, "The dashboard has fewer queries than expected: " + queries.Count);
        var series = queries.SelectMany(q => SeriesName().Matches(Selectors().Replace(q, "")).Select(m => m.Value)).Distinct().ToList();
        Assert.Contains("interviewbot_feedback_overdue", series);
        foreach (var name in series)
            Assert.True(Regex.IsMatch(exported, $"^{name}[{{ ]", RegexOptions.Multiline), $"The dashboard queries {name}, which the host does not export.");
        var labels = queries.SelectMany(q => Selectors().Matches(q).SelectMany(s => SeriesName().Matches(s.Value).Select(m => m.Value))).Distinct().ToList();
        Assert.Contains("interviewbot_outcome", labels);
        foreach (var label in labels)
            Assert.True(exported.Contains(label + "=\"", StringComparison.Ordinal), $"The dashboard groups or filters by {label}, a label no exported series has.");
    }

    /// <summary>Every Prometheus expression of every panel.</summary>
    private static IEnumerable<string> Queries() =>
        JsonNode.Parse(File.ReadAllText(DashboardPath))!["panels"]!.AsArray()
            .SelectMany(panel => panel!["targets"]!.AsArray().Select(t => t!["expr"]!.GetValue<string>()));

    [GeneratedRegex(@"\b(?:interviewbot|http|server)_[a-z_]+")]
    private static partial Regex SeriesName();

    /// <summary>Where labels are named: <c>by (…)</c> groupings and <c>{…}</c> matchers.</summary>
    [GeneratedRegex(@"\bby\s*\([^)]*\)|\{[^}]*\}")]
    private static partial Regex Selectors();
}
