namespace InterviewBot.Core.Ports;

/// <summary>An e-mail as it leaves: from the configured sender, replies to the recruiter, with an .ics when it has one.</summary>
public sealed record OutgoingMail(Guid Id, string To, string ToName, string? ReplyTo, string Subject, string Body, string? Calendar, string? CalendarMethod);

/// <summary>
/// The way out for e-mail: SMTP where <c>Email:Smtp:Host</c> is set (InterviewBot.Mail), the local page's
/// Outbox in local mode (InterviewBot.DevTools). Without either, none is registered and the bot offers no e-mail.
/// </summary>
public interface IMailSender
{
    /// <exception cref="DeliveryException">Not sent; <see cref="DeliveryException.IsTransient"/>: worth trying again later.</exception>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}

/// <summary>The durable timer behind sending (Quartz in production): it holds mail ids and times only.</summary>
public interface IMailScheduler
{
    /// <summary>Tries the mail at <paramref name="dueUtc"/> (at once when that has passed); replaces an earlier time for it.</summary>
    Task ScheduleAsync(Guid mailId, DateTime dueUtc, CancellationToken cancellationToken = default);
}

/// <summary>What happens when a mail's timer fires: read it afresh, send it if still queued, record how it went.</summary>
public interface IMailDelivery
{
    Task DeliverAsync(Guid mailId, CancellationToken cancellationToken = default);
}

/// <summary>A queued mail as its timer needs it: no addresses, no text.</summary>
public sealed record QueuedMail(Guid Id, DateTime NextAttemptUtc);

public interface IMailRecords
{
    Task<MailRecord?> FindAsync(Guid mailId, CancellationToken cancellationToken = default);

    /// <summary>Every mail of an interview, oldest first.</summary>
    Task<IReadOnlyList<MailRecord>> ListForInterviewAsync(Guid interviewId, CancellationToken cancellationToken = default);

    /// <summary>Queued mails, by id and next try only (to give each a timer again after a restart).</summary>
    Task<IReadOnlyList<QueuedMail>> ListQueuedAsync(CancellationToken cancellationToken = default);

    void Add(MailRecord mail);
}

/// <summary>One call as a calendar event. <see cref="Uid"/> stays the same for the call; <see cref="Sequence"/> grows with each change.</summary>
public sealed record CallEvent(string Uid, int Sequence, bool Cancelled, DateTime StartUtc, DateTime EndUtc, string TimeZoneId, string Summary,
    string Description, string OrganizerName, string OrganizerEmail, string AttendeeName, string AttendeeEmail, DateTime StampUtc);

/// <summary>Writes a call as an iCalendar (.ics) text: METHOD:REQUEST, or METHOD:CANCEL when cancelled.</summary>
public interface ICallCalendar
{
    string Write(CallEvent callEvent);
}
