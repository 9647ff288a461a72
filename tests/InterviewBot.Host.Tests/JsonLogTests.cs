using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// Logs as a log collector takes them: with <c>Telemetry:JsonLogs=true</c> the built host, as a real process,
/// writes one JSON object a line, and every line of a turn names the turn's trace id – the one the caller
/// sent in <c>traceparent</c>, so logs and traces meet.
/// </summary>
public sealed class JsonLogTests
{
    [Fact]
    public async Task With_JSON_logs_every_line_is_JSON_and_the_lines_of_a_turn_carry_its_trace_id()
    {
        await using var connector = await LocalConnector.StartAsync();
        var lines = new ConcurrentQueue<string>();
        await using var host = await HostProcess.StartAsync(new()
        {
            Settings = new Dictionary<string, string>
            {
                ["Telemetry:JsonLogs"] = "true",
                // Lines a turn certainly writes: its request, and the database commands it runs.
                ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
            },
            Keep = line =>
            {
                lines.Enqueue(line);
                return true;
            },
        });
        // The caller's trace, as a traced client would send it (traceparent from the current activity).
        var trace = ActivityTraceId.CreateRandom();
        var traceId = trace.ToHexString();
        using var caller = new Activity("caller").SetParentId(trace, ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded).Start();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(new Activities(connector.ServiceUrl).Message("help").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        using var client = host.Client();
        using var response = await client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, $"The turn answered {(int)response.StatusCode}.\n{host.Output}");
        // The process's output is read as it comes: give the turn's lines a moment to arrive.
        List<string?> OfTurn() => lines.Select(Parse).Where(e => e is { } entry && TraceIds(entry).Contains(traceId))
            .Select(e => e!.Value.GetProperty("Category").GetString()).ToList();
        for (var waited = 0; waited < 200 && !OfTurn().Contains("Microsoft.EntityFrameworkCore.Database.Command"); waited++) await Task.Delay(50);

        Assert.All(lines.Where(l => l.Length > 0), line => Assert.True(Parse(line) is not null, "Not a JSON line: " + line));
        var ofTurn = OfTurn();
        Assert.True(ofTurn.Contains("Microsoft.AspNetCore.Hosting.Diagnostics"), $"No request line names the trace {traceId}:\n" + string.Join('\n', lines.TakeLast(20)));
        Assert.Contains("Microsoft.EntityFrameworkCore.Database.Command", ofTurn);
    }

    private static JsonElement? Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The trace ids the line's scopes name (the host tracks the current span in a scope).</summary>
    private static List<string?> TraceIds(JsonElement entry) =>
        entry.TryGetProperty("Scopes", out var scopes)
            ? scopes.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("TraceId", out _))
                .Select(s => s.GetProperty("TraceId").GetString()).ToList()
            : [];
}
