using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace InterviewBot.Cluster.Tests.Support;

/// <summary>
/// One host of the cluster: the built InterviewBot.Host.dll as a real process on a free loopback port,
/// in local mode (no app id, Development), on the given PostgreSQL database. Each host counts the
/// nudge jobs it ran from Quartz's own log line, so a test can see that both took part.
/// </summary>
public sealed class ClusterNode : IAsyncDisposable
{
    /// <summary>Quartz logs this (category Quartz.Core.JobRunShell, debug) before it runs a job; nudge jobs are in the "nudges" group.</summary>
    private const string NudgeJobStarted = "Calling Execute on job nudges.";

    private readonly Process _process;
    private readonly int _processId;
    private readonly string _workDir;
    private readonly ConcurrentQueue<string> _output = new();
    private int _nudgeJobsRun;

    private ClusterNode(string name, Process process, string workDir, Uri url)
    {
        Name = name;
        _process = process;
        _processId = process.Id;
        _workDir = workDir;
        Url = url;
    }

    public string Name { get; }

    public Uri Url { get; }

    /// <summary>Nudge jobs this host started (a re-fired or recovered job counts again).</summary>
    public int NudgeJobsRun => Volatile.Read(ref _nudgeJobsRun);

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// The host's Quartz instance id contains its process id (see AddNudgeScheduling), which is how
    /// the rows this node holds in the cluster's tables are told apart.
    /// </summary>
    public string InstanceIdPattern => $"%-{_processId}-%";

    /// <summary>The last lines the host printed, for a failing test's message.</summary>
    public string Output => $"--- {Name} ---\n" + string.Join('\n', _output.TakeLast(60));

    /// <summary>Starts the host; it is not waited for (see <see cref="WaitUntilHealthyAsync"/>), so several can start at once.</summary>
    public static ClusterNode Start(string name, string connectionString)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepoRoot.Path, "src", "InterviewBot.Host", "bin", configuration, "net10.0", "InterviewBot.Host.dll");
        Assert.True(File.Exists(dll), $"The host is not built at {dll}.");

        var workDir = Path.Combine(Path.GetTempPath(), "interviewbot-cluster-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workDir);
        var url = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", url.ToString().TrimEnd('/')])
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MicrosoftApp", StringComparison.Ordinal) || k.StartsWith("ConnectionStrings", StringComparison.Ordinal)
            || k.StartsWith("Database__", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(key);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__InterviewBot"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Quartz.Core.JobRunShell"] = "Debug";
        start.Environment["Logging__LogLevel__Quartz.Impl.AdoJobStore"] = "Information";
        start.Environment["Logging__LogLevel__InterviewBot.Scheduling"] = "Information";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";

        var process = Process.Start(start)!;
        var node = new ClusterNode(name, process, workDir, url);
        process.OutputDataReceived += (_, e) => node.Read(e.Data);
        process.ErrorDataReceived += (_, e) => node.Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    public async Task WaitUntilHealthyAsync(TimeSpan patience)
    {
        using var http = new HttpClient { BaseAddress = Url };
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            await Task.Delay(200);
        }
        Assert.Fail($"{Name} did not become healthy at {Url}:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown, no goodbye to the cluster; what it was doing is left half done.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    private void Read(string? line)
    {
        if (line is null) return;
        if (line.Contains(NudgeJobStarted, StringComparison.Ordinal)) Interlocked.Increment(ref _nudgeJobsRun);
        if (line.Contains("Quartz.Core.JobRunShell", StringComparison.Ordinal)) return;
        _output.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {line}");
        while (_output.Count > 200) _output.TryDequeue(out _);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
        try { Directory.Delete(_workDir, recursive: true); }
        catch (IOException) { /* the temp folder cleaner will get it */ }
    }
}
