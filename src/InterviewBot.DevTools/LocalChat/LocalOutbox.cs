using System.Collections.Concurrent;
using InterviewBot.Core.Ports;

namespace InterviewBot.DevTools.LocalChat;

/// <summary>
/// In local mode without <c>Email:Smtp:Host</c>, where e-mail goes instead of leaving the machine: kept in memory
/// (the latest <see cref="Kept"/>) and shown in the Outbox panel of the local chat page (<c>GET /local/outbox</c>).
/// Every mail is still recorded like a sent one, so the interview, the API and the export show it.
/// </summary>
internal sealed class LocalOutbox(TimeProvider clock) : IMailSender
{
    public const int Kept = 100;

    private readonly ConcurrentQueue<OutboxMail> _mails = new();

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        _mails.Enqueue(new OutboxMail(mail.Id, clock.GetUtcNow().UtcDateTime, $"{mail.ToName} <{mail.To}>", mail.ReplyTo, mail.Subject, mail.Body,
            mail.Calendar is null ? null : "invite.ics (" + mail.CalendarMethod + ")"));
        while (_mails.Count > Kept) _mails.TryDequeue(out _);
        return Task.CompletedTask;
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<OutboxMail> List() => _mails.Reverse().ToList();

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/local/outbox", (LocalOutbox outbox) => Results.Ok(outbox.List())).ExcludeFromDescription();
}

/// <summary>One mail in the Outbox: when it "went", to whom, replies to whom, what it says, and its calendar file.</summary>
internal sealed record OutboxMail(Guid Id, DateTime SentUtc, string To, string? ReplyTo, string Subject, string Body, string? Attachment);
