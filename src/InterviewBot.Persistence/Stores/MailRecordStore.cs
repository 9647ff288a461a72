using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Stores;

/// <remarks>Finds look first at what this unit of work already added or loaded (see <see cref="UnitOfWork"/>).</remarks>
internal sealed class MailRecordStore(InterviewBotDbContext db) : IMailRecords
{
    public async Task<MailRecord?> FindAsync(Guid mailId, CancellationToken cancellationToken = default) =>
        db.Mails.Local.FirstOrDefault(m => m.Id == mailId)
        ?? await db.Mails.FirstOrDefaultAsync(m => m.Id == mailId, cancellationToken);

    public async Task<IReadOnlyList<MailRecord>> ListForInterviewAsync(Guid interviewId, CancellationToken cancellationToken = default)
    {
        var stored = await db.Mails.Where(m => m.InterviewId == interviewId).ToListAsync(cancellationToken);
        var added = db.Mails.Local.Where(m => db.Entry(m).State == EntityState.Added && m.InterviewId == interviewId);
        return stored.Concat(added).Distinct().OrderBy(m => m.CreatedUtc).ToList();
    }

    public async Task<IReadOnlyList<QueuedMail>> ListQueuedAsync(CancellationToken cancellationToken = default) =>
        await db.Mails.AsNoTracking().Where(m => m.State == MailState.Queued).Select(m => new QueuedMail(m.Id, m.NextAttemptUtc)).ToListAsync(cancellationToken);

    public void Add(MailRecord mail) => db.Mails.Add(mail);
}
