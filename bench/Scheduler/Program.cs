// Scheduler at scale, for bench/run-scheduler.sh. Two commands, each its own process so that the
// memory figures of the measuring process do not include the seeding:
//
//   dotnet SchedulerScale.dll seed    --folder DIR --size N [--mode sql|recovery] [--results FILE]
//   dotnet SchedulerScale.dll measure --folder DIR --size N [--ops 2000] [--fire 1000] [--delivery write|record] [--results FILE]
//   dotnet SchedulerScale.dll probe   --folder DIR   (plan and time of Quartz's read of acquired triggers by key)
//   dotnet SchedulerScale.dll analyze --folder DIR   (PRAGMA analysis_limit=400; ANALYZE: planner statistics)
//
// seed: a new SQLite file DIR/interviewbot.db, migrated by the app, with N waiting nudges due over
// the next four weeks, written by EF through the app's own model (the Nudge constructor). Their timers:
//   --mode sql       (default) batched INSERTs in one transaction per chunk, copying exactly the rows
//                    Quartz itself wrote for a template nudge scheduled through the real
//                    QuartzNudgeScheduler (only the name, the nudge id and the fire times differ);
//   --mode recovery  none: the measuring process's start-up NudgeRecovery creates every timer through
//                    EnsureScheduledAsync (the product's own bulk path), and that time is the seeding time.
// measure: the app's scheduling wired as the host wires it (AddInterviewBotPersistence + AddNudgeScheduling
// on the same file, Quartz started, NudgeRecovery run), with a recording INudgeDelivery. It reports the
// start-up recovery pass, checks a sample of timers with GetTrigger, times ScheduleAsync (new nudge),
// ScheduleAsync (existing nudge moved), CancelAsync (existing nudge), lets --fire nudges due in 10–40 s
// fire through the real DeliverNudgeJob, and reads VmRSS/VmHWM from /proc/self/status. The delivery
// records the hand-over time and then (--delivery write, the default) marks the nudge sent with EF as the
// real delivery does after a send; --delivery record leaves that write out.
// --label names the column the figures go to (default: the size).
//
// Figures go to stdout and, one "size<TAB>metric<TAB>value" line each, to --results.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Nudges;
using InterviewBot.Core.Ports;
using InterviewBot.Persistence;
using InterviewBot.Scheduling;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

var options = Options.Parse(args);
return options.Command switch
{
    "seed" => await Seed.RunAsync(options),
    "measure" => await Measure.RunAsync(options),
    "probe" => Probe.Run(options),
    "analyze" => Probe.Analyze(options),
    _ => Options.Usage(),
};

internal sealed record Options(string Command, string Folder, int Size, string Mode, int Ops, int Fire, string? Results, string Label, bool DeliveryWrites)
{
    public static Options Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        int GetInt(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        return new Options(args.Length > 0 ? args[0] : "", Path.GetFullPath(Get("--folder", "scheduler-bench")), GetInt("--size", 10_000),
            Get("--mode", "sql"), GetInt("--ops", 2_000), GetInt("--fire", 1_000), Get("--results", "") is { Length: > 0 } r ? Path.GetFullPath(r) : null,
            Get("--label", Get("--size", "10000")), Get("--delivery", "write") != "record");
    }

    public static int Usage()
    {
        Console.Error.WriteLine("usage: SchedulerScale seed|measure|probe|analyze --folder DIR --size N [--mode sql|recovery] [--ops 2000] [--fire 1000] [--results FILE] [--label NAME] [--delivery write|record]");
        return 2;
    }

    public string DatabasePath => Path.Combine(Folder, "interviewbot.db");

    public string ConnectionString => DatabaseSettings.ResolveSqliteConnectionString($"Data Source={DatabasePath}", Folder);
}

/// <summary>Prints a figure and appends it to the results file.</summary>
internal sealed class Report(Options options)
{
    public void Add(string metric, double value, string unit = "")
    {
        var text = value.ToString(value == Math.Floor(value) && Math.Abs(value) < 1e12 ? "0" : "0.###", CultureInfo.InvariantCulture);
        Console.WriteLine($"  {metric,-34} {text} {unit}");
        if (options.Results is { } file)
            File.AppendAllText(file, string.Create(CultureInfo.InvariantCulture, $"{options.Label}\t{metric}\t{text}\n"));
    }

#pragma warning disable CA1822 // An instance method beside Add, for the call sites' sake.
    public void Note(string line) => Console.WriteLine(line);
#pragma warning restore CA1822
}

/// <summary>The app's scheduling as the host wires it, on the bench's SQLite file, with a recording delivery.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly IHost host;

    private BenchHost(IHost host) => this.host = host;

    public IServiceProvider Services => host.Services;
    public INudgeScheduler Scheduler => Services.GetRequiredService<INudgeScheduler>();
    public NudgeRecovery Recovery => Services.GetRequiredService<NudgeRecovery>();
    public RecordingDelivery Delivery => Services.GetRequiredService<RecordingDelivery>();

    public static async Task<BenchHost> CreateAsync(Options options)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = options.Folder,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("InterviewBot.Scheduling.NudgeRecovery", LogLevel.Information);
        builder.Services.AddInterviewBotPersistence(options.ConnectionString);
        builder.Services.AddSingleton(TimeProvider.System); // the application's clock, as AddInterviewBotCore adds it
        builder.Services.AddNudgeScheduling(options.ConnectionString);
        builder.Services.AddSingleton(sp => new RecordingDelivery(sp.GetRequiredService<IServiceScopeFactory>(), options.DeliveryWrites));
        builder.Services.AddSingleton<INudgeDelivery>(sp => sp.GetRequiredService<RecordingDelivery>());
        var host = builder.Build();
        await host.Services.MigrateInterviewBotDatabaseAsync();
        return new BenchHost(host);
    }

    public Task StartAsync() => host.StartAsync();

    public async Task<IScheduler> QuartzAsync() => await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}

/// <summary>
/// Stands in for the core's delivery (which needs a chat to send to): records when each nudge was handed
/// over, then marks it sent in the database as the real delivery does after a send, so the database
/// work of a firing is there too.
/// </summary>
/// <remarks>With <c>--delivery record</c> it only records: the scheduler's own cost, without the database write.</remarks>
internal sealed class RecordingDelivery(IServiceScopeFactory scopes, bool writes) : INudgeDelivery
{
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> delivered = new();

    public IReadOnlyDictionary<Guid, DateTimeOffset> Delivered => delivered;

    public int Count => delivered.Count;

    public async Task DeliverAsync(Guid nudgeId, CancellationToken cancellationToken = default)
    {
        var at = TimeProvider.System.GetUtcNow();
        delivered.TryAdd(nudgeId, at);
        if (!writes) return;
        await using var scope = scopes.CreateAsyncScope();
        var nudge = await scope.ServiceProvider.GetRequiredService<INudges>().FindAsync(nudgeId, cancellationToken);
        if (nudge is null || !nudge.IsWaiting) return;
        nudge.MarkSent("C-BENCH", "M-" + nudgeId.ToString("N"), at.UtcDateTime);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancellationToken);
    }
}

internal static class Bench
{
    public static readonly NudgeKind[] Kinds =
        [NudgeKind.PrepReminder, NudgeKind.CallStarting, NudgeKind.CallDone, NudgeKind.FeedbackDue, NudgeKind.KeepInTheLoop, NudgeKind.ThankYou, NudgeKind.PostMortem];

    public static DateTime Seconds(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);

    /// <summary>A waiting nudge as the planner stores one (a person's nudge in a workspace, unique key), due at <paramref name="dueUtc"/>.</summary>
    public static Nudge NewNudge(Guid workspaceId, long i, string keyPrefix, DateTime dueUtc, DateTime nowUtc)
    {
        var kind = Kinds[i % Kinds.Length];
        var recipient = kind is NudgeKind.ThankYou or NudgeKind.PostMortem ? NudgeRecipient.Candidate : NudgeRecipient.Recruiter;
        return new Nudge(workspaceId, null, Guid.NewGuid(), kind, recipient, $"{keyPrefix}:{i}", 1, dueUtc, nowUtc);
    }

    public static (long RssKb, long HwmKb) Memory()
    {
        long rss = 0, hwm = 0;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kb(line);
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) hwm = Kb(line);
        }
        return (rss, hwm);
        static long Kb(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    public static void AddMemory(Report report, string when)
    {
        var (rss, hwm) = Memory();
        report.Add($"rss_mb_{when}", rss / 1024.0, "MB");
        report.Add($"hwm_mb_{when}", hwm / 1024.0, "MB");
        report.Add($"gc_heap_mb_{when}", GC.GetTotalMemory(false) / 1048576.0, "MB");
    }

    public static void AddStats(Report report, string name, List<double> ms)
    {
        ms.Sort();
        report.Add($"{name}_n", ms.Count);
        report.Add($"{name}_mean_ms", ms.Average(), "ms");
        report.Add($"{name}_p50_ms", Percentile(ms, 0.50), "ms");
        report.Add($"{name}_p99_ms", Percentile(ms, 0.99), "ms");
        report.Add($"{name}_max_ms", ms[^1], "ms");
    }

    /// <summary>Nearest rank on a sorted list.</summary>
    public static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static SqliteConnection Open(Options options)
    {
        var connection = new SqliteConnection(options.ConnectionString);
        connection.Open();
        return connection;
    }
}

/// <summary>The rows Quartz wrote for one nudge, to be copied for the others.</summary>
internal sealed record TemplateRow(string Table, string[] Columns, object?[] Values);

internal static class Seed
{
    private const int Chunk = 5_000;

    public static async Task<int> RunAsync(Options options)
    {
        var report = new Report(options);
        report.Note($"== seed {options.Size:N0} nudges ({options.Mode}) into {options.DatabasePath}");
        Directory.CreateDirectory(options.Folder);
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(options.DatabasePath + suffix);

        var now = Bench.Seconds(DateTime.UtcNow);
        var workspaceCount = Math.Max(1, options.Size / 1_000);
        var workspaceIds = new Guid[workspaceCount];

        // The schema (EF's migrations, Quartz's ProvisionSchema at start), the workspaces, and one template
        // nudge scheduled through the real scheduler, whose rows are read back and then removed.
        List<TemplateRow> template = [];
        var templateId = Guid.NewGuid();
        var templateDue = Bench.Seconds(now.AddDays(7));
        var total = Stopwatch.StartNew();
        await using (var host = await BenchHost.CreateAsync(options))
        {
            await host.StartAsync();
            await host.Recovery.Completion;
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var workspaces = scope.ServiceProvider.GetRequiredService<IWorkspaces>();
                for (var w = 0; w < workspaceCount; w++)
                {
                    var workspace = new Workspace(Platforms.Teams, $"tenant-bench-{w}", now) { Name = $"Bench tenant {w}" };
                    workspaces.Add(workspace);
                    workspaceIds[w] = workspace.Id;
                }
                await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            }
            if (options.Mode == "sql")
            {
                await host.Scheduler.ScheduleAsync(templateId, templateDue);
                template = ReadTemplate(options, templateId);
                await host.Scheduler.CancelAsync(templateId);
            }
        }

        var templateName = templateId.ToString("N");
        var templateTicks = new DateTimeOffset(templateDue, TimeSpan.Zero).UtcTicks;
        if (options.Mode == "sql")
        {
            foreach (var row in template)
            {
                var swapped = row.Columns.Where((_, c) => Swap(row.Values[c], templateId, templateName, templateTicks, Guid.Empty, 0) is not null).ToList();
                report.Note($"  template {row.Table}: {row.Columns.Length} columns, per nudge: {string.Join(", ", swapped)}");
            }
            if (!template.Any(r => r.Table.Equals("QRTZ_TRIGGERS", StringComparison.OrdinalIgnoreCase)) || !template.Any(r => r.Table.Equals("QRTZ_JOB_DETAILS", StringComparison.OrdinalIgnoreCase)))
                throw new InvalidOperationException("Quartz wrote no trigger or job row for the template nudge.");
        }

        // EF for the nudge rows (the app's model and converters), raw batched INSERTs for the timers.
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddInterviewBotPersistence(options.ConnectionString);
        await using var provider = services.BuildServiceProvider();
        var random = new Random(42);
        var nudgeTime = new Stopwatch();
        var timerTime = new Stopwatch();
        using var quartz = Bench.Open(options);
        var inserts = template.Select(row => Insert(quartz, row)).ToList();
        for (long first = 0; first < options.Size; first += Chunk)
        {
            var count = (int)Math.Min(Chunk, options.Size - first);
            var batch = new List<Nudge>(count);
            nudgeTime.Start();
            await using (var scope = provider.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<InterviewBotDbContext>();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                for (var k = 0; k < count; k++)
                {
                    var i = first + k;
                    // Due over the next four weeks, from an hour from now.
                    var due = Bench.Seconds(now.AddHours(1).AddSeconds(random.NextDouble() * TimeSpan.FromDays(28).TotalSeconds));
                    var nudge = Bench.NewNudge(workspaceIds[i % workspaceCount], i, "bench", due, now);
                    batch.Add(nudge);
                    db.Nudges.Add(nudge);
                }
                await db.SaveChangesAsync();
            }
            nudgeTime.Stop();

            if (options.Mode == "sql")
            {
                timerTime.Start();
                using var transaction = quartz.BeginTransaction();
                foreach (var nudge in batch)
                {
                    var name = nudge.Id.ToString("N");
                    var ticks = new DateTimeOffset(nudge.DueUtc, TimeSpan.Zero).UtcTicks;
                    foreach (var (command, row) in inserts.Zip(template))
                    {
                        command.Transaction = transaction;
                        for (var c = 0; c < row.Columns.Length; c++)
                            command.Parameters[c].Value = Swap(row.Values[c], templateId, templateName, templateTicks, nudge.Id, ticks) ?? row.Values[c] ?? DBNull.Value;
                        command.ExecuteNonQuery();
                    }
                }
                transaction.Commit();
                timerTime.Stop();
            }
            if ((first / Chunk) % 40 == 39) Console.WriteLine($"  … {first + count:N0} nudges, {total.Elapsed.TotalSeconds:0} s");
        }
        foreach (var command in inserts) command.Dispose();

        report.Add("seed_nudge_rows_s", nudgeTime.Elapsed.TotalSeconds, "s");
        report.Add("seed_nudge_rows_per_s", options.Size / nudgeTime.Elapsed.TotalSeconds, "/s");
        if (options.Mode == "sql")
        {
            report.Add("seed_timers_sql_s", timerTime.Elapsed.TotalSeconds, "s");
            report.Add("seed_timers_sql_per_s", options.Size / timerTime.Elapsed.TotalSeconds, "/s");
        }
        report.Add("seed_total_s", total.Elapsed.TotalSeconds, "s");
        using (var check = quartz.CreateCommand())
        {
            check.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            check.ExecuteNonQuery();
        }
        report.Add("db_mb", new FileInfo(options.DatabasePath).Length / 1048576.0, "MB");
        return 0;
    }

    /// <summary>What the template's value becomes for another nudge, or null when it is the same for every nudge.</summary>
    private static object? Swap(object? value, Guid templateId, string templateName, long templateTicks, Guid id, long ticks) => value switch
    {
        string s when s == templateName => id.ToString("N"),
        string s when s.Contains(templateId.ToString("D"), StringComparison.Ordinal) => s.Replace(templateId.ToString("D"), id.ToString("D"), StringComparison.Ordinal),
        long l when l == templateTicks => ticks,
        byte[] b when Encoding.UTF8.GetString(b) is var text && text.Contains(templateId.ToString("D"), StringComparison.Ordinal) =>
            Encoding.UTF8.GetBytes(text.Replace(templateId.ToString("D"), id.ToString("D"), StringComparison.Ordinal)),
        _ => null,
    };

    private static List<TemplateRow> ReadTemplate(Options options, Guid templateId)
    {
        using var connection = Bench.Open(options);
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'QRTZ_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }

        var rows = new List<TemplateRow>();
        // Job first, then the trigger, then its simple-trigger row: the order Quartz writes them in.
        foreach (var table in tables.OrderBy(t => t.Contains("JOB_DETAILS", StringComparison.OrdinalIgnoreCase) ? 0 : t.Equals("QRTZ_TRIGGERS", StringComparison.OrdinalIgnoreCase) ? 1 : 2))
        {
            var columns = Columns(connection, table);
            var key = columns.Contains("TRIGGER_NAME") ? "TRIGGER_NAME" : columns.Contains("JOB_NAME") ? "JOB_NAME" : null;
            if (key is null) continue;
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM {table} WHERE {key} = $name";
            select.Parameters.AddWithValue("$name", templateId.ToString("N"));
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var values = new object?[reader.FieldCount];
                var names = new string[reader.FieldCount];
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    names[c] = reader.GetName(c);
                    values[c] = reader.IsDBNull(c) ? null : reader.GetValue(c);
                }
                rows.Add(new TemplateRow(table, names, values));
            }
        }
        return rows;
    }

    private static HashSet<string> Columns(SqliteConnection connection, string table)
    {
        using var info = connection.CreateCommand();
        info.CommandText = $"PRAGMA table_info({table})";
        using var reader = info.ExecuteReader();
        var columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read()) columns.Add(reader.GetString(1));
        return columns;
    }

    private static SqliteCommand Insert(SqliteConnection connection, TemplateRow row)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {row.Table} ({string.Join(", ", row.Columns)}) VALUES ({string.Join(", ", row.Columns.Select((_, c) => $"$p{c}"))})";
        for (var c = 0; c < row.Columns.Length; c++) command.Parameters.Add(new SqliteParameter($"$p{c}", DBNull.Value));
        command.Prepare();
        return command;
    }
}

internal static class Measure
{
    public static async Task<int> RunAsync(Options options)
    {
        var report = new Report(options);
        report.Note($"== measure with {options.Size:N0} nudges in {options.DatabasePath} (delivery: {(options.DeliveryWrites ? "records, then marks the nudge sent" : "records only")})");
        var random = new Random(7);

        await using var host = await BenchHost.CreateAsync(options);
        var started = Stopwatch.StartNew();
        await host.StartAsync();
        report.Add("host_start_s", started.Elapsed.TotalSeconds, "s");
        // The start-up pass over every waiting nudge (the host does the same in the background).
        var recovered = await host.Recovery.Completion;
        report.Add("recovery_s", started.Elapsed.TotalSeconds, "s");
        report.Add("recovery_waiting", recovered.Waiting);
        report.Add("recovery_restored", recovered.Restored);
        Bench.AddMemory(report, "after_recovery");

        var scheduler = host.Scheduler;
        var quartz = await host.QuartzAsync();
        var now = DateTime.UtcNow;
        Guid workspaceId;

        // Existing waiting nudges at random: some to check, some to move, some to cancel.
        var sampleSize = 200 + 2 * (options.Ops + 50);
        List<(Guid Id, DateTime Due)> sample;
        var sampling = Stopwatch.StartNew();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InterviewBotDbContext>();
            sample = (await db.Nudges.AsNoTracking().Where(n => n.State == NudgeState.Pending).OrderBy(n => EF.Functions.Random()).Take(sampleSize)
                .Select(n => new { n.Id, n.DueUtc }).ToListAsync()).Select(n => (n.Id, n.DueUtc)).ToList();
            workspaceId = await db.Workspaces.OrderBy(w => w.Id).Select(w => w.Id).FirstAsync();
        }
        report.Note($"  (sampled {sample.Count} waiting nudges in {sampling.Elapsed.TotalSeconds:0.0} s)");
        if (sample.Count < sampleSize) throw new InvalidOperationException($"Only {sample.Count} waiting nudges; need {sampleSize}.");

        // Quartz sees each sampled nudge's timer at its due time.
        var check = sample.Take(200).ToList();
        var right = 0;
        foreach (var (id, due) in check)
        {
            var trigger = await quartz.GetTrigger(new TriggerKey(id.ToString("N"), "nudges"));
            if (trigger?.NextFireTimeUtc == new DateTimeOffset(due, TimeSpan.Zero)) right++;
        }
        report.Add("timers_checked", check.Count);
        report.Add("timers_right", right);
        var toMove = sample.Skip(200).Take(options.Ops + 50).ToList();
        var toCancel = sample.Skip(200 + options.Ops + 50).ToList();

        // ScheduleAsync for a nudge just stored (booking, planning), as the core calls it after the commit.
        var fresh = await AddNudgesAsync(host, workspaceId, "bench-new", options.Ops + 50,
            _ => Bench.Seconds(now.AddHours(1).AddSeconds(random.NextDouble() * TimeSpan.FromDays(28).TotalSeconds)));
        var ms = new List<double>();
        foreach (var (i, nudge) in fresh.Index())
        {
            var t = Stopwatch.GetTimestamp();
            await scheduler.ScheduleAsync(nudge.Id, nudge.DueUtc);
            if (i >= 50) ms.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds); // the first 50 warm up
        }
        Bench.AddStats(report, "schedule_new", ms);

        // ScheduleAsync for a nudge that already has a timer (snooze, a moved call): Replacing.
        var moved = new List<(Guid Id, DateTime Due)>();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var nudges = scope.ServiceProvider.GetRequiredService<INudges>();
            foreach (var (id, _) in toMove)
            {
                var nudge = (await nudges.FindAsync(id))!;
                var due = Bench.Seconds(now.AddHours(2).AddSeconds(random.NextDouble() * TimeSpan.FromDays(28).TotalSeconds));
                nudge.MoveTo(due, now);
                moved.Add((id, due));
            }
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }
        ms.Clear();
        foreach (var (i, (id, due)) in moved.Index())
        {
            var t = Stopwatch.GetTimestamp();
            await scheduler.ScheduleAsync(id, due);
            if (i >= 50) ms.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        Bench.AddStats(report, "schedule_move", ms);

        // CancelAsync for a nudge with a timer (done, stopped, interview cancelled), after the commit.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var nudges = scope.ServiceProvider.GetRequiredService<INudges>();
            foreach (var (id, _) in toCancel) (await nudges.FindAsync(id))!.Cancel(now);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }
        ms.Clear();
        foreach (var (i, (id, _)) in toCancel.Index())
        {
            var t = Stopwatch.GetTimestamp();
            await scheduler.CancelAsync(id);
            if (i >= 50) ms.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        Bench.AddStats(report, "cancel", ms);
        var gone = 0;
        foreach (var (id, _) in toCancel.Take(200))
            if (await quartz.GetTrigger(new TriggerKey(id.ToString("N"), "nudges")) is null) gone++;
        report.Add("cancelled_gone_of_200", gone);

        // Firing: nudges due 10–40 s from when they are all scheduled, fired by Quartz through DeliverNudgeJob.
        if (options.Fire > 0)
        {
            var scheduleEstimate = TimeSpan.FromMilliseconds(ms.Average() * 2 * options.Fire);
            var start = DateTime.UtcNow + scheduleEstimate + TimeSpan.FromSeconds(10);
            var spread = TimeSpan.FromSeconds(30);
            // Millisecond due times, spread evenly: a second-aligned time would bunch them up.
            var firing = await AddNudgesAsync(host, workspaceId, "bench-fire", options.Fire,
                i => new DateTime(start.Ticks - start.Ticks % TimeSpan.TicksPerMillisecond + spread.Ticks * i / options.Fire, DateTimeKind.Utc));
            var scheduling = Stopwatch.StartNew();
            foreach (var nudge in firing) await scheduler.ScheduleAsync(nudge.Id, nudge.DueUtc);
            report.Add("fire_schedule_all_s", scheduling.Elapsed.TotalSeconds, "s");
            var lead = (start - DateTime.UtcNow).TotalSeconds;
            report.Add("fire_first_due_in_s", lead, "s");

            var last = firing[^1].DueUtc;
            var deadline = last + TimeSpan.FromSeconds(60);
            // Only this set counts: nudges left due by an earlier run on the same file fire at start too.
            while (firing.Count(n => host.Delivery.Delivered.ContainsKey(n.Id)) < firing.Count && DateTime.UtcNow < deadline) await Task.Delay(200);
            await Task.Delay(500);
            var lateness = new List<double>();
            foreach (var nudge in firing)
                if (host.Delivery.Delivered.TryGetValue(nudge.Id, out var at))
                    lateness.Add((at - new DateTimeOffset(nudge.DueUtc, TimeSpan.Zero)).TotalMilliseconds);
            report.Add("fire_delivered", lateness.Count);
            report.Add("fire_missing", firing.Count - lateness.Count);
            report.Add("fire_early", lateness.Count(l => l < 0));
            if (lateness.Count > 0) Bench.AddStats(report, "fire_lateness", lateness);
        }

        Bench.AddMemory(report, "after_firing");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InterviewBotDbContext>();
            report.Add("pending_at_end", await db.Nudges.CountAsync(n => n.State == NudgeState.Pending));
        }
        return 0;
    }

    private static async Task<List<Nudge>> AddNudgesAsync(BenchHost host, Guid workspaceId, string keyPrefix, int count, Func<int, DateTime> due)
    {
        var now = DateTime.UtcNow;
        var list = new List<Nudge>(count);
        await using var scope = host.Services.CreateAsyncScope();
        var nudges = scope.ServiceProvider.GetRequiredService<INudges>();
        var run = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < count; i++)
        {
            var nudge = Bench.NewNudge(workspaceId, i, $"{keyPrefix}-{run}", due(i), now);
            nudges.Add(nudge);
            list.Add(nudge);
        }
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return list;
    }
}

/// <summary>
/// The plans and times, on this file and with the SQLite that Microsoft.Data.Sqlite bundles, of the
/// statements Quartz runs to fire a trigger (captured from a firing), with 1 and with 8 keys.
/// </summary>
internal static class Probe
{
    private const string StoredTriggers = "SELECT JOB_NAME, NEXT_FIRE_TIME, REPEAT_COUNT, t.TRIGGER_NAME FROM QRTZ_TRIGGERS t " +
        "LEFT JOIN QRTZ_SIMPLE_TRIGGERS st ON (st.SCHED_NAME = t.SCHED_NAME AND st.TRIGGER_GROUP = t.TRIGGER_GROUP AND st.TRIGGER_NAME = t.TRIGGER_NAME) " +
        "LEFT JOIN QRTZ_CRON_TRIGGERS ct ON (ct.SCHED_NAME = t.SCHED_NAME AND ct.TRIGGER_GROUP = t.TRIGGER_GROUP AND ct.TRIGGER_NAME = t.TRIGGER_NAME) " +
        "WHERE t.SCHED_NAME = @schedulerName AND (";

    /// <summary>Gives SQLite's planner statistics (sqlite_stat1), sampling at most 400 rows per index, as a product fix could at start.</summary>
    public static int Analyze(Options options)
    {
        using var connection = Bench.Open(options);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA analysis_limit=400; ANALYZE;";
        var t = Stopwatch.GetTimestamp();
        command.ExecuteNonQuery();
        new Report(options).Add("analyze_ms", Stopwatch.GetElapsedTime(t).TotalMilliseconds, "ms");
        return 0;
    }

    public static int Run(Options options)
    {
        var report = new Report(options);
        using var connection = Bench.Open(options);
        using (var version = connection.CreateCommand())
        {
            version.CommandText = "select sqlite_version()";
            Console.WriteLine($"== probe: Quartz's read of stored triggers by key (as in its batch acquisition), SQLite {version.ExecuteScalar()}");
        }
        var names = new List<string>();
        using (var pick = connection.CreateCommand())
        {
            pick.CommandText = "SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'nudges' LIMIT 16";
            using var reader = pick.ExecuteReader();
            while (reader.Read()) names.Add(reader.GetString(0));
        }
        foreach (var keys in new[] { 1, 2, 8 })
        {
            var clause = string.Join(" OR ", Enumerable.Range(0, keys).Select(k => $"(t.TRIGGER_NAME = @tkn{k:000} AND t.TRIGGER_GROUP = @tkg{k:000})"));
            var sql = StoredTriggers + clause + ")";
            foreach (var explain in new[] { true, false })
            {
                using var command = connection.CreateCommand();
                command.CommandText = (explain ? "EXPLAIN QUERY PLAN " : "") + sql;
                command.Parameters.AddWithValue("@schedulerName", SchedulingServiceCollectionExtensions.SchedulerName);
                for (var k = 0; k < keys; k++)
                {
                    command.Parameters.AddWithValue($"@tkn{k:000}", names[k]);
                    command.Parameters.AddWithValue($"@tkg{k:000}", "nudges");
                }
                var t = Stopwatch.GetTimestamp();
                using var reader = command.ExecuteReader();
                var rows = 0;
                while (reader.Read())
                {
                    rows++;
                    if (explain && keys == 8) Console.WriteLine($"    plan, 8 keys: {reader.GetString(3)}");
                }
                if (!explain) report.Add($"quartz_triggers_by_{keys}_keys_ms", Stopwatch.GetElapsedTime(t).TotalMilliseconds, "ms");
            }
        }
        return 0;
    }
}
