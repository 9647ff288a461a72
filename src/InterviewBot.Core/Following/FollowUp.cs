using InterviewBot.Core.Engine;
using InterviewBot.Core.Ports;

namespace InterviewBot.Core.Following;

/// <summary>
/// Ends a turn: plans the nudges of every interview the turn touched (and the team digest when the
/// workspace's channel settings changed), commits, and only then tells the scheduler.
/// </summary>
public sealed class FollowUp(InterviewAccess access, NudgePlanner planner, DigestPlanner digests, NudgeOutbox outbox, IUnitOfWork unitOfWork)
{
    /// <summary>How far back a person's calls are re-planned when their working time or reminders change.</summary>
    private static readonly TimeSpan Replanned = TimeSpan.FromDays(30);

    public async Task CommitAsync(Turn turn, CancellationToken ct)
    {
        if (turn.PersonTimingChanged)
        {
            foreach (var interview in await access.ListAsync(turn, turn.NowUtc - Replanned, 100, ct)) access.Track(interview);
        }
        foreach (var interview in access.Touched.ToList()) await planner.SyncAsync(turn.Workspace, interview, ct);
        if (turn.TeamSettingsChanged) await digests.SyncAsync(turn.Workspace, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await outbox.FlushAsync(ct);
    }

    /// <summary>The same for a change made outside a chat turn (the interviews API).</summary>
    public async Task CommitAsync(Domain.Workspace workspace, Domain.Interview interview, CancellationToken ct)
    {
        await planner.SyncAsync(workspace, interview, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await outbox.FlushAsync(ct);
    }
}
