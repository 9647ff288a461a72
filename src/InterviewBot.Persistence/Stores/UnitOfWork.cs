using InterviewBot.Core.Ports;

namespace InterviewBot.Persistence.Stores;

/// <summary>
/// Commits everything the turn changed, in one transaction. Until then a record the turn added is
/// only in the context, so every store's Find looks there first: a role brief created earlier in
/// the same turn is found, not created twice.
/// </summary>
internal sealed class UnitOfWork(InterviewBotDbContext db) : IUnitOfWork
{
    public Task SaveChangesAsync(CancellationToken cancellationToken = default) => db.SaveChangesAsync(cancellationToken);
}
