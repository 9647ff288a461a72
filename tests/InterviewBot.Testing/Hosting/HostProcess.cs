using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace InterviewBot.Testing;

/// <summary>What a <see cref="HostProcess"/> is started with.</summary>
public sealed record HostProcessOptions
{
    /// <summary>Names the host in its output, where a test starts several.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The working folder, whose <c>./data/interviewbot.db</c> is the host's database unless the settings
    /// say otherwise; it outlives the process (restarts on the same file). By default the host gets a
    /// folder of its own, removed with it.
    /// </summary>
    public TempFolder? Folder { get; init; }

    /// <summary>Settings as the configuration names them (<c>Slack:BotToken</c>), given as environment variables.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Sees every line the host prints; a line it answers false for is left out of <see cref="HostProcess.Output"/>.</summary>
    public Func<string, bool>? Keep { get; init; }
}

/// <summary>
/// The built host (src/InterviewBot.Host, in the build configuration of the test run) as a real process,
/// started the way a newcomer starts it – no app id, no connection string, Development, so local mode on
/// SQLite in its working folder – plus the settings given, listening on a free loopback port. What it
/// prints is kept (the last lines) for a failing test's message. It can be killed with SIGKILL, as a
/// crashed server is, and a new one started on the same folder.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    /// <summary>How long a host may take to answer <c>/healthz</c> on a busy machine.</summary>
    public static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(90);

    /// <summary>Settings from the test run's own environment that would take the host out of local mode or off its folder.</summary>
    private static readonly string[] Inherited = ["MicrosoftApp", "ConnectionStrings", "Database__", "Slack", "Api__"];

    private readonly Process _process;
    private readonly TempFolder? _ownFolder;
    private readonly Func<string, bool>? _keep;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentDictionary<string, int> _exceptions = new(StringComparer.Ordinal);

    private HostProcess(Process process, Uri url, HostProcessOptions options, TempFolder? ownFolder)
    {
        _process = process;
        _ownFolder = ownFolder;
        _keep = options.Keep;
        Name = options.Name ?? "host";
        Url = url;
        Id = process.Id;
    }

    public string Name { get; }

    public Uri Url { get; }

    /// <summary>The process id (still known after it exited).</summary>
    public int Id { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the host printed, for a failing test's message.</summary>
    public string Output => $"--- {Name} ---\n" + string.Join('\n', _output.TakeLast(80));

    /// <summary>Every line the host printed so far (the last 200), as printed: for tests of what a person starting it reads.</summary>
    public IReadOnlyList<string> Lines => _output.Select(l => l[(l.IndexOf(' ', StringComparison.Ordinal) + 1)..]).ToList();

    /// <summary>Waits for a host that should stop on its own (a bad setting) and returns its exit code; fails the test if it keeps running.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan? patience = null)
    {
        using var timeout = new CancellationTokenSource(patience ?? StartPatience);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"{Name} kept running:\n{Output}");
        }
        return _process.ExitCode;
    }

    /// <summary>The exceptions the host logged (their first line), with how often, for a failing test's message.</summary>
    public string Exceptions => string.Join('\n', _exceptions.OrderByDescending(e => e.Value).Select(e => $"{e.Value} × {e.Key}"));

    /// <summary>Starts the host and waits until <c>/healthz</c> answers 200; fails the test with the host's output if it does not.</summary>
    public static async Task<HostProcess> StartAsync(HostProcessOptions? options = null)
    {
        var host = Start(options);
        try
        {
            await host.WaitUntilHealthyAsync();
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    /// <summary>Starts the host without waiting for it (see <see cref="WaitUntilHealthyAsync"/>), so several can start at once.</summary>
    public static HostProcess Start(HostProcessOptions? options = null)
    {
        options ??= new HostProcessOptions();
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepoRoot.Path, "src", "InterviewBot.Host", "bin", configuration, "net10.0", "InterviewBot.Host.dll");
        Assert.True(File.Exists(dll), $"The host is not built at {dll}.");

        var ownFolder = options.Folder is null ? new TempFolder() : null;
        var url = new Uri($"http://127.0.0.1:{FreePort.Find()}/");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", url.ToString().TrimEnd('/')])
        {
            WorkingDirectory = (options.Folder ?? ownFolder)!.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var key in start.Environment.Keys.Where(k => Inherited.Any(prefix => k.StartsWith(prefix, StringComparison.Ordinal))).ToList())
            start.Environment.Remove(key);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__InterviewBot.Scheduling.NudgeRecovery"] = "Information";
        foreach (var (key, value) in options.Settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var process = Process.Start(start)!;
        var host = new HostProcess(process, url, options, ownFolder);
        process.OutputDataReceived += (_, e) => host.Read(e.Data);
        process.ErrorDataReceived += (_, e) => host.Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until <c>/healthz</c> answers 200; fails the test with the host's output if it does not in time, or exits.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? StartPatience);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            if (await IsHealthyAsync()) return;
            await Task.Delay(200);
        }
        Assert.Fail($"{Name} did not become healthy at {Url}:\n{Output}");
    }

    public async Task<bool> IsHealthyAsync()
    {
        using var http = Client(TimeSpan.FromSeconds(10));
        try
        {
            using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException) { return false; }
        catch (TaskCanceledException) { return false; }
    }

    public HttpClient Client(TimeSpan? timeout = null) => new(new SocketsHttpHandler { UseProxy = false })
    {
        BaseAddress = Url,
        Timeout = timeout ?? TimeSpan.FromSeconds(30),
    };

    /// <summary>SIGKILL: the process ends at once, with no shutdown of any kind; what it was doing is left half done.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>The process's resident set size (VmRSS in /proc/&lt;pid&gt;/status), in bytes.</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (!line.StartsWith("VmRSS:", StringComparison.Ordinal)) continue;
            var kilobytes = line["VmRSS:".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
        }
        throw new InvalidOperationException($"No VmRSS for process {_process.Id}.");
    }

    private void Read(string? line)
    {
        if (line is null || _keep?.Invoke(line) == false) return;
        var trimmed = line.Trim();
        if (trimmed.Contains("Exception: ", StringComparison.Ordinal) && !trimmed.StartsWith("at ", StringComparison.Ordinal) && _exceptions.Count < 100)
            _exceptions.AddOrUpdate(trimmed.Length > 300 ? trimmed[..300] : trimmed, 1, (_, n) => n + 1);
        _output.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {line}");
        while (_output.Count > 200) _output.TryDequeue(out _);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
        _ownFolder?.Dispose();
    }
}
