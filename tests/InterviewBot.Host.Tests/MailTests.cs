using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ical.Net;
using InterviewBot.Core.Ports;
using InterviewBot.Host.Tests.Support;
using InterviewBot.Testing.Mail;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace InterviewBot.Host.Tests;

/// <summary>
/// E-mail to a candidate who is not in chat, end to end over real SMTP: the host sends to a throwaway SMTP
/// server on 127.0.0.1 that the test starts, and the test reads what arrived – who it is from, where replies
/// go, the text, and the .ics read back with Ical.Net.
/// </summary>
public sealed class MailTests : IAsyncLifetime, IDisposable
{
    private const string SlackKey = "slack-key-0123456789-abcdefghij";

    private readonly TempFolder _data = new();
    private readonly LocalSmtpServer _smtp = LocalSmtpServer.Start();
    private BotHost _host = null!;
    private NudgeApi _api = null!;

    public Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(NudgeApi.Settings().Concat(_smtp.Settings()))
        {
            // A second key, for a Slack workspace: its people type the bot's commands as /interview …
            ["Api:Keys:1:Key"] = SlackKey,
            ["Api:Keys:1:Platform"] = "slack",
            ["Api:Keys:1:Tenant"] = "T-ACME",
        };
        _host = new BotHost(_data, settings);
        _api = new NudgeApi(_host, NudgeApi.Key);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    public void Dispose()
    {
        _host.Dispose();
        _data.Dispose();
    }

    [Fact]
    public async Task A_booking_through_the_API_can_email_the_candidate_an_invitation_whose_ics_names_the_call_in_UTC()
    {
        using var response = await _api.Client().PostAsJsonAsync("/api/interviews", Booking(emailInvitation: true, "jordan@example.test"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var booked = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = booked["id"]!.GetValue<Guid>();

        var mail = Assert.Single(await _smtp.WaitForAsync());
        // The candidate can join the booking with the code the booking issued.
        Assert.Contains($"join {booked["inviteCode"]!.GetValue<string>()}", mail.TextBody);
        Assert.Equal("bot@example.test", Assert.Single(mail.From.Mailboxes).Address);
        Assert.Equal("riley@contoso.example", Assert.Single(mail.ReplyTo.Mailboxes).Address);
        Assert.Equal("jordan@example.test", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Contains("Backend engineer", mail.Subject);
        Assert.Contains("Thu 14 Jan 2027, 15:00–15:30 (Europe/Berlin)", mail.TextBody);

        var calendar = Ical.Net.Calendar.Load(Ics(mail))!;
        Assert.Equal("REQUEST", calendar.Method);
        var call = Assert.Single(calendar.Events);
        Assert.Equal(new DateTime(2027, 1, 14, 14, 0, 0, DateTimeKind.Utc), call.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2027, 1, 14, 14, 30, 0, DateTimeKind.Utc), call.DtEnd!.AsUtc);
        Assert.Equal("Europe/Berlin", call.DtStart.TzId);
        Assert.Equal("mailto:jordan@example.test", Assert.Single(call.Attendees).Value!.ToString());

        var sent = await WaitForMailAsync(id, m => m["state"]!.GetValue<string>() != "Queued");
        Assert.Equal(("Invitation", "Sent", 1), (sent["kind"]!.GetValue<string>(), sent["state"]!.GetValue<string>(), sent["attempts"]!.GetValue<int>()));
    }

    [Fact]
    public async Task An_invitation_from_a_Slack_workspace_tells_the_candidate_to_type_the_slash_command()
    {
        using var response = await new NudgeApi(_host, SlackKey).Client().PostAsJsonAsync("/api/interviews", Booking(emailInvitation: true, "jordan@example.test"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var code = (await response.Content.ReadFromJsonAsync<JsonObject>())!["inviteCode"]!.GetValue<string>();

        var mail = Assert.Single(await _smtp.WaitForAsync());

        Assert.Contains($"message it: \"/interview join {code}\"", mail.TextBody);
    }

    [Fact]
    public async Task Cancelling_a_booking_whose_invitation_went_out_sends_a_cancellation_for_the_same_event()
    {
        var id = await BookAsync(emailInvitation: true);
        var invitation = Ical.Net.Calendar.Load(Ics(Assert.Single(await _smtp.WaitForAsync())))!.Events.Single();

        using var cancelled = await _api.Client().DeleteAsync($"/api/interviews/{id}");
        Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);

        var mail = (await _smtp.WaitForAsync(2))[1];
        Assert.StartsWith("Cancelled:", mail.Subject);
        var calendar = Ical.Net.Calendar.Load(Ics(mail))!;
        Assert.Equal("CANCEL", calendar.Method);
        var call = Assert.Single(calendar.Events);
        Assert.Equal(invitation.Uid, call.Uid);
        Assert.True(call.Sequence > invitation.Sequence, $"SEQUENCE {call.Sequence} after {invitation.Sequence}");
        Assert.Equal(EventStatus.Cancelled, call.Status);

        // Cancelling again changes nothing, so nothing more goes to the candidate.
        using var again = await _api.Client().DeleteAsync($"/api/interviews/{id}");
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(["Invitation", "Cancellation"], await MailKindsAsync(id));
    }

    [Fact]
    public async Task A_long_role_and_company_are_cut_short_in_the_subjects_so_the_invitation_and_the_cancellation_still_go()
    {
        var booking = Booking(emailInvitation: true, "jordan@example.test");
        booking["role"] = "Senior staff backend engineer for payments, ledgers and reconciliation across the EU and North America, remote-first";
        booking["company"] = "Contoso Financial Services International Holdings GmbH & Co. KG, payments and treasury platform division, Berlin";
        using var response = await _api.Client().PostAsJsonAsync("/api/interviews", booking);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        var invitation = Assert.Single(await _smtp.WaitForAsync());

        using var cancelled = await _api.Client().DeleteAsync($"/api/interviews/{id}");
        Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);

        var cancellation = (await _smtp.WaitForAsync(2))[1];
        Assert.StartsWith("Phone screen: Senior staff backend engineer", invitation.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Cancelled: Phone screen: Senior staff backend engineer", cancellation.Subject, StringComparison.Ordinal);
        Assert.All([invitation.Subject, cancellation.Subject], subject =>
        {
            Assert.EndsWith("…, Thu 14 Jan, 15:00 (Europe/Berlin)", subject, StringComparison.Ordinal);
            Assert.InRange(subject?.Length ?? 0, 150, 200);
        });
    }

    [Fact]
    public async Task A_call_cancelled_in_chat_sends_the_invited_candidate_a_cancellation_and_back_to_scheduled_invites_them_again()
    {
        var connector = await LocalConnector.StartAsync();
        var riley = Conversation.Recruiter(_host, connector);
        await InviteFromTheBookingCardAsync(riley);
        var invitation = Ical.Net.Calendar.Load(Ics(Assert.Single(await _smtp.WaitForAsync())))!.Events.Single();

        var after = Assert.Single(await riley.SayAsync("after"));
        var id = CardReader.SubmitData(after.Card!, "Cancelled")["interviewId"]!.GetValue<Guid>();
        var cancelled = Assert.Single(await riley.TapAsync(after, CardReader.SubmitData(after.Card!, "Cancelled")), r => r.Kind == "update");

        var cancellation = (await _smtp.WaitForAsync(2))[1];
        Assert.StartsWith("Cancelled:", cancellation.Subject);
        Assert.Contains("is cancelled", cancellation.TextBody);
        var removed = Ical.Net.Calendar.Load(Ics(cancellation))!;
        Assert.Equal("CANCEL", removed.Method);
        Assert.Equal(invitation.Uid, removed.Events.Single().Uid);
        Assert.True(removed.Events.Single().Sequence > invitation.Sequence, $"SEQUENCE {removed.Events.Single().Sequence} after {invitation.Sequence}");

        // Riley takes it back: the call goes into Jordan's calendar again, as a newer version of the same event.
        await riley.TapAsync(cancelled, CardReader.SubmitData(cancelled.Card!, "Back to scheduled"));

        var back = (await _smtp.WaitForAsync(3))[2];
        Assert.DoesNotContain("Cancelled", back.Subject, StringComparison.Ordinal);
        var restored = Ical.Net.Calendar.Load(Ics(back))!;
        Assert.Equal("REQUEST", restored.Method);
        Assert.Equal(invitation.Uid, restored.Events.Single().Uid);
        Assert.True(restored.Events.Single().Sequence > removed.Events.Single().Sequence);
        Assert.Equal(invitation.DtStart!.AsUtc, restored.Events.Single().DtStart!.AsUtc);
        Assert.Equal(["Invitation", "Cancellation", "Invitation"], await MailKindsAsync(id));
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task A_call_cancelled_in_chat_whose_invitation_was_never_emailed_sends_no_mail()
    {
        var connector = await LocalConnector.StartAsync();
        var riley = Conversation.Recruiter(_host, connector);
        await BookInChatAsync(riley);
        var after = Assert.Single(await riley.SayAsync("after"));
        var id = CardReader.SubmitData(after.Card!, "Cancelled")["interviewId"]!.GetValue<Guid>();

        var cancelled = Assert.Single(await riley.TapAsync(after, CardReader.SubmitData(after.Card!, "Cancelled")), r => r.Kind == "update");

        Assert.Contains("Marked as cancelled", CardReader.AllText(cancelled.Card!));
        Assert.Empty(await MailKindsAsync(id));
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task The_recruiters_export_lists_the_mails_sent_for_them_and_forget_me_removes_them()
    {
        var connector = await LocalConnector.StartAsync();
        var riley = Conversation.Recruiter(_host, connector);
        var id = await BookAsync(emailInvitation: true);
        await WaitForMailAsync(id, m => m["state"]!.GetValue<string>() == "Sent");

        using (var json = System.Text.Json.JsonDocument.Parse(ExportJson.In(await riley.SayAsync("export my data"))))
        {
            var mail = Assert.Single(json.RootElement.GetProperty("mails").EnumerateArray());
            Assert.Equal(("Invitation", "Jordan Lee <jordan@example.test>", "Sent"),
                (mail.GetProperty("kind").GetString(), mail.GetProperty("to").GetString(), mail.GetProperty("state").GetString()));
        }

        var asked = Assert.Single(await riley.SayAsync("forget me"));
        await riley.TapAsync(asked, CardReader.SubmitData(asked.Card!, "Delete everything"));

        await using var scope = _host.Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<IMailRecords>().ListForInterviewAsync(id));
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<IMailRecords>().ListQueuedAsync());
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Without_the_flag_no_mail_is_sent_and_without_a_candidate_address_the_flag_gets_a_plain_400()
    {
        var id = await BookAsync(emailInvitation: false);
        Assert.Empty((await _api.InterviewAsync(id))["mails"]!.AsArray());

        using var response = await _api.Client().PostAsJsonAsync("/api/interviews", Booking(emailInvitation: true, candidateEmail: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("candidate.email", await response.Content.ReadAsStringAsync());
        Assert.Empty(_smtp.Received);
    }

    [Fact]
    public async Task A_busy_mail_server_that_refuses_the_first_try_gets_the_mail_again_a_little_later()
    {
        _smtp.RefuseNext(1);
        var id = await BookAsync(emailInvitation: true);

        var waiting = await WaitForMailAsync(id, m => m["attempts"]!.GetValue<int>() == 1);
        Assert.Equal("Queued", waiting["state"]!.GetValue<string>());
        Assert.Contains("451", waiting["lastError"]!.GetValue<string>());
        Assert.Empty(_smtp.Received);

        await _api.AdvanceToAsync((await _api.NowAsync()).AddMinutes(2));

        Assert.Single(await _smtp.WaitForAsync());
        var sent = await WaitForMailAsync(id, m => m["state"]!.GetValue<string>() == "Sent");
        Assert.Equal(2, sent["attempts"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_mail_server_busy_at_every_try_gets_it_again_after_1_5_30_and_120_minutes_then_the_recruiter_is_told()
    {
        var connector = await LocalConnector.StartAsync();
        var riley = Conversation.Recruiter(_host, connector);
        await riley.SayAsync("hi"); // Riley has a 1:1 chat with the bot, where the notice goes
        _smtp.RefuseNext(100);
        var id = await BookAsync(emailInvitation: true);

        var waiting = await WaitForMailAsync(id, m => m["attempts"]!.GetValue<int>() == 1);
        foreach (var (gap, tries) in new[] { (1, 2), (5, 3), (30, 4) })
        {
            var tried = await _api.NowAsync();
            var next = waiting["nextAttemptUtc"]!.GetValue<DateTime>();
            Assert.InRange(next - tried, TimeSpan.FromMinutes(gap) - TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(gap));
            await _api.AdvanceToAsync(next);
            waiting = await WaitForMailAsync(id, m => m["attempts"]!.GetValue<int>() == tries);
            Assert.Equal("Queued", waiting["state"]!.GetValue<string>());
        }
        var last = waiting["nextAttemptUtc"]!.GetValue<DateTime>();
        Assert.InRange(last - await _api.NowAsync(), TimeSpan.FromMinutes(119.5), TimeSpan.FromMinutes(120));
        await _api.AdvanceToAsync(last);

        var failed = await WaitForMailAsync(id, m => m["state"]!.GetValue<string>() != "Queued");
        Assert.Equal(("Failed", 5), (failed["state"]!.GetValue<string>(), failed["attempts"]!.GetValue<int>()));
        Assert.Contains("451", failed["lastError"]!.GetValue<string>());
        Assert.Equal(5, _smtp.Refused);
        var notice = await WaitForAsync(() => connector.Requests.FirstOrDefault(r => r.Kind == "send" && r.Text?.Contains("could not be sent") == true));
        Assert.Equal("a:personal-riley", notice.ConversationId);
        Assert.Contains("jordan@example.test", notice.Text);
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task A_mail_server_that_refuses_the_mail_for_good_fails_it_and_the_recruiter_is_told_with_the_address()
    {
        var connector = await LocalConnector.StartAsync();
        var riley = Conversation.Recruiter(_host, connector);
        await riley.SayAsync("hi"); // Riley has a 1:1 chat with the bot, where the notice goes
        _smtp.RefuseAlways();

        var id = await BookAsync(emailInvitation: true);

        var failed = await WaitForMailAsync(id, m => m["state"]!.GetValue<string>() != "Queued");
        Assert.Equal("Failed", failed["state"]!.GetValue<string>());
        Assert.Contains("550", failed["lastError"]!.GetValue<string>());
        var notice = await WaitForAsync(() => connector.Requests.FirstOrDefault(r => r.Kind == "send" && r.Text?.Contains("could not be sent") == true));
        Assert.Equal("a:personal-riley", notice.ConversationId);
        Assert.Contains("jordan@example.test", notice.Text);
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task The_recruiters_draft_goes_by_email_as_they_checked_it_from_the_bot_with_replies_to_them()
    {
        var connector = await LocalConnector.StartAsync();
        var riley = Conversation.Recruiter(_host, connector);
        await BookInChatAsync(riley);
        var after = Assert.Single(await riley.SayAsync("after"));

        var compose = Assert.Single(await riley.TapAsync(after, CardReader.StepButton(after.Card!, "Send by e-mail", "keep-in-the-loop"),
            new Dictionary<string, string> { ["step.keep-in-the-loop.draft"] = "Hi Jordan, still waiting on the team – news by Friday. Riley" }));
        Assert.Equal("Hi Jordan, still waiting on the team – news by Friday. Riley", CardReader.InputValue(compose.Card!, "mail.body"));
        Assert.Contains("jordan@example.test", CardReader.AllText(compose.Card!));

        var done = Assert.Single(await riley.TapAsync(compose, CardReader.SubmitData(compose.Card!, "Send"), new Dictionary<string, string>
        {
            ["mail.replyTo"] = "riley@contoso.example",
            ["mail.subject"] = "Your phone screen for the Backend engineer role",
            ["mail.body"] = "Hi Jordan, still waiting on the team – news by Friday. Riley",
        }));
        Assert.Contains("on its way", CardReader.AllText(done.Card!));

        var mail = Assert.Single(await _smtp.WaitForAsync());
        Assert.Equal("bot@example.test", Assert.Single(mail.From.Mailboxes).Address);
        Assert.Equal("riley@contoso.example", Assert.Single(mail.ReplyTo.Mailboxes).Address);
        Assert.Equal("jordan@example.test", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("Hi Jordan, still waiting on the team – news by Friday. Riley", mail.TextBody?.Trim());
        Assert.Empty(mail.Attachments);
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task An_invitation_emailed_from_the_booking_card_carries_a_new_invite_code_that_lets_the_candidate_join()
    {
        var connector = await LocalConnector.StartAsync();
        var riley = Conversation.Recruiter(_host, connector);

        var compose = await InviteFromTheBookingCardAsync(riley);

        Assert.Contains("new invite code", CardReader.AllText(compose.Card!));
        var mail = Assert.Single(await _smtp.WaitForAsync());
        var code = System.Text.RegularExpressions.Regex.Match(mail.TextBody ?? "", @"join ([0-9A-Z]{4}-[0-9A-Z]{4})").Groups[1].Value;
        Assert.NotEqual("", code);
        var jordan = Conversation.Candidate(_host, connector);
        var joined = string.Join("\n", (await jordan.SayAsync($"join {code}")).Select(r => r.Text ?? CardReader.AllText(r.Card!)));
        Assert.Contains("You joined the call for Backend engineer with Riley", joined);
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Without_a_candidate_address_send_by_email_gets_a_plain_answer()
    {
        var connector = await LocalConnector.StartAsync();
        var riley = Conversation.Recruiter(_host, connector);
        await ConversationFlowTests.BookAsync(riley, "Jordan Lee");
        var after = Assert.Single(await riley.SayAsync("after"));

        var answer = Assert.Single(await riley.TapAsync(after, CardReader.StepButton(after.Card!, "Send by e-mail", "send-feedback")));

        Assert.Contains("no e-mail address for Jordan Lee", answer.Text ?? CardReader.AllText(answer.Card!));
        await connector.DisposeAsync();
    }

    /// <summary>Riley books Jordan's call in chat, with Jordan's address, and e-mails the invitation from the booking card as it stands; the form it sent.</summary>
    private static async Task<ConnectorRequest> InviteFromTheBookingCardAsync(Conversation riley)
    {
        var booked = await BookInChatAsync(riley);
        var compose = Assert.Single(await riley.TapAsync(booked, CardReader.SubmitData(booked.Card!, "E-mail the invitation")));
        var done = Assert.Single(await riley.TapAsync(compose, CardReader.SubmitData(compose.Card!, "Send"), new Dictionary<string, string>
        {
            ["mail.replyTo"] = "riley@contoso.example",
            ["mail.subject"] = CardReader.InputValue(compose.Card!, "mail.subject")!,
            ["mail.body"] = CardReader.InputValue(compose.Card!, "mail.body")!,
        }));
        Assert.Contains("on its way", CardReader.AllText(done.Card!));
        return compose;
    }

    /// <summary>Riley books Jordan's call in chat, with Jordan's address; the booking card.</summary>
    private static async Task<ConnectorRequest> BookInChatAsync(Conversation riley)
    {
        var form = Assert.Single(await riley.SayAsync("new interview"));
        var inputs = ConversationFlowTests.BookingInputs("Jordan Lee");
        inputs["candidateEmail"] = "jordan@example.test";
        return (await riley.TapAsync(form, CardReader.SubmitData(form.Card!, "Book it"), inputs))
            .First(r => r.Card is not null && CardReader.AllText(r.Card).Contains("booked", StringComparison.Ordinal));
    }

    /// <summary>The kinds of the mails recorded for the interview, oldest first: one per change, never two.</summary>
    private async Task<List<string>> MailKindsAsync(Guid id) =>
        (await _api.InterviewAsync(id))["mails"]!.AsArray().Select(m => m!["kind"]!.GetValue<string>()).ToList();

    private async Task<Guid> BookAsync(bool emailInvitation)
    {
        using var response = await _api.Client().PostAsJsonAsync("/api/interviews", Booking(emailInvitation, "jordan@example.test"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }

    private static JsonObject Booking(bool emailInvitation, string? candidateEmail) => new()
    {
        ["recruiter"] = new JsonObject { ["platformUserId"] = "29:user-riley", ["name"] = "Riley Recruiter", ["email"] = "riley@contoso.example" },
        ["candidate"] = new JsonObject { ["name"] = "Jordan Lee", ["email"] = candidateEmail },
        ["role"] = "Backend engineer",
        ["start"] = "2027-01-14T15:00",
        ["end"] = "2027-01-14T15:30",
        ["timeZone"] = "Europe/Berlin",
        ["emailInvitation"] = emailInvitation,
    };

    /// <summary>The invitation's calendar, as the mail client reads it (the text/calendar part).</summary>
    internal static string Ics(MimeMessage mail) =>
        mail.BodyParts.OfType<TextPart>().FirstOrDefault(p => p.ContentType.IsMimeType("text", "calendar"))?.Text
        ?? throw new InvalidOperationException("The mail has no text/calendar part.");

    private async Task<JsonObject> WaitForMailAsync(Guid interviewId, Func<JsonObject, bool> condition) =>
        await WaitForAsync(async () => (await _api.InterviewAsync(interviewId))["mails"]!.AsArray().Select(m => m!.AsObject()).FirstOrDefault(condition));

    private static Task<T> WaitForAsync<T>(Func<T?> find) where T : class => WaitForAsync(() => Task.FromResult(find()));

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> find) where T : class
    {
        for (var i = 0; i < 300; i++)
        {
            if (await find() is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException("Not seen within 30 s.");
    }
}
