namespace InterviewBot.Core.Mail;

/// <summary>
/// Asking for an e-mail, the one way: the mail is recorded as queued and its first try is timed for now,
/// once the turn (or API call) commits. Sending happens in <see cref="MailDispatcher"/>, never inside a turn.
/// </summary>
public sealed class MailRequests(IMailRecords mails, MailOutbox outbox, MailOptions options)
{
    public bool CanSend => options.CanSend;

    public MailRecord Queue(MailRecord mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (!options.CanSend) throw new DomainException("E-mail is not set up here, so I can't send it. Copy the text and send it yourself.");
        mails.Add(mail);
        outbox.Schedule(mail);
        return mail;
    }
}
