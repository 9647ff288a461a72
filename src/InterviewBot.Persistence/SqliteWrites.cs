using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InterviewBot.Persistence;

/// <summary>
/// How the host writes to its SQLite file. SQLite lets one writer at a time in; a second connection
/// that tries gets SQLITE_BUSY, and Microsoft.Data.Sqlite then retries after sleeping on the thread
/// (150 ms a try) – fine for the odd clash, but under a stream of turns each saving at once it puts
/// hundreds of milliseconds on the slowest turns and blocks thread-pool threads while it sleeps.
/// So the turns of one process queue for the file here instead, without blocking a thread, in the
/// order they arrive; only writers outside this gate (Quartz's timers, another process) can still
/// meet a busy file and retry.
/// </summary>
/// <remarks>
/// Each connection also runs with <c>synchronous=NORMAL</c>, SQLite's advice for write-ahead logging:
/// a commit is not flushed to disk by itself but with the next checkpoint. A process that crashes or
/// is killed loses nothing committed; a power cut or an operating-system crash can lose the last
/// moments of commits, never the file's consistency. And with <c>secure_delete=ON</c>, so deleted text
/// is overwritten rather than left readable in the file's free pages.
/// </remarks>
internal sealed class SqliteWrites : DbConnectionInterceptor, ISaveChangesInterceptor
{
    /// <summary>
    /// The one instance: every context's options carry the same interceptor, so EF keeps one internal
    /// service provider for them all; the gates themselves are per database (connection string).
    /// </summary>
    public static readonly SqliteWrites Instance = new();

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <summary>The gate each context's save holds right now (one flow uses a context at a time).</summary>
    private readonly ConditionalWeakTable<DbContext, SemaphoreSlim> _saving = new();

    private SqliteWrites()
    {
    }

    private SemaphoreSlim GateOf(DbContext context) =>
        _gates.GetOrAdd(context.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));

    /// <summary>
    /// Runs <paramref name="work"/> as the only writer of this process: for explicit transactions
    /// (<c>Transactions.RunAsync</c>), whose saves inside then do not take the gate again.
    /// </summary>
    public async Task<T> ExclusiveAsync<T>(DbContext context, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);
        var gate = GateOf(context);
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            gate.Release();
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Tune(connection);
        return Task.CompletedTask;
    }

    private static void Tune(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        // busy_timeout: when Quartz (outside the gate) is writing, SQLite waits for the file itself and
        // goes on the moment it is free, instead of the driver sleeping 150 ms a try.
        // secure_delete: what a connection deletes is overwritten with zeros, not left in free space in the
        // file (a per-connection setting; after an erasure ErasedFromDisk also empties the log).
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA secure_delete=ON;";
        command.ExecuteNonQuery();
    }

    // SaveChanges has no "around" hook: the gate is taken in SavingChanges, before EF begins its
    // transaction, and given back by whichever of SavedChanges, SaveChangesFailed or
    // SaveChangesCanceled ends that save. A save inside an explicit transaction skips it.
    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (NeedsGate(eventData.Context, out var context))
        {
            var gate = GateOf(context);
            await gate.WaitAsync(cancellationToken);
            _saving.AddOrUpdate(context, gate);
        }
        return result;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (NeedsGate(eventData.Context, out var context))
        {
            var gate = GateOf(context);
            gate.Wait();
            _saving.AddOrUpdate(context, gate);
        }
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Done(eventData?.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Done(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Done(eventData?.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Done(eventData?.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => Done(eventData?.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Done(eventData?.Context);
        return Task.CompletedTask;
    }

    private static bool NeedsGate(DbContext? candidate, [NotNullWhen(true)] out DbContext? context)
    {
        context = candidate;
        // A save with nothing to write (most turns that only read) begins no transaction: no wait.
        return context is not null && context.Database.CurrentTransaction is null && context.ChangeTracker.HasChanges();
    }

    private void Done(DbContext? context)
    {
        if (context is not null && _saving.TryGetValue(context, out var gate) && _saving.Remove(context)) gate.Release();
    }
}
