namespace InterviewBot.Core.Domain;

/// <summary>
/// A privacy admin's request to erase a candidate, waiting for them to confirm it. It holds what the
/// confirmation card listed – the interviews, by id – and nothing personal: not the name or e-mail
/// address that was typed. The card's button carries only <see cref="Id"/>.
/// </summary>
public sealed class PendingErasure
{
    /// <summary>How long the confirmation works; after that the admin asks again and sees what is held then.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private PendingErasure() { }

    public PendingErasure(Guid workspaceId, Guid adminId, IEnumerable<Guid> interviewIds, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        AdminId = adminId;
        InterviewIds = interviewIds.Distinct().Order().ToList();
        CreatedUtc = nowUtc;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }

    /// <summary>The admin who asked; only they can confirm.</summary>
    public Guid AdminId { get; private set; }

    /// <summary>The interviews whose candidate is erased on confirmation.</summary>
    public IReadOnlyList<Guid> InterviewIds { get; private set; } = [];

    public DateTime CreatedUtc { get; private set; }

    public bool CanBeConfirmedBy(Guid personId, DateTime nowUtc) => personId == AdminId && nowUtc - CreatedUtc <= Lifetime;
}
