using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace InterviewBot.Persistence.Stores;

/// <summary>
/// Commits everything the unit of work changed, in one transaction. Until then a record it added is
/// only in the context, so every store's Find looks there first: a role brief created earlier in the
/// same turn is found, not created twice. What changed is read from the change tracker, so the
/// commit plans the nudges of exactly what changed, whoever changed it.
/// </summary>
internal sealed class UnitOfWork(InterviewBotDbContext db) : IUnitOfWork
{
    /// <summary>
    /// What a person changes in their settings, or the API gives for them; the zone too, unless it only moved
    /// from one the chat client reported to another (taken over quietly: a client may report a new zone often).
    /// </summary>
    private static readonly string[] TimingOfPerson =
        [nameof(Person.TimeZoneSource), nameof(Person.WorkdayStart), nameof(Person.WorkdayEnd), nameof(Person.WorkingDays), nameof(Person.HolidayCountry),
            nameof(Person.TurnedOffNudges)];

    private static readonly string[] TimingOfTeam =
        [nameof(Workspace.TeamConversationId), nameof(Workspace.TeamTimeZoneId), nameof(Workspace.DigestCadence), nameof(Workspace.DigestAt),
            nameof(Workspace.DigestDay), nameof(Workspace.TurnedOffNudges)];

    private static readonly string[] CalendarOfWorkspace = [nameof(Workspace.DefaultTimeZoneId)];

    private static readonly string[] CallTimes = [nameof(Interview.StartUtc), nameof(Interview.EndUtc)];

    public PendingChanges Pending()
    {
        if (!db.ChangeTracker.HasChanges()) return PendingChanges.None;
        var interviews = new Dictionary<Guid, Interview>();
        var people = new List<Person>();
        var teams = new List<Workspace>();
        var calendars = new Dictionary<Guid, Workspace>();
        var feedbackSent = new List<Interview>();
        var callsChanged = new List<CallChange>();
        void AddCalendar(Guid? id)
        {
            if (id is { } key && !calendars.ContainsKey(key) && db.Workspaces.Local.FirstOrDefault(w => w.Id == key) is { } workspace) calendars[key] = workspace;
        }
        void AddInterview(Guid id)
        {
            if (!interviews.ContainsKey(id) && db.Interviews.Local.FirstOrDefault(i => i.Id == id) is { } interview) interviews[id] = interview;
        }

        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            switch (entry.Entity)
            {
                case Interview interview when entry.State != EntityState.Deleted:
                    interviews[interview.Id] = interview;
                    if (interview.FeedbackSentUtc is not null && (entry.State == EntityState.Added || entry.Property(nameof(Interview.FeedbackSentUtc)).IsModified))
                        feedbackSent.Add(interview);
                    if (entry.State == EntityState.Modified && CallChanged(entry) is { } change) callsChanged.Add(change);
                    break;
                case ChecklistEntry e: AddInterview(e.InterviewId); break;
                case Note n: AddInterview(n.InterviewId); break;
                case PlannedQuestion q: AddInterview(q.InterviewId); break;
                case Party when OwnerKey(entry) is { } owner: AddInterview(owner); break;
                case Person person when entry.State == EntityState.Modified
                    && (Changed(entry, TimingOfPerson) || (person.TimeZoneSource != TimeZoneSource.ChatClient && entry.Property(nameof(Person.TimeZoneId)).IsModified)): people.Add(person); break;
                case Workspace workspace:
                    if ((entry.State == EntityState.Added && workspace.TeamConversationId is not null) || (entry.State == EntityState.Modified && Changed(entry, TimingOfTeam)))
                        teams.Add(workspace);
                    if (entry.State == EntityState.Modified && Changed(entry, CalendarOfWorkspace)) AddCalendar(workspace.Id);
                    break;
                case WorkspaceHoliday: AddCalendar(entry.Property("WorkspaceId").CurrentValue as Guid?); break;
            }
        }
        return new PendingChanges(interviews.Values.ToList(), people, teams, calendars.Values.ToList()) { FeedbackSent = feedbackSent, CallsChanged = callsChanged };
    }

    public async Task SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException conflict) when (FirstSaveWins.IsUniqueViolation(conflict))
        {
            throw new StoreConflictException("Another request saved the same record first; nothing of this one was saved.", conflict);
        }
    }

    private static bool Changed(EntityEntry entry, string[] properties) => properties.Any(p => entry.Property(p).IsModified);

    /// <summary>The call moved (its start or end), or it was cancelled or brought back from cancelled; else null.</summary>
    private static CallChange? CallChanged(EntityEntry entry)
    {
        var moved = Changed(entry, CallTimes);
        var status = entry.Property(nameof(Interview.Status));
        var cancelledOrBack = status.IsModified
            && ((InterviewStatus)status.CurrentValue! == InterviewStatus.Cancelled || (InterviewStatus)status.OriginalValue! == InterviewStatus.Cancelled);
        return moved || cancelledOrBack ? new CallChange((Interview)entry.Entity, moved) : null;
    }

    /// <summary>The interview a party (an owned part of its row) belongs to: the owned entry's key.</summary>
    private static Guid? OwnerKey(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey()?.Properties is [var key] ? entry.Property(key.Name).CurrentValue as Guid? : null;
}
