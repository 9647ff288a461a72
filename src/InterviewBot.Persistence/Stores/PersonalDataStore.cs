using InterviewBot.Core.Domain;
using InterviewBot.Core.Nudges;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Stores;

/// <summary>
/// Export and erasure with EF Core bulk statements (ExecuteDelete / ExecuteUpdate), which run at
/// once in a transaction of their own and work the same on every provider. Foreign keys cascade
/// too, but every table is cleared explicitly: several references to a person (note authors,
/// checklist owners, interview parties, nudge recipients) have no foreign key to cascade from.
/// </summary>
/// <remarks>
/// Bulk statements bypass the change tracker, so afterwards the records of the turn that are now
/// gone are let go of (<see cref="TrackedRecords"/>): saving the turn must not write them back.
/// On SQLite each erasure ends with a checkpoint (<see cref="ErasedFromDisk"/>), so the text is gone
/// from the files too.
/// </remarks>
internal sealed class PersonalDataStore(InterviewBotDbContext db, ErasedInScope erased) : IPersonalData
{
    public async Task<PersonalDataExport> ExportAsync(Guid workspaceId, Guid personId, CancellationToken cancellationToken = default)
    {
        // The turn's own copy first: it may be new, or changed (a detected time zone) and not yet saved.
        var person = db.People.Local.FirstOrDefault(p => p.Id == personId && p.WorkspaceId == workspaceId)
            ?? await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId && p.WorkspaceId == workspaceId, cancellationToken)
            ?? throw new InvalidOperationException($"There is no person {personId} in workspace {workspaceId}.");

        var interviews = await db.Interviews.AsNoTracking()
            .Include(i => i.Checklist).Include(i => i.Notes).Include(i => i.Questions).AsSplitQuery()
            .Where(i => (i.WorkspaceId == workspaceId
                && (i.OwnerId == personId || i.Recruiter.PersonId == personId || i.Candidate.PersonId == personId || i.HiringManager!.PersonId == personId))
                || (i.CandidateWorkspaceId == workspaceId && i.Candidate.PersonId == personId))
            .ToListAsync(cancellationToken);
        var stories = await db.Stories.AsNoTracking().Where(s => s.WorkspaceId == workspaceId && s.PersonId == personId).ToListAsync(cancellationToken);
        // A candidate who joined a booking of another workspace gets its reminders: they are stored with it, but are theirs.
        var nudges = await db.Nudges.AsNoTracking().Where(n => (n.WorkspaceId == workspaceId || n.Recipient == NudgeRecipient.Candidate) && n.PersonId == personId)
            .ToListAsync(cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.PersonId == personId).ToListAsync(cancellationToken);
        // Their chats, and shared chats whose address may still name them (the core checks which do).
        var directoryId = string.IsNullOrEmpty(person.DirectoryId) ? person.PlatformUserId : person.DirectoryId;
        var addresses = await db.ConversationAddresses.AsNoTracking()
            .Where(a => a.WorkspaceId == workspaceId && (a.PersonId == personId
                || (a.PersonId == null && (a.Reference.Contains(person.PlatformUserId) || a.Reference.Contains(directoryId)))))
            .ToListAsync(cancellationToken);
        var chats = addresses.Where(a => a.PersonId == personId).Select(a => a.ConversationId).ToList();
        var nudgeIds = nudges.Select(n => n.Id).ToList();
        // The cards of their reminders by the reminders' ids alone: those of a booking in another workspace are recorded in that one.
        var sentCards = await db.SentCards.AsNoTracking()
            .Where(c => (c.WorkspaceId == workspaceId && chats.Contains(c.ConversationId)) || nudgeIds.Contains(c.CardId))
            .ToListAsync(cancellationToken);
        var mails = await db.Mails.AsNoTracking().Where(m => m.WorkspaceId == workspaceId && m.SenderId == personId).ToListAsync(cancellationToken);
        // What concerns the person (never another participant's notes) is the core's decision.
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.PersonId == personId, cancellationToken);
        var calendarEvents = await db.CalendarEvents.AsNoTracking().Where(e => e.PersonId == personId).ToListAsync(cancellationToken);
        return PersonalDataExport.Of(person, interviews, stories, nudges, sessions, addresses, sentCards) with
        {
            Calendar = feed is null ? null : Core.Calendar.ExportedCalendar.Of(feed, calendarEvents),
            Mails = ExportedMail.Of(mails, personId),
        };
    }

    public async Task<ForgetResult> ForgetAsync(Guid workspaceId, Guid personId, CancellationToken cancellationToken = default)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId && p.WorkspaceId == workspaceId, cancellationToken))
        {
            TrackedRecords.LetGo(db, new Erasure(personId, [], [], [], []));
            return ForgetResult.Nothing;
        }

        var (result, erasure) = await Transactions.RunAsync(db, ct => EraseAsync(workspaceId, personId, ct), cancellationToken);
        erased.Remember(workspaceId, personId, erasure.Conversations);
        TrackedRecords.LetGo(db, erasure);
        await ErasedFromDisk.CheckpointAsync(db, cancellationToken);
        return result;
    }

    public async Task<IReadOnlyList<Guid>> DeleteInterviewAsync(Guid workspaceId, Guid interviewId, CancellationToken cancellationToken = default)
    {
        if (!await db.Interviews.AnyAsync(i => i.Id == interviewId && i.WorkspaceId == workspaceId, cancellationToken)) return [];

        var deleted = await Transactions.RunAsync(db, ct => DeleteInterviewsAsync(workspaceId, [interviewId], ct), cancellationToken);
        TrackedRecords.LetGo(db, new Erasure(null, [interviewId], [], deleted.NudgeIds, []));
        await ErasedFromDisk.CheckpointAsync(db, cancellationToken);
        return deleted.WaitingNudgeIds;
    }

    private async Task<(ForgetResult, Erasure)> EraseAsync(Guid workspaceId, Guid personId, CancellationToken ct)
    {
        var owned = await db.Interviews.Where(i => i.WorkspaceId == workspaceId && i.OwnerId == personId).Select(i => i.Id).ToListAsync(ct);
        var unlinked = await db.Interviews
            .Where(i => (i.WorkspaceId == workspaceId && i.OwnerId != personId && (i.Recruiter.PersonId == personId || i.Candidate.PersonId == personId))
                || (i.CandidateWorkspaceId == workspaceId && i.Candidate.PersonId == personId))
            .Select(i => i.Id).ToListAsync(ct);
        var conversations = await db.ConversationAddresses.Where(a => a.WorkspaceId == workspaceId && a.PersonId == personId)
            .Select(a => a.ConversationId).ToListAsync(ct);

        // Everything attached to the interviews they created, whoever wrote it.
        var interviews = await DeleteInterviewsAsync(workspaceId, owned, ct);

        // Theirs on interviews someone else created, and what is theirs outside any interview.
        var toThem = await db.Nudges.Where(n => (n.WorkspaceId == workspaceId || n.Recipient == NudgeRecipient.Candidate) && n.PersonId == personId)
            .Select(n => new { n.Id, Waiting = n.State == NudgeState.Pending || n.State == NudgeState.Snoozed }).ToListAsync(ct);
        var toThemIds = toThem.Select(n => n.Id).ToList();
        // By the reminders' ids alone, as in the export: a joined booking of another workspace recorded its cards to them there.
        var sentCards = await db.SentCards
            .Where(c => toThemIds.Contains(c.CardId) || (c.WorkspaceId == workspaceId && conversations.Contains(c.ConversationId)))
            .ExecuteDeleteAsync(ct);
        var nudges = await db.Nudges.Where(n => toThemIds.Contains(n.Id)).ExecuteDeleteAsync(ct);
        var sessions = await db.Sessions.Where(s => s.PersonId == personId).ExecuteDeleteAsync(ct);
        var entries = await db.ChecklistEntries.Where(e => e.PersonId == personId).ExecuteDeleteAsync(ct);
        var notes = await db.Notes.Where(n => n.AuthorId == personId).ExecuteDeleteAsync(ct);
        var questions = await db.PlannedQuestions.Where(q => q.AuthorId == personId).ExecuteDeleteAsync(ct);
        var stories = await db.Stories.Where(s => s.PersonId == personId).ExecuteDeleteAsync(ct);
        // E-mails they sent (or had queued) on interviews someone else created: their words, their address for replies.
        var mails = await db.Mails.Where(m => m.WorkspaceId == workspaceId && m.SenderId == personId).ExecuteDeleteAsync(ct);
        // A privacy admin's erasure requests still waiting for them (ids only, but theirs).
        await db.PendingErasures.Where(e => e.AdminId == personId).ExecuteDeleteAsync(ct);
        var addresses = await db.ConversationAddresses.Where(a => a.WorkspaceId == workspaceId && a.PersonId == personId).ExecuteDeleteAsync(ct);
        var (scrubbed, dropped) = await ScrubSharedAddressesAsync(workspaceId, personId, ct);

        // The other person's record stays whole, without a name or link that points at them.
        await db.Interviews.Where(i => unlinked.Contains(i.Id) && i.Recruiter.PersonId == personId).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Recruiter.Name, ForgetResult.FormerParticipant)
            .SetProperty(i => i.Recruiter.Email, (string?)null)
            .SetProperty(i => i.Recruiter.PersonId, (Guid?)null), ct);
        await db.Interviews.Where(i => unlinked.Contains(i.Id) && i.Candidate.PersonId == personId).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Candidate.Name, ForgetResult.FormerParticipant)
            .SetProperty(i => i.Candidate.Email, (string?)null)
            .SetProperty(i => i.Candidate.PersonId, (Guid?)null)
            .SetProperty(i => i.CandidateJoinedUtc, (DateTime?)null)
            .SetProperty(i => i.CandidateWorkspaceId, (Guid?)null), ct);
        // Someone of another workspace who used a code and was never accepted: the recruiter's card no longer names them.
        await db.Interviews.Where(i => i.PendingCandidateId == personId).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.PendingCandidateId, (Guid?)null)
            .SetProperty(i => i.PendingCandidateWorkspaceId, (Guid?)null)
            .SetProperty(i => i.PendingCandidateName, (string?)null)
            .SetProperty(i => i.PendingCandidateWorkspaceName, (string?)null), ct);

        // A booking made through the API that named them as its candidate no longer points at them (their answer stays).
        await db.Interviews.Where(i => i.NamedCandidateId == personId).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.NamedCandidateId, (Guid?)null), ct);

        // A hiring manager's decisions stay on the recruiter's record without who gave them, or their words.
        await db.Interviews.Where(i => i.WorkspaceId == workspaceId && i.HiringManager!.PersonId == personId).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.HiringManager!.Name, ForgetResult.FormerParticipant)
            .SetProperty(i => i.HiringManager!.Email, (string?)null)
            .SetProperty(i => i.HiringManager!.PlatformUserId, (string?)null)
            .SetProperty(i => i.HiringManager!.TimeZoneId, (string?)null)
            .SetProperty(i => i.HiringManager!.PersonId, (Guid?)null)
            .SetProperty(i => i.ManagerNote, (string?)null), ct);

        // Their calendar feed (its encrypted address) and what the bot asked about its events.
        await db.CalendarEvents.Where(e => e.PersonId == personId).ExecuteDeleteAsync(ct);
        await db.CalendarFeeds.Where(f => f.PersonId == personId).ExecuteDeleteAsync(ct);
        var people = await db.People.Where(p => p.Id == personId).ExecuteDeleteAsync(ct);

        var counts = new ErasedCounts
        {
            People = people,
            Interviews = interviews.Interviews,
            InterviewsUnlinked = unlinked.Count,
            ChecklistEntries = interviews.ChecklistEntries + entries,
            Notes = interviews.Notes + notes,
            Questions = interviews.Questions + questions,
            Sessions = interviews.Sessions + sessions,
            Stories = stories,
            Nudges = interviews.NudgeIds.Count + nudges,
            SentCards = interviews.SentCards + sentCards,
            ConversationAddresses = addresses + dropped,
            Mails = mails,
            SharedAddressesScrubbed = scrubbed,
        };
        var waiting = interviews.WaitingNudgeIds.Concat(toThem.Where(n => n.Waiting).Select(n => n.Id)).Distinct().ToList();
        var erasure = new Erasure(personId, owned, unlinked, [.. interviews.NudgeIds, .. toThemIds], conversations);
        return (new ForgetResult(waiting, counts), erasure);
    }

    /// <summary>
    /// Channels and group chats whose stored address still names the person as the last speaker
    /// (written before channel addresses were stored without one): the person is taken out and the
    /// channel stays reachable; an address that cannot be cleaned is deleted.
    /// </summary>
    private async Task<(int Scrubbed, int Deleted)> ScrubSharedAddressesAsync(Guid workspaceId, Guid personId, CancellationToken ct)
    {
        var who = await db.People.Where(p => p.Id == personId).Select(p => new { p.PlatformUserId, p.DirectoryId }).SingleAsync(ct);
        // Without a directory id the platform id stands in for it (an empty text would match every address).
        var directory = string.IsNullOrEmpty(who.DirectoryId) ? who.PlatformUserId : who.DirectoryId;
        string[] identifiers = [who.PlatformUserId, directory];
        var naming = await db.ConversationAddresses
            .Where(a => a.WorkspaceId == workspaceId && a.PersonId == null
                && (a.Reference.Contains(who.PlatformUserId) || a.Reference.Contains(directory)))
            .Select(a => new { a.Id, a.Reference })
            .ToListAsync(ct);

        var (scrubbed, deleted) = (0, 0);
        foreach (var address in naming)
        {
            if (SpeakerScrub.WithoutSpeaker(address.Reference, identifiers) is { } clean)
                scrubbed += await db.ConversationAddresses.Where(a => a.Id == address.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Reference, clean), ct);
            else
                deleted += await db.ConversationAddresses.Where(a => a.Id == address.Id).ExecuteDeleteAsync(ct);
        }
        return (scrubbed, deleted);
    }

    /// <summary>Deletes interviews with everything attached; stories written for them stay with their authors.</summary>
    private async Task<DeletedInterviews> DeleteInterviewsAsync(Guid workspaceId, List<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return DeletedInterviews.None;
        var nudges = await db.Nudges.Where(n => n.InterviewId != null && ids.Contains(n.InterviewId.Value))
            .Select(n => new { n.Id, Waiting = n.State == NudgeState.Pending || n.State == NudgeState.Snoozed }).ToListAsync(ct);
        var nudgeIds = nudges.Select(n => n.Id).ToList();

        var sentCards = await db.SentCards.Where(c => c.WorkspaceId == workspaceId && nudgeIds.Contains(c.CardId)).ExecuteDeleteAsync(ct);
        await db.Nudges.Where(n => nudgeIds.Contains(n.Id)).ExecuteDeleteAsync(ct);
        await db.Mails.Where(m => m.InterviewId != null && ids.Contains(m.InterviewId.Value)).ExecuteDeleteAsync(ct);
        var sessions = await db.Sessions.Where(s => ids.Contains(s.InterviewId)).ExecuteDeleteAsync(ct);
        var entries = await db.ChecklistEntries.Where(e => ids.Contains(e.InterviewId)).ExecuteDeleteAsync(ct);
        var notes = await db.Notes.Where(n => ids.Contains(n.InterviewId)).ExecuteDeleteAsync(ct);
        var questions = await db.PlannedQuestions.Where(q => ids.Contains(q.InterviewId)).ExecuteDeleteAsync(ct);
        await db.Stories.Where(s => s.InterviewId != null && ids.Contains(s.InterviewId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.InterviewId, (Guid?)null), ct);
        await db.People.Where(p => p.ActiveInterviewId != null && ids.Contains(p.ActiveInterviewId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ActiveInterviewId, (Guid?)null), ct);
        var interviews = await db.Interviews.Where(i => i.WorkspaceId == workspaceId && ids.Contains(i.Id)).ExecuteDeleteAsync(ct);

        return new DeletedInterviews(interviews, entries, notes, questions, sessions, sentCards,
            nudgeIds, nudges.Where(n => n.Waiting).Select(n => n.Id).ToList());
    }

    private sealed record DeletedInterviews(int Interviews, int ChecklistEntries, int Notes, int Questions, int Sessions, int SentCards,
        IReadOnlyList<Guid> NudgeIds, IReadOnlyList<Guid> WaitingNudgeIds)
    {
        public static DeletedInterviews None { get; } = new(0, 0, 0, 0, 0, 0, [], []);
    }
}
