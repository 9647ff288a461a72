using InterviewBot.Core.Ports;
using InterviewBot.Testing.Mail;
using MimeKit;

namespace InterviewBot.Mail.Tests;

/// <summary>MailKit against a throwaway SMTP server on 127.0.0.1: what arrives, and what a refusal means for the next try.</summary>
public sealed class SmtpMailSenderTests : IAsyncLifetime
{
    private readonly LocalSmtpServer _smtp = LocalSmtpServer.Start();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _smtp.DisposeAsync();

    private SmtpMailSender Sender(int? port = null) => new(new SmtpSettings("127.0.0.1", port ?? _smtp.Port, SmtpSecurity.None, null, null,
        new MailboxAddress("Acme hiring", "hiring@acme.example")));

    private static OutgoingMail Mail(string? calendar = null, string? method = null) =>
        new(Guid.NewGuid(), "jordan@example.test", "Jordan Lee", "riley@acme.example", "Your phone screen", "Hi Jordan,\n\nThanks!\n\nRiley", calendar, method);

    [Fact]
    public async Task A_mail_arrives_from_the_configured_sender_with_replies_to_the_recruiter()
    {
        await Sender().SendAsync(Mail());

        var mail = Assert.Single(await _smtp.WaitForAsync());
        Assert.Equal("hiring@acme.example", Assert.Single(mail.From.Mailboxes).Address);
        Assert.Equal("riley@acme.example", Assert.Single(mail.ReplyTo.Mailboxes).Address);
        Assert.Equal(("Jordan Lee", "jordan@example.test"), (Assert.Single(mail.To.Mailboxes).Name, mail.To.Mailboxes.Single().Address));
        Assert.Equal("Hi Jordan,\n\nThanks!\n\nRiley", (mail.TextBody ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim());
    }

    [Fact]
    public async Task An_invitation_carries_its_calendar_inline_with_its_method_and_as_a_file()
    {
        var ics = new IcsCalendar().Write(new CallEvent("call-1@interviewbot", 0, false, new DateTime(2027, 3, 30, 12, 0, 0, DateTimeKind.Utc),
            new DateTime(2027, 3, 30, 12, 30, 0, DateTimeKind.Utc), "Europe/Berlin", "Phone screen", "Hi", "Riley", "hiring@acme.example", "Jordan Lee",
            "jordan@example.test", new DateTime(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc)));

        await Sender().SendAsync(Mail(ics, "REQUEST"));

        var mail = Assert.Single(await _smtp.WaitForAsync());
        var inline = mail.BodyParts.OfType<TextPart>().Single(p => p.ContentType.IsMimeType("text", "calendar"));
        Assert.Equal("REQUEST", inline.ContentType.Parameters["method"]);
        var file = Assert.Single(mail.Attachments.OfType<MimePart>());
        Assert.Equal("invite.ics", file.FileName);
        Assert.Equal("call-1@interviewbot", Ical.Net.Calendar.Load(inline.Text)!.Events.Single().Uid);
    }

    [Fact]
    public async Task A_busy_server_is_worth_another_try_a_refusal_for_good_is_not()
    {
        _smtp.RefuseNext(1);
        var busy = await Assert.ThrowsAsync<DeliveryException>(() => Sender().SendAsync(Mail()));
        _smtp.RefuseAlways();
        var refused = await Assert.ThrowsAsync<DeliveryException>(() => Sender().SendAsync(Mail()));

        Assert.True(busy.IsTransient, busy.Message);
        Assert.Contains("451", busy.Message);
        Assert.False(refused.IsTransient, refused.Message);
        Assert.Contains("550", refused.Message);
        Assert.Empty(_smtp.Received);
    }

    [Fact]
    public async Task A_server_out_of_reach_is_worth_another_try_and_the_reason_names_it()
    {
        var closed = FreePort.Find();

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => Sender(closed).SendAsync(Mail()));

        Assert.True(failure.IsTransient);
        Assert.Contains($"127.0.0.1:{closed}", failure.Message);
    }
}
