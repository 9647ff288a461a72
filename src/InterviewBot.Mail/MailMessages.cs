using System.Text;
using InterviewBot.Core.Ports;
using MimeKit;

namespace InterviewBot.Mail;

/// <summary>
/// An <see cref="OutgoingMail"/> as a MIME message: plain text, and for an invitation or cancellation the .ics both
/// inline (text/calendar with its METHOD, which mail clients show as an invitation) and as invite.ics.
/// </summary>
public static class MailMessages
{
    public static MimeMessage Build(OutgoingMail mail, MailboxAddress from)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var message = new MimeMessage { Subject = mail.Subject };
        message.From.Add(from);
        message.To.Add(new MailboxAddress(mail.ToName, mail.To));
        if (mail.ReplyTo is not null) message.ReplyTo.Add(new MailboxAddress("", mail.ReplyTo));
        // One id per mail, the same on every try: a server that took it once and lost the answer can tell.
        message.MessageId = $"{mail.Id:N}@interviewbot";

        var text = new TextPart("plain") { Text = mail.Body };
        if (mail.Calendar is null)
        {
            message.Body = text;
            return message;
        }

        var inline = new TextPart("calendar") { Text = mail.Calendar };
        inline.ContentType.Charset = "utf-8";
        inline.ContentType.Parameters.Add("method", mail.CalendarMethod ?? "REQUEST");
        var file = new MimePart("application", "ics")
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(mail.Calendar))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = "invite.ics",
        };
        message.Body = new Multipart("mixed") { new MultipartAlternative { text, inline }, file };
        return message;
    }
}
