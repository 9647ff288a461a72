using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace InterviewBot.Browser.Tests.Support;

/// <summary>
/// The built host started the way a newcomer starts it – no settings, so local mode – as a real
/// process listening on a free loopback port, in a temporary folder that holds its database.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _workDir;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(Process process, string workDir, Uri url)
    {
        _process = process;
        _workDir = workDir;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>What the host printed, for a failing test's message.</summary>
    public string Output => string.Join('\n', _output.TakeLast(80));

    public static async Task<HostProcess> StartAsync(IDictionary<string, string>? settings = null)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepoRoot.Path, "src", "InterviewBot.Host", "bin", configuration, "net10.0", "InterviewBot.Host.dll");
        Assert.True(File.Exists(dll), $"The host is not built at {dll}.");

        var workDir = Path.Combine(Path.GetTempPath(), "interviewbot-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workDir);
        var url = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", url.ToString().TrimEnd('/')])
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MicrosoftApp", StringComparison.Ordinal) || k.StartsWith("ConnectionStrings", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(key);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__InterviewBot.LocalChat"] = "Information";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var process = Process.Start(start)!;
        var host = new HostProcess(process, workDir, url);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) host._output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) host._output.Enqueue(e.Data); };
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

    private async Task<bool> WaitUntilHealthyAsync(TimeSpan patience)
    {
        using var http = new HttpClient { BaseAddress = Url };
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK) return true;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            await Task.Delay(200);
        }
        return false;
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
        try { Directory.Delete(_workDir, recursive: true); }
        catch (IOException) { /* a file still held for a moment; the temp folder cleaner will get it */ }
    }
}
