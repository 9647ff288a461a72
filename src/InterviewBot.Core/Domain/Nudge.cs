using InterviewBot.Core.Nudges;

namespace InterviewBot.Core.Domain;

public enum NudgeState
{
    /// <summary>Waiting for its due time.</summary>
    Pending,

    /// <summary>Delivered; <see cref="Nudge.MessageId"/> names the message so its card can be updated.</summary>
    Sent,

    /// <summary>No longer needed: what it asked for is done, the interview moved on, or it was turned off.</summary>
    Cancelled,

    /// <summary>Put off by the recipient until <see cref="Nudge.DueUtc"/>.</summary>
    Snoozed,

    /// <summary>Could not be delivered after every retry; <see cref="Nudge.LastError"/> says why.</summary>
    Failed,

    /// <summary>
    /// Its time passed while it could not go out (the bot was down, the local clock jumped) and it is
    /// no longer useful – a prep reminder after the call started, say. Shown as such, never silently dropped.
    /// </summary>
    Expired,
}

/// <summary>
/// One follow-up the bot owes someone, stored so that it survives restarts and is sent exactly
/// once. The scheduler's trigger carries only <see cref="Id"/>; everything else is read from here
/// when it fires, so a nudge cancelled or moved in the meantime is never sent by a stale trigger.
/// </summary>
public sealed class Nudge
{
    public const int MaxErrorLength = 500;
    public const int MaxReasonLength = 200;

    private Nudge() { }

    public Nudge(Guid workspaceId, Guid? interviewId, Guid? personId, NudgeKind kind, NudgeRecipient recipient,
        string key, int number, DateTime dueUtc, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        InterviewId = interviewId;
        PersonId = personId;
        Kind = kind;
        Recipient = recipient;
        Key = key;
        Number = number;
        DueUtc = dueUtc;
        State = NudgeState.Pending;
        CreatedUtc = UpdatedUtc = nowUtc;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid? InterviewId { get; private set; }

    /// <summary>The person it is for; null for a team-channel post.</summary>
    public Guid? PersonId { get; private set; }

    public NudgeKind Kind { get; private set; }
    public NudgeRecipient Recipient { get; private set; }

    /// <summary>Unique per workspace: the same thing is never planned twice (see <see cref="PlannedNudge.Key"/>).</summary>
    public string Key { get; private set; } = "";

    public int Number { get; private set; }
    public DateTime DueUtc { get; private set; }
    public NudgeState State { get; private set; }
    public int Attempts { get; private set; }
    public string? ConversationId { get; private set; }
    public string? MessageId { get; private set; }
    public string? LastError { get; private set; }
    public string? SnoozeReason { get; private set; }

    /// <summary>When the recipient tapped Done on it.</summary>
    public DateTime? DoneUtc { get; private set; }

    public DateTime? SentUtc { get; private set; }

    /// <summary>When its card was turned into a closed one, without live buttons (the follow-up it asked for was over).</summary>
    public DateTime? CardClosedUtc { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime UpdatedUtc { get; private set; }

    /// <summary>Waiting to be sent (pending, or snoozed until its new due time).</summary>
    public bool IsWaiting => State is NudgeState.Pending or NudgeState.Snoozed;

    /// <summary>Moves a waiting nudge to a new due time; true when it changed.</summary>
    public bool MoveTo(DateTime dueUtc, DateTime nowUtc)
    {
        if (!IsWaiting || DueUtc == dueUtc) return false;
        DueUtc = dueUtc;
        UpdatedUtc = nowUtc;
        return true;
    }

    /// <summary>
    /// A waiting nudge for someone who is no longer its interview's recruiter goes to the new one, at the
    /// time planned in their working time: a snooze or retry chosen for the old recipient does not carry
    /// over. False when it is not waiting or is theirs already.
    /// </summary>
    public bool HandTo(Guid personId, DateTime dueUtc, DateTime nowUtc)
    {
        if (!IsWaiting || PersonId == personId) return false;
        PersonId = personId;
        State = NudgeState.Pending;
        DueUtc = dueUtc;
        Attempts = 0;
        LastError = null;
        SnoozeReason = null;
        UpdatedUtc = nowUtc;
        return true;
    }

    public bool Cancel(DateTime nowUtc)
    {
        if (!IsWaiting) return false;
        State = NudgeState.Cancelled;
        UpdatedUtc = nowUtc;
        return true;
    }

    /// <summary>Its time passed while it could not go out, and sending it now would be pointless.</summary>
    public bool Expire(DateTime nowUtc)
    {
        if (!IsWaiting) return false;
        State = NudgeState.Expired;
        UpdatedUtc = nowUtc;
        return true;
    }

    /// <summary>Brings back a cancelled or expired nudge that is planned again (e.g. a cancelled interview was re-scheduled).</summary>
    public bool Revive(DateTime dueUtc, DateTime nowUtc)
    {
        if (State is not (NudgeState.Cancelled or NudgeState.Expired)) return false;
        State = NudgeState.Pending;
        DueUtc = dueUtc;
        UpdatedUtc = nowUtc;
        return true;
    }

    public void Snooze(DateTime untilUtc, string? reason, DateTime nowUtc)
    {
        if (State is not (NudgeState.Sent or NudgeState.Pending or NudgeState.Snoozed))
            throw new DomainException("That reminder is no longer active.");
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason?.Length > MaxReasonLength) throw new DomainException($"Keep the reason under {MaxReasonLength} characters.");
        State = NudgeState.Snoozed;
        SnoozeReason = reason;
        DueUtc = untilUtc;
        UpdatedUtc = nowUtc;
    }

    public void MarkDone(DateTime nowUtc)
    {
        DoneUtc ??= nowUtc;
        if (IsWaiting) State = NudgeState.Cancelled;
        UpdatedUtc = nowUtc;
    }

    /// <summary>
    /// Its card has (or is about to have) no live buttons any more: the follow-up is over, or a tap
    /// replaced the card. False when there is no card to close, or it is closed already.
    /// </summary>
    public bool CloseCard(DateTime nowUtc)
    {
        if (MessageId is null || CardClosedUtc is not null) return false;
        CardClosedUtc = nowUtc;
        UpdatedUtc = nowUtc;
        return true;
    }

    public void MarkSent(string conversationId, string messageId, DateTime nowUtc)
    {
        State = NudgeState.Sent;
        ConversationId = conversationId;
        MessageId = messageId;
        SentUtc = nowUtc;
        CardClosedUtc = null;
        LastError = null;
        UpdatedUtc = nowUtc;
    }

    /// <summary>A failed attempt: tried again at <paramref name="retryUtc"/>, or given up when it is null.</summary>
    public void RecordFailure(string error, DateTime? retryUtc, DateTime nowUtc)
    {
        Attempts++;
        LastError = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
        if (retryUtc is { } retry) DueUtc = retry;
        else State = NudgeState.Failed;
        UpdatedUtc = nowUtc;
    }
}
