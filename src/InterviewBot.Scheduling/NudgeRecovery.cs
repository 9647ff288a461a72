using InterviewBot.Core.Ports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Scheduling;

/// <summary>What a recovery pass found: waiting nudges read, and timers it had to (re)create.</summary>
public sealed record NudgeRecoveryResult(int Waiting, int Restored);

/// <summary>
/// At startup, gives every waiting nudge in the database a timer at its due time. A nudge is committed
/// to the database before its timer is stored, so a crash between the two would otherwise leave a
/// nudge that never fires; this pass closes that gap. It runs in the background, after the Quartz
/// hosted service (registered before it) has set the scheduler up, and never holds up startup.
/// </summary>
/// <remarks>
/// It pages through the nudges in id order, <see cref="PageSize"/> at a time, each page in a scope of
/// its own so tracked entities do not pile up; per page it looks each nudge's trigger up by key and
/// writes only the missing or stale ones, in one store operation (its speed at a million waiting
/// nudges: bench/README.md, "Scheduler at scale").
/// <para>
/// In a cluster every node runs this pass when it starts, often together (a restart of all hosts).
/// Each node then begins at a random nudge and goes round: the nodes mostly work on different pages,
/// and one finds the timers the other has already written, rather than both writing every page.
/// A timer whose nudge is being delivered right now is left alone, wherever that happens.
/// </para>
/// </remarks>
public sealed class NudgeRecovery : BackgroundService
{
    public const int PageSize = 500;

    private readonly TaskCompletionSource<NudgeRecoveryResult> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IServiceScopeFactory scopes;
    private readonly QuartzNudgeScheduler scheduler;
    private readonly ILogger<NudgeRecovery> logger;
    private readonly bool startAnywhere;

    internal NudgeRecovery(IServiceScopeFactory scopes, QuartzNudgeScheduler scheduler, ILogger<NudgeRecovery> logger, bool startAnywhere = false)
    {
        this.scopes = scopes;
        this.scheduler = scheduler;
        this.logger = logger;
        this.startAnywhere = startAnywhere;
    }

    /// <summary>Completes when the startup pass has finished (or faults with what stopped it).</summary>
    public Task<NudgeRecoveryResult> Completion => completion.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            completion.TrySetResult(await RecoverAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            completion.TrySetCanceled(stoppingToken);
        }
#pragma warning disable CA1031 // Logged and surfaced through Completion; a failed pass must not stop the host.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            completion.TrySetException(exception);
        }
    }

    /// <summary>One pass over every waiting nudge.</summary>
    public async Task<NudgeRecoveryResult> RecoverAsync(CancellationToken cancellationToken = default)
    {
        int waiting = 0, restored = 0;
        try
        {
            if (!startAnywhere)
            {
                (waiting, restored) = await PassAsync(null, null, cancellationToken);
            }
            else
            {
                // From a random point to the end, then from the start round to that point.
                var from = Guid.NewGuid();
                var (tailWaiting, tailRestored) = await PassAsync(from, null, cancellationToken);
                var (headWaiting, headRestored) = await PassAsync(null, from, cancellationToken);
                (waiting, restored) = (tailWaiting + headWaiting, tailRestored + headRestored);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.RecoveryFailed(logger, exception, waiting);
            throw;
        }

        Log.RecoveryFinished(logger, waiting, restored);
        return new NudgeRecoveryResult(waiting, restored);
    }

    /// <summary>
    /// The waiting nudges after <paramref name="after"/> in id order, up to <paramref name="before"/>
    /// when given. Ids are compared as the databases order them: by their text (SQLite stores it) or
    /// bytes in the same order (PostgreSQL's uuid).
    /// </summary>
    private async Task<(int Waiting, int Restored)> PassAsync(Guid? after, Guid? before, CancellationToken cancellationToken)
    {
        int waiting = 0, restored = 0;
        while (true)
        {
            List<(Guid NudgeId, DateTime DueUtc)> page;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var nudges = await scope.ServiceProvider.GetRequiredService<INudges>().ListWaitingAsync(after, PageSize, cancellationToken);
                page = nudges.Select(n => (n.Id, n.DueUtc)).ToList();
            }

            var more = page.Count == PageSize;
            if (before is { } end && page.FindIndex(n => InIdOrder(end, n.NudgeId)) is var past and >= 0)
            {
                page = page[..past];
                more = false;
            }
            if (page.Count == 0) break;
            restored += await scheduler.EnsureScheduledAsync(page, cancellationToken);
            waiting += page.Count;
            after = page[^1].NudgeId;
            if (!more) break;
        }
        return (waiting, restored);
    }

    /// <summary>Whether <paramref name="first"/> comes no later than <paramref name="second"/> in the database's id order.</summary>
    private static bool InIdOrder(Guid first, Guid second) =>
        string.CompareOrdinal(first.ToString("N"), second.ToString("N")) <= 0;
}
