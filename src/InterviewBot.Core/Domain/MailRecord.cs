namespace InterviewBot.Core.Domain;

/// <summary>What an e-mail is: a draft the recruiter sends, or the call's invitation or its cancellation (with an .ics).</summary>
public enum MailKind
{
    Message,
    Invitation,
    Cancellation,
}

/// <summary>Queued: waiting to go (first try or a retry); Sent: the SMTP server took it; Failed: given up, the recruiter was told.</summary>
public enum MailState
{
    Queued,
    Sent,
    Failed,
}

/// <summary>
/// One e-mail the bot sends for a recruiter, kept from the moment it is asked for: who it goes to, what it
/// says, and how sending went. The record is the outbox – a mail is sent from here, retried from here, and
/// shows here when it failed – so nothing is lost when the SMTP server is away or the host restarts.
/// </summary>
public sealed class MailRecord
{
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 8000;
    public const int MaxAddressLength = 200;

    private MailRecord() { }

    public MailRecord(Guid workspaceId, Guid? interviewId, Guid? senderId, MailKind kind, string to, string toName, string? replyTo,
        string subject, string body, string? calendar, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(to) || !to.Contains('@', StringComparison.Ordinal)) throw new DomainException("That e-mail address has no @ in it.");
        subject = UserText.SingleLine(subject).Trim();
        if (subject.Length == 0) throw new DomainException("The subject is empty.");
        if (subject.Length > MaxSubjectLength) throw new DomainException($"The subject can be up to {MaxSubjectLength} characters.");
        body = body.Trim();
        if (body.Length == 0) throw new DomainException("The e-mail is empty.");
        if (body.Length > MaxBodyLength) throw new DomainException($"An e-mail can be up to {MaxBodyLength} characters; this one has {body.Length}.");
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        InterviewId = interviewId;
        SenderId = senderId;
        Kind = kind;
        To = UserText.SingleLine(to).Trim();
        ToName = UserText.SingleLine(toName).Trim();
        ReplyTo = UserText.SingleLineOrNull(replyTo)?.Trim();
        Subject = subject;
        Body = body;
        Calendar = calendar;
        State = MailState.Queued;
        CreatedUtc = NextAttemptUtc = nowUtc;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid? InterviewId { get; private set; }

    /// <summary>The recruiter it is sent for: told when it fails.</summary>
    public Guid? SenderId { get; private set; }

    public MailKind Kind { get; private set; }
    public string To { get; private set; } = "";
    public string ToName { get; private set; } = "";

    /// <summary>Where the candidate's answer goes: the recruiter's own address.</summary>
    public string? ReplyTo { get; private set; }

    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";

    /// <summary>The .ics attached to an invitation or a cancellation, as sent.</summary>
    public string? Calendar { get; private set; }

    public MailState State { get; private set; }
    public int Attempts { get; private set; }
    public DateTime CreatedUtc { get; private set; }

    /// <summary>When the next try is due (while queued).</summary>
    public DateTime NextAttemptUtc { get; private set; }

    public DateTime? SentUtc { get; private set; }
    public DateTime? FailedUtc { get; private set; }
    public string? LastError { get; private set; }

    public bool IsQueued => State == MailState.Queued;

    public void MarkSent(DateTime nowUtc)
    {
        Attempts++;
        State = MailState.Sent;
        SentUtc = nowUtc;
    }

    /// <summary>A try that did not go through; another is due at <paramref name="nextUtc"/>.</summary>
    public void RetryAt(DateTime nextUtc, string error)
    {
        Attempts++;
        NextAttemptUtc = nextUtc;
        LastError = Shorten(error);
    }

    /// <summary>Given up: the last try failed for good, or too many failed.</summary>
    public void Fail(string error, DateTime nowUtc)
    {
        Attempts++;
        State = MailState.Failed;
        FailedUtc = nowUtc;
        LastError = Shorten(error);
    }

    private static string Shorten(string error) => error.Length <= 500 ? error : error[..500];
}
