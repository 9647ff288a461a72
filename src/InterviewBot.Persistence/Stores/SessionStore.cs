using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Stores;

/// <remarks>Finds look first at what this turn already added or loaded (see <see cref="UnitOfWork"/>).</remarks>
internal sealed class SessionStore(InterviewBotDbContext db) : ISessions
{
    public async Task<Session?> FindAsync(Guid personId, Guid interviewId, CancellationToken cancellationToken = default) =>
        db.Sessions.Local.FirstOrDefault(s => s.PersonId == personId && s.InterviewId == interviewId)
        ?? await db.Sessions.FirstOrDefaultAsync(s => s.PersonId == personId && s.InterviewId == interviewId, cancellationToken);

    public void Add(Session session) => db.Sessions.Add(session);
}
