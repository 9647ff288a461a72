using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Stores;

/// <summary>
/// Takes everything written on interviews off them while the interviews themselves stay: their reminders
/// (with the records of the cards sent for them), e-mails, sessions, checklist entries, notes and planned
/// questions. What retention does to old finished interviews and a privacy admin's erasure to a
/// candidate's; each then renames the parties its own way. Stories written for the interviews stay with
/// their authors.
/// </summary>
internal static class InterviewContents
{
    /// <param name="interviews">The interviews, as a query (a subquery in each statement, whatever their number).</param>
    public static async Task<RemovedContents> RemoveAsync(InterviewBotDbContext db, IQueryable<Guid> interviews, CancellationToken ct)
    {
        var nudges = await db.Nudges
            .Where(n => n.InterviewId != null && interviews.Contains(n.InterviewId.Value))
            .Select(n => new { n.Id, Waiting = n.State == NudgeState.Pending || n.State == NudgeState.Snoozed })
            .ToListAsync(ct);
        var sentCards = await db.SentCards
            .Where(c => db.Nudges.Any(n => n.Id == c.CardId && n.InterviewId != null && interviews.Contains(n.InterviewId.Value)))
            .ExecuteDeleteAsync(ct);
        await db.Nudges.Where(n => n.InterviewId != null && interviews.Contains(n.InterviewId.Value)).ExecuteDeleteAsync(ct);
        await db.Mails.Where(m => m.InterviewId != null && interviews.Contains(m.InterviewId.Value)).ExecuteDeleteAsync(ct);
        var sessions = await db.Sessions.Where(s => interviews.Contains(s.InterviewId)).ExecuteDeleteAsync(ct);
        var entries = await db.ChecklistEntries.Where(e => interviews.Contains(e.InterviewId)).ExecuteDeleteAsync(ct);
        var notes = await db.Notes.Where(n => interviews.Contains(n.InterviewId)).ExecuteDeleteAsync(ct);
        var questions = await db.PlannedQuestions.Where(q => interviews.Contains(q.InterviewId)).ExecuteDeleteAsync(ct);
        return new RemovedContents(entries, notes, questions, sessions, sentCards,
            nudges.Select(n => n.Id).ToList(), nudges.Where(n => n.Waiting).Select(n => n.Id).ToList());
    }
}

/// <param name="NudgeIds">Every reminder removed.</param>
/// <param name="WaitingNudgeIds">Those that were pending or snoozed: their timers must be cancelled.</param>
internal sealed record RemovedContents(int ChecklistEntries, int Notes, int Questions, int Sessions, int SentCards,
    IReadOnlyList<Guid> NudgeIds, IReadOnlyList<Guid> WaitingNudgeIds);
