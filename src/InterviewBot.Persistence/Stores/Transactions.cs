using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Stores;

internal static class Transactions
{
    /// <summary>
    /// Runs bulk changes all or nothing. Through the provider's execution strategy, so a provider that
    /// retries (PostgreSQL with retries on) repeats the whole unit rather than half of it.
    /// </summary>
    public static Task<T> RunAsync<T>(InterviewBotDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null) return work(cancellationToken);
        // On SQLite the transaction waits its turn among the process's writers (SqliteWrites).
        if (db.Database.IsSqlite()) return SqliteWrites.Instance.ExclusiveAsync(db, () => InTransactionAsync(db, work, cancellationToken), cancellationToken);
        return InTransactionAsync(db, work, cancellationToken);
    }

    private static Task<T> InTransactionAsync<T>(InterviewBotDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
}
