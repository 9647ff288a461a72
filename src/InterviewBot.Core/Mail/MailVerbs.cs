namespace InterviewBot.Core.Mail;

/// <summary>The verbs of the e-mail buttons, and their data keys.</summary>
public static class MailVerbs
{
    /// <summary><i>Send by e-mail</i> on a draft, or <i>E-mail the invitation</i> on a booking: opens the mail to check.</summary>
    public const string Compose = "mail.compose";

    /// <summary>The checked mail's <i>Send</i>.</summary>
    public const string Send = "mail.send";

    public const string KeyKind = "mailKind";
    public const string Invitation = "invitation";

    public const string ReplyTo = "mail.replyTo";
    public const string Subject = "mail.subject";
    public const string Body = "mail.body";
}
