using InterviewBot.Core.Domain;

namespace InterviewBot.Host.Api;

/// <summary>
/// One e-mail of an interview: <c>Kind</c> is Message (a draft the recruiter sent), Invitation or Cancellation;
/// <c>State</c> is Queued (waiting for its first try or a retry, due at <c>NextAttemptUtc</c>), Sent or Failed (given up;
/// <c>LastError</c> says why).
/// </summary>
public sealed record MailResponse(Guid Id, string Kind, string To, string? ReplyTo, string Subject, string State, int Attempts,
    DateTime CreatedUtc, DateTime? SentUtc, string? LastError, DateTime? NextAttemptUtc)
{
    public static MailResponse From(MailRecord mail) => new(mail.Id, mail.Kind.ToString(), mail.To, mail.ReplyTo, mail.Subject, mail.State.ToString(),
        mail.Attempts, mail.CreatedUtc, mail.SentUtc, mail.LastError, mail.IsQueued ? mail.NextAttemptUtc : null);
}
