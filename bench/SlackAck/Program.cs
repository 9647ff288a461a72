// Sends signed Slack slash commands to InterviewBot's POST /slack/commands at a fixed rate (open
// loop: request i is due at start + i/rate whether or not earlier ones have been answered), each
// signed as Slack signs it (v0 HMAC-SHA256 of "v0:{timestamp}:{body}" with the signing secret), from
// rotating users in their DMs. Latency is measured from the moment a request was due, so a client
// or server that falls behind shows up in the percentiles instead of hiding in a slower send rate.
//
//   dotnet SlackAck.dll --url http://127.0.0.1:3982 --secret <signing secret> --rate 1000 --seconds 20
//                       [--users 500] [--text help] [--hooks http://127.0.0.1:3991/hooks/] [--warmup 3]
// Prints one line: RESULT sent=… acks_per_s=… p50_ms=… p90_ms=… p99_ms=… max_ms=… ok=… busy=… non2xx=… errors=…
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

var options = Options.Parse(args);
using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1) };
using var client = new HttpClient(handler) { BaseAddress = new Uri(options.Url), Timeout = TimeSpan.FromSeconds(30) };
var secret = Encoding.UTF8.GetBytes(options.Secret);

if (options.WarmupSeconds > 0)
{
    Console.WriteLine($"Warm-up: {options.WarmupSeconds} s at {Math.Min(options.Rate, 200)}/s (not counted)...");
    await RunAsync(Math.Min(options.Rate, 200), options.WarmupSeconds, userOffset: options.Users, record: false);
    Console.WriteLine($"Load: {options.Seconds} s at {options.Rate}/s, {options.Users} users...");
}
var result = await RunAsync(options.Rate, options.Seconds, userOffset: 0, record: true);
Console.WriteLine(result);
return 0;

async Task<string> RunAsync(int rate, int seconds, int userOffset, bool record)
{
    var total = rate * seconds;
    var latencies = new double[total];
    var outcome = new ConcurrentDictionary<string, int>();
    var inFlight = new List<Task>(total);
    var clock = Stopwatch.StartNew();
    var launched = 0;
    while (launched < total)
    {
        var due = Math.Min(total, (int)(clock.Elapsed.TotalSeconds * rate) + 1);
        for (; launched < due; launched++)
        {
            var i = launched;
            var dueAt = TimeSpan.FromSeconds((double)i / rate);
            inFlight.Add(Task.Run(() => SendAsync(i, userOffset, dueAt, clock, latencies, outcome)));
        }
        await Task.Delay(1);
    }
    var sendingDone = clock.Elapsed;
    await Task.WhenAll(inFlight);
    if (!record) return "";

    Array.Sort(latencies);
    double Percentile(double p) => latencies[Math.Clamp((int)Math.Ceiling(p / 100 * total) - 1, 0, total - 1)];
    var ok = outcome.GetValueOrDefault("ok") + outcome.GetValueOrDefault("busy");
    var lastAnswer = clock.Elapsed;
    return string.Create(CultureInfo.InvariantCulture,
        $"RESULT sent={total} send_rate={total / sendingDone.TotalSeconds:F1} acks_per_s={ok / lastAnswer.TotalSeconds:F1} " +
        $"p50_ms={Percentile(50):F2} p90_ms={Percentile(90):F2} p99_ms={Percentile(99):F2} max_ms={latencies[^1]:F2} " +
        $"ok={outcome.GetValueOrDefault("ok")} busy={outcome.GetValueOrDefault("busy")} non2xx={outcome.GetValueOrDefault("non2xx")} errors={outcome.GetValueOrDefault("error")}");
}

async Task SendAsync(int i, int userOffset, TimeSpan dueAt, Stopwatch clock, double[] latencies, ConcurrentDictionary<string, int> outcome)
{
    var user = $"UB{userOffset + i % options.Users:D5}";
    var body = string.Join('&',
        "token=bench", "team_id=TBENCH", "team_domain=bench", $"channel_id=D{user[1..]}", "channel_name=directmessage",
        $"user_id={user}", $"user_name=bench{user}", "command=%2Finterview", "text=" + Uri.EscapeDataString(options.Text),
        "api_app_id=ABENCH", "is_enterprise_install=false",
        "response_url=" + Uri.EscapeDataString($"{options.Hooks}{i}"), $"trigger_id={i}.{userOffset}.bench");
    var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));

    using var request = new HttpRequestMessage(HttpMethod.Post, "slack/commands") { Content = new StringContent(body, Encoding.UTF8) };
    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
    request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
    request.Headers.Add("X-Slack-Signature", signature);
    string kind;
    try
    {
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        // A command's ack with a body is the ephemeral "busy" answer; a plain 200 means the turn was queued.
        kind = !response.IsSuccessStatusCode ? "non2xx" : text.Contains("busy", StringComparison.Ordinal) ? "busy" : "ok";
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
    {
        kind = "error";
    }
    latencies[i] = (clock.Elapsed - dueAt).TotalMilliseconds;
    outcome.AddOrUpdate(kind, 1, (_, n) => n + 1);
}

internal sealed record Options(string Url, string Secret, int Rate, int Seconds, int Users, string Text, string Hooks, int WarmupSeconds)
{
    public static Options Parse(string[] args)
    {
        string Arg(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }
        int Number(string name, string fallback) => int.Parse(Arg(name, fallback), CultureInfo.InvariantCulture);
        return new Options(Arg("--url", "http://127.0.0.1:3982/"), Arg("--secret", "bench-signing-secret"), Number("--rate", "1000"),
            Number("--seconds", "20"), Number("--users", "500"), Arg("--text", "help"), Arg("--hooks", "http://127.0.0.1:3991/hooks/"),
            Number("--warmup", "3"));
    }
}
