using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace InterviewBot.Testing;

/// <summary>
/// What a host exported, read through OpenTelemetry's in-memory exporter added beside the host's own
/// (<see cref="Register"/> as the host's test services). Sources and meters are process-wide, so spans and
/// points of hosts in other tests running at the same time may show up too: assert on what must be there,
/// and on what must never be anywhere.
/// </summary>
public sealed class TelemetryCapture
{
    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];
    private IServiceProvider? _services;

    /// <summary>Adds the in-memory exporters to the host's tracer and meter providers.</summary>
    public void Register(IServiceCollection services) =>
        services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddInMemoryExporter(_spans))
            .WithMetrics(metrics => metrics.AddInMemoryExporter(_metrics));

    /// <summary>The host to flush before reading (its providers hold metrics until collected).</summary>
    public void From(IServiceProvider services) => _services = services;

    /// <summary>Every span ended so far.</summary>
    public IReadOnlyList<Activity> Spans()
    {
        _services?.GetService<TracerProvider>()?.ForceFlush();
        lock (_spans) return _spans.ToList();
    }

    /// <summary>The first span that matches, once it has ended (work that goes on after its answer was seen); fails after 10 s.</summary>
    public async Task<Activity> SpanAsync(Func<Activity, bool> match, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (Spans().FirstOrDefault(match) is { } span) return span;
            Assert.True(DateTime.UtcNow < deadline, $"No {what} span was exported within 10 s.");
            await Task.Delay(20);
        }
    }

    /// <summary>Every metric point collected now, as (instrument, tags, value) with histograms as their sum and count.</summary>
    public IReadOnlyList<MetricPointRead> Points()
    {
        _services?.GetService<MeterProvider>()?.ForceFlush();
        lock (_metrics)
        {
            var points = new List<MetricPointRead>();
            foreach (var metric in _metrics)
            {
                foreach (var point in metric.MetricPoints)
                {
                    var tags = new Dictionary<string, string?>(StringComparer.Ordinal);
                    foreach (var tag in point.Tags) tags[tag.Key] = tag.Value?.ToString();
                    var (value, count) = metric.MetricType switch
                    {
                        MetricType.LongSum or MetricType.LongSumNonMonotonic => (point.GetSumLong(), 1L),
                        MetricType.DoubleSum or MetricType.DoubleSumNonMonotonic => (point.GetSumDouble(), 1L),
                        MetricType.LongGauge => (point.GetGaugeLastValueLong(), 1L),
                        MetricType.DoubleGauge => (point.GetGaugeLastValueDouble(), 1L),
                        MetricType.Histogram or MetricType.ExponentialHistogram => (point.GetHistogramSum(), point.GetHistogramCount()),
                        _ => (0d, 0L),
                    };
                    points.Add(new MetricPointRead(metric.Name, tags, value, count));
                }
            }
            return points;
        }
    }

    /// <summary>Every piece of text a span or a metric point carries: names, tag keys and values, events, status.</summary>
    public IEnumerable<string> AllText() => AllText(_ => false);

    /// <summary>As <see cref="AllText()"/>, leaving out the spans <paramref name="ignored"/> picks (a stand-in server's own, in this process).</summary>
    public IEnumerable<string> AllText(Func<Activity, bool> ignored)
    {
        ArgumentNullException.ThrowIfNull(ignored);
        foreach (var span in Spans().Where(s => !ignored(s)))
        {
            yield return span.DisplayName;
            yield return span.OperationName;
            yield return span.StatusDescription ?? "";
            foreach (var tag in span.TagObjects) yield return $"{tag.Key}={tag.Value}";
            foreach (var e in span.Events)
            {
                yield return e.Name;
                foreach (var tag in e.Tags) yield return $"{tag.Key}={tag.Value}";
            }
            foreach (var baggage in span.Baggage) yield return $"{baggage.Key}={baggage.Value}";
        }
        foreach (var point in Points())
        {
            yield return point.Instrument;
            foreach (var (key, value) in point.Tags) yield return $"{key}={value}";
        }
    }

    /// <summary>Fails naming the span or point text that holds any of <paramref name="personal"/>.</summary>
    public void AssertNothingPersonal(params string[] personal) => AssertNothingPersonal(_ => false, personal);

    /// <summary>As <see cref="AssertNothingPersonal(string[])"/>, leaving out the spans <paramref name="ignored"/> picks.</summary>
    public void AssertNothingPersonal(Func<Activity, bool> ignored, params string[] personal)
    {
        var leaks = AllText(ignored).Where(text => personal.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase))).Distinct().ToList();
        Assert.True(leaks.Count == 0, "Personal data in telemetry: " + string.Join(" | ", leaks));
    }
}

/// <summary>One metric point as read back: the instrument, its tags, its value (a histogram's sum) and count.</summary>
public sealed record MetricPointRead(string Instrument, IReadOnlyDictionary<string, string?> Tags, double Value, long Count)
{
    public string? Tag(string key) => Tags.TryGetValue(key, out var value) ? value : null;
}
