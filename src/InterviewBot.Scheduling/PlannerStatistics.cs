using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Scheduling;

/// <summary>
/// Keeps SQLite's query planner informed about the nudge timers, at start and once a day after.
/// To fire a batch of due timers Quartz reads them back by key in one statement, the keys joined with
/// OR. Without statistics SQLite does not trust the primary key for more than a couple of them and
/// walks every timer instead: 2–3 s with a million waiting nudges, under Quartz's lock, so firing falls
/// behind. With statistics (<c>ANALYZE</c>, sampling at most <see cref="AnalysisLimit"/> rows per index,
/// about a second on a million rows) the same read takes a fraction of a millisecond. PostgreSQL
/// keeps its own statistics; there this does nothing.
/// </summary>
public sealed class PlannerStatistics : BackgroundService
{
    public const int AnalysisLimit = 400;

    /// <summary>The tables grow and shrink with the nudges: statistics a day old are recent enough.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromDays(1);

    private readonly SchedulerDatabase _database;
    private readonly ILogger<PlannerStatistics> _logger;
    private readonly TaskCompletionSource _firstRefresh = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PlannerStatistics(SchedulerDatabase database, ILogger<PlannerStatistics> logger)
    {
        _database = database;
        _logger = logger;
    }

    /// <summary>Completes when the refresh at start has run (at once on PostgreSQL).</summary>
    public Task FirstRefresh => _firstRefresh.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_database.IsClustered)
        {
            _firstRefresh.TrySetResult();
            return;
        }
        await Task.Yield();
        await RefreshAsync(stoppingToken);
        _firstRefresh.TrySetResult();

        using var timer = new PeriodicTimer(RefreshInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await RefreshAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = PatientSqliteFactory.Instance.CreateConnection();
            connection.ConnectionString = _database.ConnectionString;
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA analysis_limit={AnalysisLimit}; ANALYZE;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Slower queries, not wrong ones: the next refresh tries again.
            Log.StatisticsFailed(_logger, exception);
        }
    }
}
