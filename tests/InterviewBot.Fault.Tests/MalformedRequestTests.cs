using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using InterviewBot.Fault.Tests.Support;
using Xunit.Abstractions;

namespace InterviewBot.Fault.Tests;

/// <summary>
/// 10,000 malformed, truncated, oversized or wrongly typed requests across every endpoint of the host
/// (Bot Framework, Slack with signed bodies, the interviews API with a valid key, the dev clock, the
/// local chat and its connector, health), sent 8 at a time to the real process: none is answered with
/// a 5xx, the process stays up and healthy, and its memory does not keep growing.
/// </summary>
public sealed class MalformedRequestTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20261127;
    private const int Requests = 10_000;
    private const int WarmUp = 1_000;
    private const int AtOnce = 8;
    private const string SigningSecret = "fuzz-signing-secret-0123456789abcdef";
    private const string ApiKey = "fuzz-api-key-0123456789-abcdefghijkl";
    /// <summary>
    /// A ceiling, not the growth check (that is the 1.5 × the warm-up below). Raised from 300 MB when the
    /// time-zone picker came: listing every system zone with today's offset loads all 419 of them once,
    /// about 25 MB of working set measured on its own (main a0938eb ended this run at 281 MB, the picker's
    /// build at 325–337 MB).
    /// </summary>
    private const long MaxResidentBytes = 400L * 1024 * 1024;

    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Ten_thousand_malformed_requests_get_no_5xx_and_the_host_stays_up_with_stable_memory()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var host = await HostProcess.StartAsync(new()
        {
            Folder = _data,
            Settings = new Dictionary<string, string>
            {
                ["Slack:BotToken"] = "xoxb-fuzz-token",
                ["Slack:SigningSecret"] = SigningSecret,
                ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
                ["Api:Keys:0:Key"] = ApiKey,
                ["Api:Keys:0:Tenant"] = "fuzz-tenant",
                ["Logging:LogLevel:Default"] = "Error",
            },
        });
        var requests = new RequestFuzzer(Seed, new Uri(host.Url, "local/connector/").ToString(), slack.ResponseUrl()).Generate(Requests).ToList();
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, MaxConnectionsPerServer = AtOnce })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

        var answers = new ConcurrentBag<(FuzzRequest Request, int? Status)>();
        var clock = Stopwatch.StartNew();
        await SendAsync(requests.Take(WarmUp), http, host, answers);
        var warm = host.ResidentBytes();
        var samples = new List<long> { warm };
        foreach (var batch in requests.Skip(WarmUp).Chunk(1_000))
        {
            await SendAsync(batch, http, host, answers);
            samples.Add(host.ResidentBytes());
        }
        var elapsed = clock.Elapsed;

        // Kestrel's own 505 to a request line with an unknown HTTP version is the protocol's answer, sent before any of our code runs.
        var serverErrors = answers.Where(a => a.Status >= 500 && !(a.Status == 505 && a.Request.Mutation == RequestFuzzer.RawHttpVersion)).ToList();
        Report(answers, samples, elapsed);
        Assert.True(serverErrors.Count == 0, $"{serverErrors.Count} requests got a 5xx:\n" + string.Join("\n",
            serverErrors.GroupBy(e => $"{e.Status} {e.Request.Target}/{e.Request.Mutation}").Select(g => $"{g.Count()} × {g.Key}, e.g. {g.First().Request}").Take(30))
            + "\nThe host logged:\n" + host.Exceptions);
        Assert.False(host.HasExited, "the host is still running");
        Assert.True(await host.IsHealthyAsync(), "/healthz answers 200 after the run");
        var end = samples[^1];
        Assert.True(end < MaxResidentBytes, $"resident memory {Mb(end)} MB stays under {Mb(MaxResidentBytes)} MB");
        Assert.True(end < warm * 3 / 2, $"resident memory {Mb(end)} MB after the run is less than 1.5 × the {Mb(warm)} MB after the warm-up");
    }

    private static async Task SendAsync(IEnumerable<FuzzRequest> requests, HttpClient http, HostProcess host, ConcurrentBag<(FuzzRequest, int?)> answers) =>
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = AtOnce }, async (request, ct) =>
            answers.Add((request, await request.SendAsync(http, host.Url, SigningSecret, ApiKey, ct))));

    private void Report(IEnumerable<(FuzzRequest Request, int? Status)> answers, IReadOnlyList<long> samples, TimeSpan elapsed)
    {
        var all = answers.ToList();
        output.WriteLine($"{all.Count} requests in {elapsed.TotalSeconds:0.0} s ({all.Count / elapsed.TotalSeconds:0} per second), {AtOnce} at a time.");
        output.WriteLine("Answers: " + string.Join(", ", all.GroupBy(a => a.Status?.ToString(CultureInfo.InvariantCulture) ?? "closed without an answer")
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} × {g.Count()}")));
        foreach (var target in all.GroupBy(a => a.Request.Target).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {target.Key}: " + string.Join(", ", target.GroupBy(a => a.Status?.ToString(CultureInfo.InvariantCulture) ?? "-")
                .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} × {g.Count()}")));
        }
        output.WriteLine($"Kestrel's 505 to an unknown HTTP version (protocol level, before the application): {all.Count(a => a.Status == 505)} of {all.Count(a => a.Request.Mutation == RequestFuzzer.RawHttpVersion)} such requests.");
        output.WriteLine("Resident memory after the warm-up and after each further 1,000 requests (MB): " + string.Join(", ", samples.Select(Mb)));
    }

    private static long Mb(long bytes) => bytes / (1024 * 1024);
}
