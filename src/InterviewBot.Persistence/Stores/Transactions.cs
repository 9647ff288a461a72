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
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
    }
}
