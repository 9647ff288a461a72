using InterviewBot.Core.Nudges;

namespace InterviewBot.Core.FollowUp;

/// <summary>Keeps exactly one next team digest scheduled for a workspace with a team channel.</summary>
public sealed class DigestPlanner(INudges nudges, NudgePolicy policy, NudgeOutbox outbox, WorkingTimes times, TimeProvider time)
{
    /// <summary>One team channel per workspace, so the digest's key scope is fixed.</summary>
    public const string ChannelKey = "team";

    public async Task SyncAsync(Workspace workspace, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var waiting = (await nudges.ListByKeyPrefixAsync(workspace.Id, $"{ChannelKey}:{NudgeKind.TeamDigest}:", ct)).Where(n => n.IsWaiting).ToList();
        var next = workspace.TeamConversationId is null || workspace.DigestCadence == DigestCadence.Off
            ? null
            : policy.NextDigest(ChannelKey, times.Team(workspace), workspace.NudgeSettings, now);

        foreach (var stale in waiting.Where(n => n.Key != next?.Key))
        {
            stale.Cancel(now);
            outbox.Cancel(stale);
        }
        if (next is null) return;
        var existing = waiting.FirstOrDefault(n => n.Key == next.Key)
            ?? (await nudges.ListByKeyPrefixAsync(workspace.Id, next.Key, ct)) switch { [var first, ..] => first, _ => null };
        if (existing is null)
        {
            var nudge = new Nudge(workspace.Id, null, null, NudgeKind.TeamDigest, NudgeRecipient.TeamChannel, next.Key, 1, next.DueUtc, now);
            nudges.Add(nudge);
            outbox.Schedule(nudge);
        }
        else if (existing.MoveTo(next.DueUtc, now))
        {
            outbox.Schedule(existing);
        }
    }
}
