using System.Net.Sockets;
using InterviewBot.Core.Ports;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace InterviewBot.Mail;

/// <summary>
/// <see cref="IMailSender"/> over SMTP with MailKit: one connection per mail, from the configured sender, with
/// Reply-To the recruiter. A refusal with a 4xx code, or a server out of reach, is worth another try; a 5xx
/// refusal or a failed login is not.
/// </summary>
internal sealed class SmtpMailSender(SmtpSettings settings) : IMailSender
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        using var message = MailMessages.Build(mail, settings.From);
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, settings.SocketOptions, cancellationToken);
            if (settings.User is not null) await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (SmtpCommandException refused)
        {
            var code = (int)refused.StatusCode;
            throw new DeliveryException($"The mail server refused it ({code}: {refused.Message.Trim()})", isTransient: code is >= 400 and < 500, inner: refused);
        }
        catch (AuthenticationException login)
        {
            throw new DeliveryException($"The mail server did not accept the login for {settings.User} (Email:Smtp:User and Password).", isTransient: false, inner: login);
        }
        catch (Exception broken) when (broken is SocketException or IOException or SmtpProtocolException or SslHandshakeException or ServiceNotConnectedException or TimeoutException)
        {
            throw new DeliveryException($"Could not reach the mail server {settings.Host}:{settings.Port} ({broken.Message.Trim()})", isTransient: true, inner: broken);
        }
    }
}
