namespace InterviewBot.Core.Mail;

/// <summary>
/// Whether the bot can send e-mail here, and from which address. Off unless a host registers a way out:
/// SMTP (<c>Email:Smtp:*</c>) or, in local mode, the local page's Outbox. Off: no <i>Send by e-mail</i> button.
/// </summary>
/// <param name="SenderAddress">The From address (the organizer of the invitations' .ics).</param>
/// <param name="SenderName">The From name.</param>
public sealed record MailOptions(bool CanSend, string SenderAddress, string SenderName)
{
    public static readonly MailOptions Off = new(false, "", "");
}
