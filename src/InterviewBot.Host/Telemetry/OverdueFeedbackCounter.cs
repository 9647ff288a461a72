using InterviewBot.Core.Telemetry;
using InterviewBot.Persistence;

namespace InterviewBot.Host.Telemetry;

/// <summary>
/// Counts the phone screens whose feedback is overdue once a minute, for the
/// <c>interviewbot.feedback.overdue</c> gauge: a cheap count, so a collector asking often never reaches the database.
/// </summary>
internal sealed partial class OverdueFeedbackCounter(IServiceScopeFactory scopes, ILogger<OverdueFeedbackCounter> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    /// <summary>Counts now and reports the figure to the gauge.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var count = await OverdueFeedback.CountAsync(scope.ServiceProvider, cancellationToken);
        BotTelemetry.ReportOverdueFeedback(count);
        return count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                await CountAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                CountFailed(logger, failure); // the database may be starting or away: the next minute tries again
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Counting overdue feedback for the metrics failed")]
    private static partial void CountFailed(ILogger logger, Exception exception);
}
