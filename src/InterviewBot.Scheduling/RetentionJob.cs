using InterviewBot.Core.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace InterviewBot.Scheduling;

/// <summary>
/// Once a day, removes what is older than the retention window (<see cref="RetentionSweep"/>) and the
/// workspaces the bot was removed from long enough ago (<see cref="UninstalledWorkspaceSweep"/>). The
/// sweep is idempotent, so a run that fires late, twice, or after a restart does no harm; a failed
/// run is logged and simply tried again the next day.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class RetentionJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<RetentionJob> logger) : IJob
{
    public const string Group = "privacy";

    /// <summary>Fixed keys: the stored job and trigger are replaced at each start, never added twice.</summary>
    public static readonly JobKey Key = new("retention", Group);

    public static readonly TriggerKey Trigger = new("retention-daily", Group);

    /// <summary>03:15 UTC every day: a quiet hour in most of the working world.</summary>
    public const string Daily = "0 15 3 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sweep = scope.ServiceProvider.GetRequiredService<RetentionSweep>();
            var result = await sweep.RunAsync(time.GetUtcNow().UtcDateTime, cancellationToken);
            Log.RetentionSwept(logger, result.CutoffUtc, result.InterviewsTrimmed, result.NotesDeleted, result.AnswersCleared, result.UnfinishedAnswersCleared,
                result.CalendarEventsDeleted);
            // Workspaces the bot was removed from long enough ago go as a whole.
            var workspaces = await scope.ServiceProvider.GetRequiredService<UninstalledWorkspaceSweep>().RunAsync(time.GetUtcNow().UtcDateTime, cancellationToken);
            if (workspaces > 0) Log.UninstalledWorkspacesDeleted(logger, workspaces);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.RetentionInterrupted(logger);
        }
#pragma warning disable CA1031 // A job must not throw into Quartz; tomorrow's run picks up what this one left.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.RetentionFailed(logger, exception);
        }
    }
}
