using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace InterviewBot.Fault.Tests.Support;

/// <summary>
/// The built host as a real process in local mode (no <c>MicrosoftAppId</c>, Development), on the
/// SQLite file of a <see cref="DataFolder"/>, listening on a free loopback port. It can be killed
/// with SIGKILL and started again on the same file, as a crashed server is.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentDictionary<string, int> _exceptions = new(StringComparer.Ordinal);

    private BotProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the host printed, for a failing test's message.</summary>
    public string Output => string.Join('\n', _output.TakeLast(60));

    /// <summary>The exceptions the host logged (their first line), with how often, for a failing test's message.</summary>
    public string Exceptions => string.Join('\n', _exceptions.OrderByDescending(e => e.Value).Select(e => $"{e.Value} × {e.Key}"));

    /// <summary>Starts the host on <paramref name="data"/>'s database and waits until <c>/healthz</c> answers 200.</summary>
    public static async Task<BotProcess> StartAsync(DataFolder data, IDictionary<string, string>? settings = null)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepoRoot.Path, "src", "InterviewBot.Host", "bin", configuration, "net10.0", "InterviewBot.Host.dll");
        Assert.True(File.Exists(dll), $"The host is not built at {dll}.");

        var url = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", url.ToString().TrimEnd('/')])
        {
            WorkingDirectory = data.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MicrosoftApp", StringComparison.Ordinal)
                     || k.StartsWith("ConnectionStrings", StringComparison.Ordinal) || k.StartsWith("Slack", StringComparison.Ordinal)
                     || k.StartsWith("Api__", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(key);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__InterviewBot"] = data.ConnectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__InterviewBot.Scheduling.NudgeRecovery"] = "Information";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var process = Process.Start(start)!;
        var host = new BotProcess(process, url);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        if (!await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90)))
        {
            var output = host.Output;
            await host.DisposeAsync();
            Assert.Fail($"The host did not become healthy at {url}:\n{output}");
        }
        return host;
    }

    public HttpClient Client(TimeSpan? timeout = null) => new(new SocketsHttpHandler { UseProxy = false })
    {
        BaseAddress = Url,
        Timeout = timeout ?? TimeSpan.FromSeconds(30),
    };

    /// <summary>SIGKILL: the process ends at once, with no shutdown of any kind.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
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

    private async Task<bool> WaitUntilHealthyAsync(TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            if (await IsHealthyAsync()) return true;
            await Task.Delay(200);
        }
        return false;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        var trimmed = line.Trim();
        if (trimmed.Contains("Exception: ", StringComparison.Ordinal) && !trimmed.StartsWith("at ", StringComparison.Ordinal) && _exceptions.Count < 100)
            _exceptions.AddOrUpdate(trimmed.Length > 300 ? trimmed[..300] : trimmed, 1, (_, n) => n + 1);
        _output.Enqueue(line);
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
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
