using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewBot.Calendar;
using InterviewBot.Core.Calendar;
using InterviewBot.Core.Ports;
using InterviewBot.DevTools.Clock;
using InterviewBot.Host.Tests.Support;
using InterviewBot.Testing.Mail;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace InterviewBot.Host.Tests;

/// <summary>
/// Phone screens found in a recruiter's calendar, end to end on Teams: Riley sends the secret address of an
/// Outlook calendar published by a local calendar service (<see cref="IcsFeedServer"/>, allowed here with
/// <c>Calendar:AllowPrivateAddresses=true</c>), the bot asks once per phone screen, tracks the one Riley
/// confirms, follows it when it moves and when it is cancelled, and an unchanged calendar costs one 304.
/// Polls are run directly, as the feed's Quartz job runs them; the local clock stands still.
/// </summary>
public sealed class CalendarFeedTests : IDisposable
{
    /// <summary>Monday 1 March 2027, 09:00 UTC: the exports' phone screens lie in the next 30 days.</summary>
    private static readonly DateTime Monday = new(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static Dictionary<string, string?> Settings(bool allowPrivate)
    {
        var settings = NudgeApi.Settings();
        settings["Calendar:AllowPrivateAddresses"] = allowPrivate ? "true" : "false";
        return settings;
    }

    [Fact]
    public async Task The_bot_asks_once_tracks_follows_a_move_and_a_cancellation_and_an_unchanged_calendar_costs_one_304()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var calendar = await IcsFeedServer.StartAsync();
        calendar.Publish(CalendarExports.Outlook());
        await using var host = NudgeApi.HostAt(_data, Monday, Settings(allowPrivate: true));
        var api = new NudgeApi(host, NudgeApi.Key);
        var riley = Conversation.Recruiter(host, connector);

        var added = Assert.Single(await riley.SayAsync("calendar " + calendar.Address));
        Assert.StartsWith("Got it. I'll read your calendar in a minute and then every 10 minutes", added.Text, StringComparison.Ordinal);
        var feedId = await FeedIdAsync(host);

        // The first poll: one card per phone screen in the next 30 days – Jordan Lee's, and each Tuesday's recruiter
        // call (the one moved to Wednesday 24 March at its new time). Not the cancelled call, the all-day event or lunch.
        Assert.Equal(PollOutcome.Read, await PollAsync(host, feedId));
        var asked = Sent(connector);
        var jordan = Assert.Single(asked, r => CardReader.AllText(r.Card!).Contains("Phone screen - Jordan Lee", StringComparison.Ordinal));
        var jordanText = CardReader.AllText(jordan.Card!);
        Assert.Contains("Track 'Phone screen - Jordan Lee', Thu 4 Mar 14:00, as a phone screen?", jordanText);
        Assert.Equal(["Track", "Not a phone screen"], CardReader.ButtonTitles(jordan.Card!));
        Assert.Equal("Jordan Lee", CardReader.InputValue(jordan.Card!, CalendarVerbs.Candidate));
        var slots = asked.Where(r => CardReader.AllText(r.Card!).Contains("Recruiter call (open slot)", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, slots.Count); // Tuesdays 2, 9, 16 and 30 March, and the 23rd moved to the 24th
        Assert.Contains(slots, r => CardReader.AllText(r.Card!).Contains("Wed 24 Mar 11:00", StringComparison.Ordinal));
        Assert.Equal(5 + 1, asked.Count);
        Assert.DoesNotContain(asked, r => CardReader.AllText(r.Card!).Contains("Priya", StringComparison.Ordinal));

        // Riley tracks it: it is booked as a phone screen, with its reminders.
        var tracked = await riley.TapAsync(jordan, CardReader.SubmitData(jordan.Card!, "Track"),
            new Dictionary<string, string> { [CalendarVerbs.Candidate] = "Jordan Lee", [CalendarVerbs.Role] = "Backend engineer" });
        Assert.Contains("Tracked ✓", CardReader.AllText(Assert.Single(tracked, r => r.ActivityId == jordan.ResultId).Card!));
        var interviewId = await InterviewOfAsync(host, feedId);
        var interview = await api.InterviewAsync(interviewId);
        Assert.Equal("Jordan Lee", interview["candidate"]!["name"]!.GetValue<string>());
        Assert.Equal(new DateTime(2027, 3, 4, 13, 0, 0, DateTimeKind.Utc), interview["startUtc"]!.GetValue<DateTime>());
        Assert.Equal("Europe/Berlin", interview["timeZone"]!.GetValue<string>());
        var startingBefore = Assert.Single(await api.NudgesAsync(interviewId), n => NudgeApi.Kind(n) == "CallStarting");

        // Nothing changed: one conditional request, answered 304, and nothing asked twice.
        connector.Clear();
        var requestsBefore = calendar.Requests.Count;
        Assert.Equal(PollOutcome.Unchanged, await PollAsync(host, feedId));
        Assert.Equal(requestsBefore + 1, calendar.Requests.Count);
        Assert.True(calendar.Requests[^1].IsConditional);
        Assert.Empty(Sent(connector));

        // Moved in the calendar to Friday 16:00: the call and its reminders move, and Riley is told.
        calendar.Publish(CalendarExports.Outlook(new DateTime(2027, 3, 5, 16, 0, 0), sequence: 1));
        Assert.Equal(PollOutcome.Read, await PollAsync(host, feedId));
        var moved = Assert.Single(Sent(connector));
        Assert.Equal("Your phone screen with Jordan Lee moved in your calendar to Fri 5 Mar 16:00. I moved the call and its reminders with it.", moved.Text);
        Assert.Equal(new DateTime(2027, 3, 5, 15, 0, 0, DateTimeKind.Utc), (await api.InterviewAsync(interviewId))["startUtc"]!.GetValue<DateTime>());
        var startingAfter = Assert.Single(await api.NudgesAsync(interviewId), n => NudgeApi.Kind(n) == "CallStarting");
        Assert.Equal(NudgeApi.Due(startingBefore).AddHours(26), NudgeApi.Due(startingAfter));

        // Cancelled in the calendar: the call is cancelled and its reminders stop.
        connector.Clear();
        calendar.Publish(CalendarExports.Outlook(new DateTime(2027, 3, 5, 16, 0, 0), jordanCancelled: true, sequence: 2));
        Assert.Equal(PollOutcome.Read, await PollAsync(host, feedId));
        Assert.Equal("Your phone screen with Jordan Lee on Fri 5 Mar 16:00 was cancelled in your calendar, so I cancelled the call here and its reminders stop.",
            Assert.Single(Sent(connector)).Text);
        Assert.Equal("Cancelled", (await api.InterviewAsync(interviewId))["status"]!.GetValue<string>());
        Assert.DoesNotContain(await api.NudgesAsync(interviewId), NudgeApi.IsWaiting);
    }

    [Fact]
    public async Task An_event_near_a_call_already_booked_is_offered_as_that_call_and_linking_it_books_no_second_one()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var calendar = await IcsFeedServer.StartAsync();
        calendar.Publish(CalendarExports.Outlook());
        await using var host = NudgeApi.HostAt(_data, Monday, Settings(allowPrivate: true));
        var api = new NudgeApi(host, NudgeApi.Key);
        var riley = Conversation.Recruiter(host, connector);
        // Riley booked Jordan's call through the API at 14:10 Berlin, ten minutes after the calendar's 14:00.
        using var response = await api.Client().PostAsJsonAsync("/api/interviews", new JsonObject
        {
            ["recruiter"] = new JsonObject { ["platformUserId"] = "29:user-riley", ["name"] = "Riley Recruiter" },
            ["candidate"] = new JsonObject { ["name"] = "Jordan Lee" },
            ["role"] = "Backend engineer",
            ["start"] = "2027-03-04T14:10",
            ["end"] = "2027-03-04T14:40",
            ["timeZone"] = "Europe/Berlin",
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var booked = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();

        await riley.SayAsync("calendar " + calendar.Address);
        var feedId = await FeedIdAsync(host);
        Assert.Equal(PollOutcome.Read, await PollAsync(host, feedId));

        var jordan = Assert.Single(Sent(connector), r => CardReader.AllText(r.Card!).Contains("Phone screen - Jordan Lee", StringComparison.Ordinal));
        Assert.Contains("is within 15 minutes of your call with Jordan Lee (Backend engineer). Is it that call?", CardReader.AllText(jordan.Card!));
        Assert.Contains("Link to it", CardReader.ButtonTitles(jordan.Card!));
        var linked = await riley.TapAsync(jordan, CardReader.SubmitData(jordan.Card!, "Link to it"));
        Assert.Contains("Linked ✓", CardReader.AllText(Assert.Single(linked, r => r.ActivityId == jordan.ResultId).Card!));

        Assert.Equal(booked, await InterviewOfAsync(host, feedId));
        await using var scope = host.Services.CreateAsyncScope();
        var workspace = (await scope.ServiceProvider.GetRequiredService<IWorkspaces>().FindAsync(Core.Domain.Platforms.Teams, "tenant-contoso"))!;
        var riley29 = (await scope.ServiceProvider.GetRequiredService<IPeople>().FindAsync(workspace.Id, "29:user-riley"))!;
        Assert.Single(await scope.ServiceProvider.GetRequiredService<IInterviews>().ListForPersonAsync(workspace.Id, riley29.Id, Monday, 10));
    }

    [Fact]
    public async Task A_candidate_invited_by_email_gets_the_new_time_when_the_calendar_moves_the_call_and_the_cancellation_when_it_cancels_it()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var calendar = await IcsFeedServer.StartAsync();
        await using var smtp = LocalSmtpServer.Start();
        calendar.Publish(CalendarExports.Outlook());
        await using var host = NudgeApi.HostAt(_data, Monday, new Dictionary<string, string?>(Settings(allowPrivate: true).Concat(smtp.Settings())));
        var api = new NudgeApi(host, NudgeApi.Key);
        var riley = Conversation.Recruiter(host, connector);
        // Riley booked Jordan's call through the API, with the invitation e-mailed, and links the calendar's event to it.
        using var response = await api.Client().PostAsJsonAsync("/api/interviews", new JsonObject
        {
            ["recruiter"] = new JsonObject { ["platformUserId"] = "29:user-riley", ["name"] = "Riley Recruiter", ["email"] = "riley@contoso.example" },
            ["candidate"] = new JsonObject { ["name"] = "Jordan Lee", ["email"] = "jordan@example.test" },
            ["role"] = "Backend engineer",
            ["start"] = "2027-03-04T14:00",
            ["end"] = "2027-03-04T14:30",
            ["timeZone"] = "Europe/Berlin",
            ["emailInvitation"] = true,
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var interviewId = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        var invitation = Ical.Net.Calendar.Load(MailTests.Ics(Assert.Single(await smtp.WaitForAsync())))!.Events.Single();
        await riley.SayAsync("calendar " + calendar.Address);
        var feedId = await FeedIdAsync(host);
        Assert.Equal(PollOutcome.Read, await PollAsync(host, feedId));
        var jordan = Assert.Single(Sent(connector), r => CardReader.AllText(r.Card!).Contains("Phone screen - Jordan Lee", StringComparison.Ordinal));
        await riley.TapAsync(jordan, CardReader.SubmitData(jordan.Card!, "Link to it"));
        Assert.Equal(interviewId, await InterviewOfAsync(host, feedId));

        // Moved in the calendar to Friday 16:00: Jordan gets the invitation again, the same event at its new time.
        calendar.Publish(CalendarExports.Outlook(new DateTime(2027, 3, 5, 16, 0, 0), sequence: 1));
        Assert.Equal(PollOutcome.Read, await PollAsync(host, feedId));
        var movedMail = (await smtp.WaitForAsync(2))[1];
        Assert.StartsWith("New time:", movedMail.Subject, StringComparison.Ordinal);
        Assert.Contains("Fri 5 Mar 2027, 16:00–16:30 (Europe/Berlin)", movedMail.TextBody, StringComparison.Ordinal);
        var moved = Ical.Net.Calendar.Load(MailTests.Ics(movedMail))!;
        Assert.Equal("REQUEST", moved.Method);
        Assert.Equal(invitation.Uid, moved.Events.Single().Uid);
        Assert.Equal(invitation.Sequence + 1, moved.Events.Single().Sequence);
        Assert.Equal(new DateTime(2027, 3, 5, 15, 0, 0, DateTimeKind.Utc), moved.Events.Single().DtStart!.AsUtc);

        // Cancelled in the calendar: Jordan gets the cancellation of that event.
        calendar.Publish(CalendarExports.Outlook(new DateTime(2027, 3, 5, 16, 0, 0), jordanCancelled: true, sequence: 2));
        Assert.Equal(PollOutcome.Read, await PollAsync(host, feedId));
        var cancelled = Ical.Net.Calendar.Load(MailTests.Ics((await smtp.WaitForAsync(3))[2]))!;
        Assert.Equal("CANCEL", cancelled.Method);
        Assert.Equal(invitation.Uid, cancelled.Events.Single().Uid);
        Assert.Equal(invitation.Sequence + 2, cancelled.Events.Single().Sequence);

        // An unchanged calendar afterwards sends nothing more: one mail per change.
        Assert.Equal(PollOutcome.Unchanged, await PollAsync(host, feedId));
        Assert.Equal(["Invitation", "Invitation", "Cancellation"],
            (await api.InterviewAsync(interviewId))["mails"]!.AsArray().Select(m => m!["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_team_channel_changes_the_words_that_make_a_calendar_event_a_phone_screen()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var calendar = await IcsFeedServer.StartAsync();
        calendar.Publish(CalendarExports.Outlook());
        await using var host = NudgeApi.HostAt(_data, Monday, Settings(allowPrivate: true));
        var riley = Conversation.Recruiter(host, connector);

        Assert.Contains("only works in a team channel", Assert.Single(await riley.SayAsync("calendar keywords team lunch")).Text);
        var set = Assert.Single(await riley.PostAsync(riley.Activities.ChannelMessage("calendar keywords Team lunch, intro call")));
        Assert.Contains("\"team lunch\", \"intro call\"", set.Text, StringComparison.Ordinal);
        Assert.Contains("\"team lunch\", \"intro call\"", Assert.Single(await riley.SayAsync("calendar keywords")).Text, StringComparison.Ordinal);

        await riley.SayAsync("calendar " + calendar.Address);
        Assert.Equal(PollOutcome.Read, await PollAsync(host, await FeedIdAsync(host)));

        var asked = Assert.Single(Sent(connector));
        Assert.Contains("Track 'Team lunch', Thu 4 Mar 12:00, as a phone screen?", CardReader.AllText(asked.Card!));

        // Back to the defaults: the phone screens are found again.
        Assert.Contains("\"phone screen\", \"phone interview\", \"screening call\", \"recruiter call\" (my defaults)",
            Assert.Single(await riley.PostAsync(riley.Activities.ChannelMessage("calendar keywords default"))).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_setting_a_feed_on_this_machine_is_refused_with_a_plain_sentence_and_nothing_is_kept()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var calendar = await IcsFeedServer.StartAsync();
        calendar.Publish(CalendarExports.Outlook());
        await using var host = NudgeApi.HostAt(_data, Monday, Settings(allowPrivate: false));
        var riley = Conversation.Recruiter(host, connector);
        var loopback = calendar.Address.Replace("http://", "https://", StringComparison.Ordinal);

        var refused = Assert.Single(await riley.SayAsync("calendar " + loopback));

        Assert.Equal("I can't read that calendar: its address points into a private network (such as this machine or an office network), "
            + "and I only read calendars on the public internet.", refused.Text);
        Assert.Empty(calendar.Requests);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.Empty(await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals("calendar")));
        Assert.Contains("followed by your calendar's secret iCal address", Assert.Single(await riley.SayAsync("calendar")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feeds_secret_address_is_in_no_log_line_and_no_span_of_a_run()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var calendar = await IcsFeedServer.StartAsync();
        calendar.Publish(CalendarExports.Outlook());
        var logs = new LogCapture();
        var telemetry = new TelemetryCapture();
        await using var host = NudgeApi.HostAt(_data, Monday, Settings(allowPrivate: true), logs, telemetry.Register);
        telemetry.From(host.Services);
        var riley = Conversation.Recruiter(host, connector);

        await riley.SayAsync("calendar " + calendar.Address);
        var feedId = await FeedIdAsync(host);
        Assert.Equal(PollOutcome.Read, await PollAsync(host, feedId));
        Assert.Equal(PollOutcome.Unchanged, await PollAsync(host, feedId));
        calendar.FailWith = 404;
        Assert.Equal(PollOutcome.Failed, await PollAsync(host, feedId));
        await riley.SayAsync("calendar");

        Assert.Equal(3, calendar.Requests.Count);
        Assert.Contains(logs.Lines, line => line.Contains(feedId.ToString(), StringComparison.Ordinal)); // the failed poll is logged, by feed id
        Assert.Contains(telemetry.Spans(), span => span.Kind == System.Diagnostics.ActivityKind.Client); // the connector's calls are traced
        var secret = IcsFeedServer.SecretPath.Split('/')[^2];
        Assert.DoesNotContain(logs.Lines, line => line.Contains(secret, StringComparison.OrdinalIgnoreCase));
        // The calendar service stands in for Outlook's in this process: its own server spans are not the bot's.
        var calendarPort = new Uri(calendar.BaseUrl).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        telemetry.AssertNothingPersonal(span => span.Kind == System.Diagnostics.ActivityKind.Server && span.GetTagItem("server.port")?.ToString() == calendarPort,
            secret, "basic.ics");
    }

    [Fact]
    public async Task A_feed_failing_for_a_day_tells_its_owner_once_and_again_only_after_it_worked_and_then_failed_for_another_day()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var calendar = await IcsFeedServer.StartAsync();
        calendar.Publish(CalendarExports.Outlook());
        // The retries come at once (the test counts polls, not the backoff's seconds); the breaker keeps the product's numbers.
        await using var host = NudgeApi.HostAt(_data, Monday, Settings(allowPrivate: true), more: s => s.AddSingleton(new FeedResilience(TimeSpan.Zero)));
        var riley = Conversation.Recruiter(host, connector);
        await riley.SayAsync("calendar " + calendar.Address);
        var feedId = await FeedIdAsync(host);
        await StopTimerAsync(host); // the test runs the polls itself, one every 10 minutes of the local clock
        Assert.Equal(PollOutcome.Read, await PollAsync(host, feedId));
        // The calendar's server answers 500 from now on: 144 polls make a day.
        calendar.FailWith = 500;
        connector.Clear();
        var quiet = await PollEveryTenMinutesAsync(host, connector, feedId, polls: 144);
        var day = await PollEveryTenMinutesAsync(host, connector, feedId, polls: 1);
        var toldAt = Assert.Single(Sent(connector));
        var halfADayMore = await PollEveryTenMinutesAsync(host, connector, feedId, polls: 72);

        Assert.Equal((0, 1, 0), (quiet, day, halfADayMore));
        Assert.Equal("I haven't been able to read your calendar for a day. The calendar's server answered with an error (500). "
            + "Type *calendar* to see how it stands, or *calendar off* to stop.", toldAt.Text);

        // It works again, then fails for another day: told once more, after that day.
        calendar.FailWith = 0;
        Assert.Equal(PollOutcome.Unchanged, await PollAsync(host, feedId));
        calendar.FailWith = 500;
        var quietAgain = await PollEveryTenMinutesAsync(host, connector, feedId, polls: 144);
        var dayAgain = await PollEveryTenMinutesAsync(host, connector, feedId, polls: 1);

        Assert.Equal((0, 1), (quietAgain, dayAgain));
        Assert.Equal(2, Sent(connector).Count);
    }

    /// <summary>
    /// Moves the local clock 10 minutes and runs a failing poll, <paramref name="polls"/> times; answers how many
    /// messages Riley got meanwhile.
    /// </summary>
    private static async Task<int> PollEveryTenMinutesAsync(BotHost host, LocalConnector connector, Guid feedId, int polls)
    {
        var clock = host.Services.GetRequiredService<LocalClock>();
        var before = Sent(connector).Count;
        for (var i = 0; i < polls; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            Assert.Equal(PollOutcome.Failed, await PollAsync(host, feedId));
        }
        return Sent(connector).Count - before;
    }

    /// <summary>Removes the feed's Quartz timer: the test runs each poll itself, at the local clock's time.</summary>
    private static async Task StopTimerAsync(BotHost host)
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.True(await scheduler.DeleteJob(Assert.Single(await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals("calendar")))));
    }

    /// <summary>The cards and messages the bot started itself (not answers to a turn) in Riley's chat.</summary>
    private static List<ConnectorRequest> Sent(LocalConnector connector) =>
        connector.Requests.Where(r => r.Kind == "send" && r.ConversationId == "a:personal-riley").ToList();

    /// <summary>The feed whose timer <c>calendar &lt;address&gt;</c> set, read from its Quartz job.</summary>
    private static async Task<Guid> FeedIdAsync(BotHost host)
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var key = Assert.Single(await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals("calendar")));
        return Guid.Parse((await scheduler.GetJobDetail(key))!.JobDataMap.GetString("feedId")!);
    }

    /// <summary>One poll, as the feed's job runs it.</summary>
    private static async Task<PollOutcome> PollAsync(BotHost host, Guid feedId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CalendarSync>().PollAsync(feedId);
    }

    private static async Task<Guid> InterviewOfAsync(BotHost host, Guid feedId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<ICalendarEvents>().ListForFeedAsync(feedId);
        return Assert.Single(events, e => e.State == CalendarEventState.Tracked).InterviewId!.Value;
    }
}
