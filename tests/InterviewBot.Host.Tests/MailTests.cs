using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ical.Net;
using InterviewBot.Core.FollowUp;
using InterviewBot.Core.Mail;
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
    private readonly TempFolder _data = new();
    private readonly LocalSmtpServer _smtp = LocalSmtpServer.Start();
    private BotHost _host = null!;
    private NudgeApi _api = null!;

    public Task InitializeAsync()
    {
        _host = new BotHost(_data, new Dictionary<string, string?>(NudgeApi.Settings().Concat(_smtp.Settings())));
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
    }

    [Fact]
    public async Task A_moved_call_gets_a_new_invitation_for_the_same_event_with_a_higher_sequence_and_the_new_time()
    {
        var id = await BookAsync(emailInvitation: true);
        var first = Ical.Net.Calendar.Load(Ics(Assert.Single(await _smtp.WaitForAsync())))!.Events.Single();

        // Moved an hour later, then invited again: what a reschedule does (the interview's own Reschedule, the one invitation use case).
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var workspace = (await services.GetRequiredService<IWorkspaces>().FindAsync(Core.Domain.Platforms.Teams, "tenant-contoso"))!;
            var interview = (await services.GetRequiredService<IInterviews>().FindAsync(workspace.Id, id))!;
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            interview.Reschedule(interview.StartUtc.AddHours(1), interview.EndUtc.AddHours(1), interview.TimeZoneId, now);
            await services.GetRequiredService<CallInvitations>().InviteAsync(interview, interview.Recruiter.PersonId!.Value, "Riley Recruiter", "riley@contoso.example", now);
            await services.GetRequiredService<Commit>().SaveAsync();
        }

        var moved = (await _smtp.WaitForAsync(2))[1];
        var call = Ical.Net.Calendar.Load(Ics(moved))!.Events.Single();
        Assert.Equal(first.Uid, call.Uid);
        Assert.Equal(first.Sequence + 1, call.Sequence);
        Assert.Equal(new DateTime(2027, 1, 14, 15, 0, 0, DateTimeKind.Utc), call.DtStart!.AsUtc);
        Assert.Contains("16:00–16:30", moved.TextBody);
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
        var form = Assert.Single(await riley.SayAsync("new interview"));
        var inputs = ConversationFlowTests.BookingInputs("Jordan Lee");
        inputs["candidateEmail"] = "jordan@example.test";
        await riley.TapAsync(form, CardReader.SubmitData(form.Card!, "Book it"), inputs);
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
        var form = Assert.Single(await riley.SayAsync("new interview"));
        var inputs = ConversationFlowTests.BookingInputs("Jordan Lee");
        inputs["candidateEmail"] = "jordan@example.test";
        var booked = (await riley.TapAsync(form, CardReader.SubmitData(form.Card!, "Book it"), inputs))
            .First(r => r.Card is not null && CardReader.AllText(r.Card).Contains("booked", StringComparison.Ordinal));
        var compose = Assert.Single(await riley.TapAsync(booked, CardReader.SubmitData(booked.Card!, "E-mail the invitation")));
        Assert.Contains("new invite code", CardReader.AllText(compose.Card!));

        var done = Assert.Single(await riley.TapAsync(compose, CardReader.SubmitData(compose.Card!, "Send"), new Dictionary<string, string>
        {
            ["mail.replyTo"] = "riley@contoso.example",
            ["mail.subject"] = CardReader.InputValue(compose.Card!, "mail.subject")!,
            ["mail.body"] = CardReader.InputValue(compose.Card!, "mail.body")!,
        }));
        Assert.Contains("on its way", CardReader.AllText(done.Card!));

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
    private static string Ics(MimeMessage mail) =>
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
