using InterviewBot.Core.FollowUp;

namespace InterviewBot.Core.Mail;

/// <summary>
/// Sends one queued mail when its timer fires: reads it afresh (a second firing finds it sent and stops),
/// hands it to the <see cref="IMailSender"/>, and records how it went. A busy or unreachable server is tried
/// again with growing gaps; a refusal for good, or the last try, marks it failed and tells the recruiter
/// plainly, with the address, in their 1:1 chat.
/// </summary>
public sealed class MailDispatcher(IMailRecords mails, IEnumerable<IMailSender> senders, MailOutbox outbox, IConversationAddresses addresses,
    IEnumerable<IChatTransport> transports, Commit commit, TimeProvider time) : IMailDelivery
{
    /// <summary>Tries in all: the first and the retries after 1, 5, 30 minutes and 2 hours.</summary>
    public const int MaxAttempts = 5;

    private static readonly TimeSpan[] Gaps = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)];

    public async Task DeliverAsync(Guid mailId, CancellationToken cancellationToken = default)
    {
        var mail = await mails.FindAsync(mailId, cancellationToken);
        if (mail is null || !mail.IsQueued) return;
        var now = time.GetUtcNow().UtcDateTime;
        if (mail.NextAttemptUtc > now.AddSeconds(5)) return; // moved later: its own timer comes

        var sender = senders.LastOrDefault();
        try
        {
            if (sender is null) throw new DeliveryException("E-mail is no longer set up on this host (Email:Smtp:Host is empty).", isTransient: false);
            await sender.SendAsync(Outgoing(mail), cancellationToken);
            mail.MarkSent(time.GetUtcNow().UtcDateTime);
        }
        catch (DeliveryException failure) when (failure.IsTransient && mail.Attempts + 1 < MaxAttempts)
        {
            var gap = Gaps[Math.Min(mail.Attempts, Gaps.Length - 1)];
            mail.RetryAt(now + (failure.RetryAfter is { } wait && wait > gap ? wait : gap), failure.Message);
            outbox.Schedule(mail);
        }
        catch (DeliveryException failure)
        {
            mail.Fail(failure.Message, now);
            await commit.SaveAsync(cancellationToken);
            await TellSenderAsync(mail, cancellationToken);
            return;
        }
        await commit.SaveAsync(cancellationToken);
    }

    /// <summary>The mail as it leaves; an .ics goes with the method its kind needs.</summary>
    public static OutgoingMail Outgoing(MailRecord mail) => new(mail.Id, mail.To, mail.ToName, mail.ReplyTo, mail.Subject, mail.Body, mail.Calendar,
        mail.Calendar is null ? null : mail.Kind == MailKind.Cancellation ? "CANCEL" : "REQUEST");

    /// <summary>What the recruiter reads when a mail could not be sent.</summary>
    public static string FailureNotice(MailRecord mail) =>
        $"The e-mail to {mail.ToName} <{mail.To}> (\"{mail.Subject}\") could not be sent: {mail.LastError} Check the address, or send it yourself.";

    private async Task TellSenderAsync(MailRecord mail, CancellationToken ct)
    {
        if (mail.SenderId is not { } senderId) return;
        var address = await addresses.FindPersonalAsync(senderId, ct);
        var transport = address is null ? null : transports.FirstOrDefault(t => t.Platform == address.Platform);
        if (address is null || transport is null) return; // known only through the API: the failure shows there
        try
        {
            await transport.PostAsync(ChatDestination.Stored(address), new OutboundMessage(FailureNotice(mail), null, Guid.NewGuid()), ct);
        }
        catch (DeliveryException)
        {
            // The mail's own record says it failed; the API and the export show it.
        }
    }
}
