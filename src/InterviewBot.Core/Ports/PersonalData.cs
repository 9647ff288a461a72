namespace InterviewBot.Core.Ports;

/// <summary>
/// A person's rights over what the bot holds about them: a copy of all of it, and its deletion.
/// Implemented by the storage project. Unlike the turn's stores these act on the database at once,
/// in a transaction of their own: an erasure is committed when the call returns, whatever the rest
/// of the turn does.
/// </summary>
public interface IPersonalData
{
    /// <summary>
    /// Everything stored about the person: their profile and reminder choices, the interviews they
    /// are on with their own answers, drafts, notes and questions, their brag list, the reminders
    /// addressed to them, their sessions and where the bot reaches them. Never another person's
    /// notes, answers or questions.
    /// </summary>
    Task<PersonalDataExport> ExportAsync(Guid workspaceId, Guid personId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the person and everything that is theirs: their brag list, sessions, chat addresses
    /// and the cards sent into those chats (a shared chat's address that still names them keeps the
    /// chat and loses them), reminders addressed to them, their answers, notes and
    /// questions on any interview, and the interviews they created with everything attached. On an
    /// interview someone else created they are unlinked and named <see cref="ForgetResult.FormerParticipant"/>,
    /// so the other person's record stays whole. Nothing happens for a person outside the workspace.
    /// </summary>
    /// <returns>The reminders that were still waiting (their timers must be cancelled) and what was deleted.</returns>
    Task<ForgetResult> ForgetAsync(Guid workspaceId, Guid personId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the interview with everything attached: every participant's answers, notes and
    /// questions, sessions, reminders and their sent cards. Brag-list stories written for it stay
    /// (they belong to their author) but no longer point at it.
    /// </summary>
    /// <returns>The ids of the reminders that were still waiting, so their timers can be cancelled; empty when there was no such interview.</returns>
    Task<IReadOnlyList<Guid>> DeleteInterviewAsync(Guid workspaceId, Guid interviewId, CancellationToken cancellationToken = default);
}

/// <summary>What <see cref="IPersonalData.ForgetAsync"/> did.</summary>
/// <param name="WaitingNudgeIds">Reminders that were pending or snoozed when they were deleted: cancel their timers.</param>
public sealed record ForgetResult(IReadOnlyList<Guid> WaitingNudgeIds, ErasedCounts Counts)
{
    /// <summary>The name left on someone else's interview in place of a person who asked to be forgotten.</summary>
    public const string FormerParticipant = "a former participant";

    public static ForgetResult Nothing { get; } = new([], new ErasedCounts());
}

/// <summary>How many records of each kind an erasure deleted (or, for <see cref="InterviewsUnlinked"/>, changed).</summary>
public sealed record ErasedCounts
{
    public int People { get; init; }
    public int Interviews { get; init; }
    public int InterviewsUnlinked { get; init; }
    public int ChecklistEntries { get; init; }
    public int Notes { get; init; }
    public int Questions { get; init; }
    public int Sessions { get; init; }
    public int Stories { get; init; }
    public int Nudges { get; init; }
    public int SentCards { get; init; }
    public int ConversationAddresses { get; init; }

    /// <summary>E-mails the person sent (or had queued) through the bot.</summary>
    public int Mails { get; init; }

    /// <summary>Addresses of channels or group chats that still named the person as their last speaker, now without them.</summary>
    public int SharedAddressesScrubbed { get; init; }
}
