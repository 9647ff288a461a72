using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace InterviewBot.Persistence.Stores;

/// <summary>What a bulk deletion removed or changed, for letting go of the turn's copies of it.</summary>
/// <param name="PersonId">The person erased, if a person was.</param>
/// <param name="UnlinkedInterviews">Someone else's interviews the person was taken off.</param>
/// <param name="Conversations">The person's chats, whose addresses and sent cards were deleted.</param>
internal sealed record Erasure(
    Guid? PersonId,
    IReadOnlyCollection<Guid> DeletedInterviews,
    IReadOnlyCollection<Guid> UnlinkedInterviews,
    IReadOnlyCollection<Guid> DeletedNudges,
    IReadOnlyCollection<string> Conversations);

/// <summary>
/// Brings the change tracker in line with bulk statements it did not see. Records that are gone
/// (or were changed underneath, like an interview the person was taken off) are detached, so
/// saving the turn neither inserts them again nor updates rows that no longer exist; a person or
/// story still pointing at a deleted interview is set to point nowhere, as the database now does.
/// </summary>
internal static class TrackedRecords
{
    public static void LetGo(InterviewBotDbContext db, Erasure erasure)
    {
        var deleted = erasure.DeletedInterviews.ToHashSet();
        var changed = deleted.Concat(erasure.UnlinkedInterviews).ToHashSet();
        var nudges = erasure.DeletedNudges.ToHashSet();
        var conversations = erasure.Conversations.ToHashSet(StringComparer.Ordinal);
        var person = erasure.PersonId;

        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            var gone = entry.Entity switch
            {
                Person p => p.Id == person,
                Interview i => changed.Contains(i.Id),
                Party => OwnerKey(entry) is { } owner && changed.Contains(owner),
                ChecklistEntry e => e.PersonId == person || changed.Contains(e.InterviewId),
                Note n => n.AuthorId == person || changed.Contains(n.InterviewId),
                PlannedQuestion q => q.AuthorId == person || changed.Contains(q.InterviewId),
                Session s => s.PersonId == person || deleted.Contains(s.InterviewId),
                Story s => s.PersonId == person,
                ConversationAddress a => a.PersonId == person || conversations.Contains(a.ConversationId),
                SentCard c => nudges.Contains(c.CardId) || conversations.Contains(c.ConversationId),
                Nudge n => nudges.Contains(n.Id) || n.PersonId == person,
                PendingErasure e => e.AdminId == person,
                _ => false,
            };
            if (gone) entry.State = EntityState.Detached;
        }

        foreach (var story in db.Stories.Local.Where(s => s.InterviewId is { } id && deleted.Contains(id)).ToList())
            Unset(db.Entry(story).Property(s => s.InterviewId));
        foreach (var someone in db.People.Local.Where(p => p.ActiveInterviewId is { } id && deleted.Contains(id)).ToList())
            Unset(db.Entry(someone).Property(p => p.ActiveInterviewId));
    }

    /// <summary>The interview a party (an owned part of its row) belongs to: the owned entry's key.</summary>
    private static Guid? OwnerKey(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey()?.Properties is [var key] ? entry.Property(key.Name).CurrentValue as Guid? : null;

    /// <summary>Null now and in the snapshot: the database already holds null, so nothing is written.</summary>
    private static void Unset(PropertyEntry<Story, Guid?> property)
    {
        property.CurrentValue = null;
        property.OriginalValue = null;
    }

    private static void Unset(PropertyEntry<Person, Guid?> property)
    {
        property.CurrentValue = null;
        property.OriginalValue = null;
    }
}
