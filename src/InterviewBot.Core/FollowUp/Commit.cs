using InterviewBot.Core.Telemetry;

namespace InterviewBot.Core.FollowUp;

/// <summary>
/// Saving, the one way: plans the nudges of whatever the unit of work holds as changed – every
/// interview added or changed, every call of a person whose working time or reminders changed, every
/// call of a workspace whose calendar changed, the digest of a workspace whose team channel or digest
/// changed – queues the e-mail that tells a candidate invited by e-mail their call moved or was cancelled
/// (<see cref="Mail.CallInvitations.FollowAsync"/>), saves it all at once, and only then tells the scheduler (a timer that fired before its
/// nudge row was saved would find nothing; the same for queued mail and calendar polls) and closes the cards of follow-ups that are over
/// (<see cref="NudgeCardCloser"/>) and publishes the home views whose content changed (<see cref="HomeRefresh"/>).
/// A turn, a nudge's delivery and the interviews API all end here.
/// </summary>
public sealed class Commit(IUnitOfWork unitOfWork, IWorkspaces workspaces, IInterviews interviews, NudgePlanner planner, DigestPlanner digests,
    NudgeOutbox outbox, NudgeCardCloser cards, FeedbackTurnaround turnaround, Mail.MailOutbox mails, HomeRefresh homes, TimeProvider time,
    Mail.CallInvitations invitations, Calendar.CalendarPollOutbox calendarPolls)
{
    /// <summary>How far back a person's calls are planned again when their working time or reminders change.</summary>
    private static readonly TimeSpan Replanned = TimeSpan.FromDays(30);

    public async Task SaveAsync(CancellationToken cancellationToken = default)
    {
        var pending = unitOfWork.Pending();
        var planned = new HashSet<Guid>();
        foreach (var interview in pending.Interviews)
        {
            if (!planned.Add(interview.Id)) continue;
            if (await workspaces.GetAsync(interview.WorkspaceId, cancellationToken) is { } workspace)
                await planner.SyncAsync(workspace, interview, cancellationToken);
        }
        foreach (var person in pending.RetimedPeople)
        {
            var workspace = await workspaces.GetAsync(person.WorkspaceId, cancellationToken);
            if (workspace is null) continue;
            var since = time.GetUtcNow().UtcDateTime - Replanned;
            foreach (var interview in await interviews.ListForPersonAsync(workspace.Id, person.Id, since, 100, cancellationToken))
            {
                if (planned.Add(interview.Id)) await planner.SyncAsync(workspace, interview, cancellationToken);
            }
        }
        foreach (var workspace in pending.RecalendaredWorkspaces)
        {
            foreach (var interview in await interviews.ListInWorkspaceAsync(workspace.Id, time.GetUtcNow().UtcDateTime - Replanned, cancellationToken))
            {
                if (planned.Add(interview.Id)) await planner.SyncAsync(workspace, interview, cancellationToken);
            }
        }
        foreach (var workspace in pending.RetimedTeams.Union(pending.RecalendaredWorkspaces)) await digests.SyncAsync(workspace, cancellationToken);
        // A call moved or cancelled, whichever way: the candidate e-mailed the invitation gets the change, saved with it.
        foreach (var change in pending.CallsChanged) await invitations.FollowAsync(change, time.GetUtcNow().UtcDateTime, cancellationToken);

        await unitOfWork.SaveChangesAsync(cancellationToken);
        await outbox.FlushAsync(cancellationToken);
        await mails.FlushAsync(cancellationToken);
        await calendarPolls.FlushAsync(cancellationToken);
        await cards.FlushAsync(cancellationToken);
        await homes.PublishAsync(cancellationToken);
        foreach (var interview in pending.FeedbackSent)
        {
            if (await workspaces.GetAsync(interview.WorkspaceId, cancellationToken) is { } workspace)
                await turnaround.RecordAsync(workspace, interview, cancellationToken);
        }
    }
}
