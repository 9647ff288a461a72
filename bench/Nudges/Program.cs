// Nudge dispatch under Teams' rate limits (bench/run-nudges.sh runs this once per distribution).
//
//   dotnet NudgeDispatch.dll --nudges 10000 --tenants 1 --data DIR [--quiet 5] [--patience S] -- HOST COMMAND…
//
// 1. Starts the stand-in Bot Connector (tests/InterviewBot.Testing) on 127.0.0.1 enforcing Teams' limits
//    (ConnectorLimits.Teams(): 7/s per conversation, 50/s per tenant, …), answering 429 + Retry-After.
// 2. Seeds DIR/interviewbot.db with NUDGES calls under way, spread evenly over TENANTS tenants, one
//    recruiter's 1:1 chat per call, each call's "call starting" nudge due now (the tests' NudgeSeed:
//    the app's own code, no timers; the host's start-up NudgeRecovery gives them their timers).
// 3. Starts the host command given after "--" (it must use DIR/interviewbot.db) and watches the stand-in:
//    every request is counted per nudge (the card's id), until every seeded nudge was accepted and the
//    stand-in has been quiet for --quiet seconds, or until the patience runs out (--patience seconds from the
//    host's start; by default 3 × the minimum + 60 s, at least 120 s).
// 4. Prints the figures and one "RESULT key=value…" line for the script's table.
using System.Diagnostics;
using System.Globalization;
using InterviewBot.Persistence;
using InterviewBot.Testing;

var options = Options.Parse(args);
var inv = CultureInfo.InvariantCulture;

await using var connector = await LocalConnector.StartAsync();
var limits = ConnectorLimits.Teams();
connector.EnforceLimits(limits);
Console.WriteLine($"Stand-in connector at {connector.ServiceUrl} enforcing Teams' limits: per conversation " +
    string.Join(", ", limits.PerConversation.Select(Describe)) + "; per tenant " + string.Join(", ", limits.PerTenant.Select(Describe)) + ".");

// The distribution, as NudgeSeed lays it out: call i in tenant i % tenants, each call in a chat of its own.
var database = new DatabaseSettings { ConnectionString = $"Data Source={Path.Combine(options.Data, "interviewbot.db")}" };
var seedClock = Stopwatch.StartNew();
var dueNow = await NudgeSeed.CallsUnderWayAsync(database, connector.ServiceUrl, options.Nudges, options.Tenants);
Console.WriteLine($"Seeded {dueNow.Count} calls under way (nudges due now) over {options.Tenants} tenant(s) in {seedClock.Elapsed.TotalSeconds:0.0} s.");
var perTenant = Enumerable.Range(0, options.Nudges).GroupBy(i => NudgeSeed.TenantId(i % options.Tenants)).ToDictionary(g => g.Key, g => g.Count());
const int perConversation = 1;

// The least time the limits allow: a tenant's n_t nudges need n_t / 50 s at 50 a second, a conversation's
// n_c need n_c / 7 s at 7 a second; every tenant and conversation goes at once, so the slowest one sets it.
var tenantRate = limits.PerTenant[0];
var conversationRate = limits.PerConversation[0];
var tenantBound = perTenant.Values.Max() * tenantRate.Period.TotalSeconds / tenantRate.Count;
var conversationBound = perConversation * conversationRate.Period.TotalSeconds / conversationRate.Count;
var minimum = Math.Max(tenantBound, conversationBound);
Console.WriteLine($"Minimum the limits allow: max over tenants of n_t/{tenantRate.Count} s = {perTenant.Values.Max()}/{tenantRate.Count} = {tenantBound:0.00} s, " +
    $"max over conversations of n_c/{conversationRate.Count} s = {perConversation}/{conversationRate.Count} = {conversationBound:0.00} s; minimum = {minimum:0.00} s.");

// The host.
var logPath = Path.Combine(options.Data, "host.log");
var start = new ProcessStartInfo(options.Host[0], options.Host.Skip(1)) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
var hostStart = connector.Elapsed;
using var host = Process.Start(start)!;
await using var log = new StreamWriter(logPath) { AutoFlush = true };
var logLock = new object();
void Keep(string? line)
{
    if (line is null) return;
    lock (logLock) log.WriteLine($"[+{(connector.Elapsed - hostStart).TotalSeconds,8:0.000}s] {line}");
}
host.OutputDataReceived += (_, e) => Keep(e.Data);
host.ErrorDataReceived += (_, e) => Keep(e.Data);
host.BeginOutputReadLine();
host.BeginErrorReadLine();
Console.WriteLine($"Host started (pid {host.Id}), log: {logPath}");

// Watching the stand-in.
var due = dueNow.ToHashSet();
var perNudge = new Dictionary<Guid, int>();
var firstAccepted = new List<TimeSpan>(dueNow.Count);
var statuses = new SortedDictionary<int, int>();
var acceptedOther = 0;
TimeSpan? firstAttempt = null, lastAccepted = null, lastRequest = null;
var patience = TimeSpan.FromSeconds(options.PatienceSeconds ?? Math.Max(120, 3 * minimum + 60));
var processed = 0;
var nextReport = TimeSpan.FromSeconds(10);
string? stopReason = null;
while (stopReason is null)
{
    await Task.Delay(250);
    var received = connector.Received;
    for (; processed < received.Count; processed++)
    {
        var request = received[processed];
        firstAttempt ??= request.ReceivedAt;
        lastRequest = request.ReceivedAt;
        statuses[request.Status] = statuses.GetValueOrDefault(request.Status) + 1;
        if (!request.Accepted) continue;
        if (request.Kind != "send" || Deliveries.NudgeIdOf(request.Card) is not { } id || !due.Contains(id))
        {
            acceptedOther++;
            continue;
        }
        var times = perNudge.GetValueOrDefault(id) + 1;
        perNudge[id] = times;
        if (times == 1)
        {
            firstAccepted.Add(request.ReceivedAt);
            lastAccepted = request.ReceivedAt;
        }
    }

    var now = connector.Elapsed;
    if (now - hostStart >= nextReport)
    {
        Console.WriteLine($"  +{(now - hostStart).TotalSeconds,5:0}s  delivered {perNudge.Count,6} of {dueNow.Count}, 429s {statuses.GetValueOrDefault(429)}");
        nextReport += TimeSpan.FromSeconds(10);
    }
    if (host.HasExited) stopReason = $"the host exited (code {host.ExitCode})";
    else if (perNudge.Count == dueNow.Count && now - lastRequest >= TimeSpan.FromSeconds(options.QuietSeconds)) stopReason = "all delivered";
    else if (now - hostStart > patience) stopReason = $"gave up after {patience.TotalSeconds:0} s";
}

// The host's memory, then the host stopped.
var (hwm, rss) = host.HasExited ? (0L, 0L) : (Memory("VmHWM", host.Id), Memory("VmRSS", host.Id));
if (!host.HasExited)
{
    host.Kill(entireProcessTree: true);
    await host.WaitForExitAsync();
}
var stored = await StoredNudge.ReadAsync(database);
var sentInDb = dueNow.Count(id => stored[id].IsSent);

var lost = dueNow.Count(id => !perNudge.ContainsKey(id));
var duplicated = perNudge.Count(p => p.Value > 1);
var extraCopies = perNudge.Values.Sum(v => Math.Max(0, v - 1));
// Not all delivered: the time so far (up to when the run stopped) is only a lower bound, marked with ">".
var complete = lost == 0;
var stoppedAt = connector.Elapsed;
var fromFirst = complete ? lastAccepted - firstAttempt : stoppedAt - (firstAttempt ?? hostStart);
var fromStart = complete ? lastAccepted - hostStart : stoppedAt - hostStart;
var bound = complete ? "" : ">";
firstAccepted.Sort();
TimeSpan At(double fraction) => firstAccepted[Math.Clamp((int)Math.Ceiling(fraction * firstAccepted.Count) - 1, 0, firstAccepted.Count - 1)] - hostStart;
string Seconds(TimeSpan? t) => t is { } v ? v.TotalSeconds.ToString("0.00", inv) : "-";
string Ratio(TimeSpan? t) => t is { } v && minimum > 0 ? (v.TotalSeconds / minimum).ToString("0.000", inv) : "-";
string Bounded(TimeSpan? t) => t is null ? "-" : bound + Seconds(t);
string BoundedRatio(TimeSpan? t) => t is null ? "-" : bound + Ratio(t);

Console.WriteLine();
Console.WriteLine($"Stopped: {stopReason}.");
Console.WriteLine($"Nudges seeded due now:           {dueNow.Count} ({options.Tenants} tenant(s), {perTenant.Values.Max()} in the largest; 1 per conversation)");
Console.WriteLine($"Delivered (accepted with 200):   {perNudge.Count}");
Console.WriteLine(stopReason == "all delivered" || lost == 0
    ? $"Lost (never accepted):           {lost}"
    : $"Lost (never accepted):           {lost} when the run stopped ({stopReason}); {dueNow.Count - sentInDb} still not sent in the database: undelivered in time, not necessarily lost");
Console.WriteLine($"Duplicated (accepted > once):    {duplicated} ({extraCopies} extra copies)");
Console.WriteLine($"429s received by the host:       {statuses.GetValueOrDefault(429)}");
Console.WriteLine($"Requests at the stand-in:        {string.Join(", ", statuses.Select(s => $"{s.Value} × {s.Key}"))}; accepted but not a seeded nudge: {acceptedOther}");
Console.WriteLine($"Recorded as sent in the database: {sentInDb}");
Console.WriteLine($"Minimum the limits allow:        {minimum:0.00} s  (max(max_t n_t/{tenantRate.Count}, max_c n_c/{conversationRate.Count}) s)");
Console.WriteLine($"First attempt after host start:  {Seconds(firstAttempt - hostStart)} s");
Console.WriteLine($"Measured, first attempt → last nudge accepted: {Bounded(fromFirst)} s = {BoundedRatio(fromFirst)} × minimum" +
    (complete ? "" : " (not all delivered: the time until the run stopped, a lower bound)"));
Console.WriteLine($"Measured, host start → last nudge accepted:    {Bounded(fromStart)} s = {BoundedRatio(fromStart)} × minimum");
if (firstAccepted.Count > 0)
{
    Console.WriteLine($"Delivered by (from host start):  10% {Seconds(At(0.1))} s, 50% {Seconds(At(0.5))} s, 90% {Seconds(At(0.9))} s, 100% {Seconds(At(1))} s");
    var steady = (At(0.9) - At(0.1)).TotalSeconds;
    var steadyRate = steady > 0 ? 0.8 * firstAccepted.Count / steady : 0;
    Console.WriteLine($"Rate between 10% and 90%:        {steadyRate:0.0} nudges/s (the limits allow {options.Tenants * tenantRate.Count} a second in all)" +
        (complete || steadyRate <= 0 ? "" : $"; all {dueNow.Count} at that rate: about {dueNow.Count / steadyRate:0} s = {dueNow.Count / steadyRate / minimum:0.0} × minimum"));
}
Console.WriteLine($"Host memory at the end:          VmHWM {hwm / 1024.0:0.0} MB, VmRSS {rss / 1024.0:0.0} MB");
Console.WriteLine(string.Create(inv,
    $"RESULT nudges={dueNow.Count} tenants={options.Tenants} delivered={perNudge.Count} lost={lost} duplicated={duplicated} throttled={statuses.GetValueOrDefault(429)} " +
    $"minimum_s={minimum:0.00} first_attempt_s={Seconds(firstAttempt - hostStart)} measured_s={Bounded(fromFirst)} ratio={BoundedRatio(fromFirst)} " +
    $"from_start_s={Bounded(fromStart)} ratio_from_start={BoundedRatio(fromStart)} hwm_mb={hwm / 1024.0:0} rss_mb={rss / 1024.0:0} sent_in_db={sentInDb} stop=\"{stopReason}\""));
return lost == 0 && duplicated == 0 ? 0 : 1;

static string Describe(ConnectorWindow w) => $"{w.Count}/{w.Period.TotalSeconds:0.#} s";

// kB from a line of /proc/PID/status.
static long Memory(string field, int pid) =>
    File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith(field + ":", StringComparison.Ordinal))
        .Select(l => long.Parse(l[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture)).FirstOrDefault();

internal sealed record Options(int Nudges, int Tenants, string Data, int QuietSeconds, int? PatienceSeconds, IReadOnlyList<string> Host)
{
    public static Options Parse(string[] args)
    {
        var split = Array.IndexOf(args, "--");
        if (split < 0 || split == args.Length - 1) throw new ArgumentException("Usage: NudgeDispatch --nudges N --tenants T --data DIR [--quiet S] [--patience S] -- HOST COMMAND…");
        var named = args[..split].Chunk(2).ToDictionary(p => p[0], p => p.ElementAtOrDefault(1) ?? "", StringComparer.Ordinal);
        int Number(string name, int fallback) => named.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var patience = Number("--patience", 0);
        return new Options(Number("--nudges", 10_000), Number("--tenants", 1), Path.GetFullPath(named["--data"]), Number("--quiet", 5),
            patience > 0 ? patience : null, args[(split + 1)..]);
    }
}
