namespace InterviewBot.Core.Ports;

/// <summary>An e-mail the bot sent for the person, as recorded: when, to whom, what it said, and how sending went.</summary>
public sealed record ExportedMail(Guid Id, Guid? InterviewId, string Kind, string To, string? ReplyTo, string Subject, string Body,
    string State, int Attempts, DateTime CreatedUtc, DateTime? SentUtc, string? LastError)
{
    /// <summary>The mails <paramref name="senderId"/> sent, oldest first.</summary>
    public static IReadOnlyList<ExportedMail> Of(IEnumerable<MailRecord> mails, Guid senderId) =>
        mails.Where(m => m.SenderId == senderId).OrderBy(m => m.CreatedUtc)
            .Select(m => new ExportedMail(m.Id, m.InterviewId, m.Kind.ToString(), $"{m.ToName} <{m.To}>", m.ReplyTo, m.Subject, m.Body,
                m.State.ToString(), m.Attempts, m.CreatedUtc, m.SentUtc, m.LastError))
            .ToList();
}
