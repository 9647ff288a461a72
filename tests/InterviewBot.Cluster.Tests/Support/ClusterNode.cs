namespace InterviewBot.Cluster.Tests.Support;

/// <summary>
/// One host of the cluster: the built host as a real process (<see cref="HostProcess"/>) on the given
/// PostgreSQL database. Each host counts the nudge jobs it ran from Quartz's own log line, so a test can
/// see that both took part.
/// </summary>
public sealed class ClusterNode : IAsyncDisposable
{
    /// <summary>Quartz logs this (category Quartz.Core.JobRunShell, debug) before it runs a job; nudge jobs are in the "nudges" group.</summary>
    private const string NudgeJobStarted = "Calling Execute on job nudges.";

    private readonly HostProcess _host;
    private int _nudgeJobsRun;

    private ClusterNode(string name, string connectionString)
    {
        _host = HostProcess.Start(new HostProcessOptions
        {
            Name = name,
            Settings = new Dictionary<string, string>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:InterviewBot"] = connectionString,
                ["Logging:LogLevel:Quartz.Core.JobRunShell"] = "Debug",
                ["Logging:LogLevel:Quartz.Impl.AdoJobStore"] = "Information",
                ["Logging:LogLevel:InterviewBot.Scheduling"] = "Information",
                ["Logging:Console:FormatterName"] = "simple",
                ["Logging:Console:FormatterOptions:SingleLine"] = "true",
            },
            Keep = Read,
        });
    }

    public string Name => _host.Name;

    /// <summary>Nudge jobs this host started (a re-fired or recovered job counts again).</summary>
    public int NudgeJobsRun => Volatile.Read(ref _nudgeJobsRun);

    public bool HasExited => _host.HasExited;

    /// <summary>
    /// The host's Quartz instance id contains its process id (see AddNudgeScheduling), which is how
    /// the rows this node holds in the cluster's tables are told apart.
    /// </summary>
    public string InstanceIdPattern => $"%-{_host.Id}-%";

    /// <summary>The last lines the host printed, for a failing test's message.</summary>
    public string Output => _host.Output;

    /// <summary>Starts the host; it is not waited for (see <see cref="WaitUntilHealthyAsync"/>), so several can start at once.</summary>
    public static ClusterNode Start(string name, string connectionString) => new(name, connectionString);

    public Task WaitUntilHealthyAsync(TimeSpan patience) => _host.WaitUntilHealthyAsync(patience);

    /// <summary>SIGKILL: no shutdown, no goodbye to the cluster; what it was doing is left half done.</summary>
    public Task KillAsync() => _host.KillAsync();

    /// <summary>Counts the nudge jobs; Quartz's per-job lines are too many to keep.</summary>
    private bool Read(string line)
    {
        if (line.Contains(NudgeJobStarted, StringComparison.Ordinal)) Interlocked.Increment(ref _nudgeJobsRun);
        return !line.Contains("Quartz.Core.JobRunShell", StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
