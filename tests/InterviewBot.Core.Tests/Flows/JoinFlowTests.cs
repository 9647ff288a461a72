using System.Text.Json;
using InterviewBot.Core.Conversations;
using InterviewBot.Core.FollowUp;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Core.Tests.Flows;

/// <summary>
/// A candidate joins a recruiter's booking with its invite code, with the real engine on SQLite and PostgreSQL:
/// Rita books a call with Jordan, Jordan types <c>join</c> and the code in their own chat and becomes the
/// interview's candidate (their reminders come from Rita's interview); the code's limits; what Jordan sees; and
/// Jordan's own prep staying theirs when the link is cut.
/// </summary>
public abstract class JoinFlowTests : IAsyncLifetime
{
    private readonly TestDatabase _database;
    private readonly Chat _rita;
    private readonly Chat _jordan;
    private readonly Chat _kim;
    private readonly Chat _outsider;

    protected JoinFlowTests(TestDatabaseKind kind)
    {
        _database = new TestDatabase(kind);
        _rita = new Chat(_database, "T-ACME", "U-RITA", "Rita Recruiter", "Europe/Berlin");
        _jordan = new Chat(_database, "T-ACME", "U-JORDAN", "Jordan Lee", "America/New_York");
        _kim = new Chat(_database, "T-ACME", "U-KIM", "Kim Park");
        _outsider = new Chat(_database, "T-GLOBEX", "U-JORDAN-G", "Jordan Lee", "America/New_York");
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [DatabaseFact]
    public async Task The_booking_card_gives_the_code_and_a_sentence_to_paste_into_the_invitation()
    {
        var (_, code) = await BookAsync();

        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}$", code);
    }

    [DatabaseFact]
    public async Task Jordan_joins_with_the_code_and_gets_the_candidates_reminders_from_ritas_interview()
    {
        var (interviewId, code) = await BookAsync();

        var result = await _jordan.SayAsync("join " + code.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal));

        var jordan = await PersonAsync("U-JORDAN");
        var rita = await PersonAsync("U-RITA");
        var (card, reply) = Booking.Checklist(result);
        Assert.StartsWith("You joined the call for Backend engineer with Rita ✓", reply.Text, StringComparison.Ordinal);
        Assert.Contains("(America/New_York)", card.Subtitle, StringComparison.Ordinal);
        var told = Assert.IsType<SummaryView>(Assert.Single(result.Replies, r => r.ToPerson == rita.Id).Card);
        Assert.Equal("Jordan Lee joined", told.Title);
        Assert.Contains(told.Buttons, b => b.Label == "Remove candidate");

        await using var db = _database.NewContext();
        var interview = await db.Interviews.SingleAsync(i => i.Id == interviewId);
        Assert.Equal(jordan.Id, interview.Candidate.PersonId);
        Assert.Null(interview.InviteHash);
        var toJordan = await db.Nudges.Where(n => n.InterviewId == interviewId && n.PersonId == jordan.Id).ToListAsync();
        Assert.Equal([NudgeKind.PrepReminder, NudgeKind.CallStarting, NudgeKind.ThankYou, NudgeKind.PostMortem],
            toJordan.OrderBy(n => n.DueUtc).Select(n => n.Kind));
        Assert.All(toJordan, n => Assert.Equal(NudgeRecipient.Candidate, n.Recipient));
        // His prep reminder keeps to *his* working day: 09:00 in New York the working day before the call.
        Assert.Equal(new DateTime(2027, 3, 1, 14, 0, 0, DateTimeKind.Utc), toJordan.Single(n => n.Kind == NudgeKind.PrepReminder).DueUtc);
        Assert.Contains("Backend engineer", Text(await _jordan.SayAsync("my interviews")), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_code_works_once()
    {
        var (interviewId, code) = await BookAsync();
        await _jordan.SayAsync("join " + code);

        var second = await _kim.SayAsync("join " + code);

        Assert.Equal(JoinFlow.NotWorking, Assert.Single(second.Replies).Text);
        await using var db = _database.NewContext();
        Assert.Equal((await PersonAsync("U-JORDAN")).Id, (await db.Interviews.SingleAsync(i => i.Id == interviewId)).Candidate.PersonId);
    }

    [DatabaseFact]
    public async Task A_new_code_revokes_the_old_one()
    {
        var (interviewId, old) = await BookAsync();

        var reissued = Assert.IsType<SummaryView>(Assert.Single((await _rita.TapAsync(JoinVerbs.Reissue, Guid.NewGuid(), (Verbs.KeyInterview, interviewId.ToString()))).Replies).Card);
        var code = reissued.Facts.Single(f => f.Label == "Code").Value;

        Assert.NotEqual(old, code);
        Assert.Equal(JoinFlow.NotWorking, Assert.Single((await _jordan.SayAsync("join " + old)).Replies).Text);
        Assert.Contains("You joined", Assert.Single((await _jordan.SayAsync("join " + code)).Replies, r => r.ToPerson is null).Text!, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_code_stops_working_seven_days_after_the_call()
    {
        var (interviewId, code) = await BookAsync();
        await using (var db = _database.NewContext())
        {
            var end = (await db.Interviews.SingleAsync(i => i.Id == interviewId)).EndUtc;
            _database.Time.SetUtcNow(end + TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        }

        Assert.Equal(JoinFlow.NotWorking, Assert.Single((await _jordan.SayAsync("join " + code)).Replies).Text);
    }

    [DatabaseFact]
    public async Task After_five_codes_that_did_not_work_in_an_hour_even_the_right_one_waits()
    {
        var (interviewId, code) = await BookAsync();
        for (var i = 0; i < Person.MaxFailedJoins; i++)
            Assert.Equal(JoinFlow.NotWorking, Assert.Single((await _jordan.SayAsync($"join AAAA-AAA{i}")).Replies).Text);

        var blocked = Assert.Single((await _jordan.SayAsync("join " + code)).Replies).Text;

        Assert.Equal("That is 5 codes that didn't work within an hour. Try again after 05:00 (America/New_York).", blocked);
        await using (var db = _database.NewContext())
            Assert.Null((await db.Interviews.SingleAsync(i => i.Id == interviewId)).Candidate.PersonId);
        _database.Time.Advance(TimeSpan.FromHours(1));
        Assert.Contains("You joined", Assert.Single((await _jordan.SayAsync("join " + code)).Replies, r => r.ToPerson is null).Text!, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Jordan_sees_nothing_of_ritas_notes_budget_questions_or_hiring_manager()
    {
        var (interviewId, code) = await BookAsync(("briefSalary", "Budget 91000 EUR"), ("hiringManager", "Sam Patel"));
        await _rita.SayAsync("note Seemed nervous about the gap year");
        await _jordan.SayAsync("join " + code);

        var seen = new List<string>();
        foreach (var typed in new[] { "before", "during", "after", "my interviews", "export my data" })
            seen.Add(Text(await _jordan.SayAsync(typed)));
        var all = string.Join('\n', seen);

        Assert.Contains("Backend engineer", all, StringComparison.Ordinal);
        foreach (var secret in new[] { "nervous", "91000", "Sam Patel", "salary range" })
            Assert.DoesNotContain(secret, all, StringComparison.OrdinalIgnoreCase);
        var refused = Assert.Single((await _jordan.TapAsync(Verbs.SetStatus, null, (Verbs.KeyInterview, interviewId.ToString()), (Verbs.KeyStatus, nameof(InterviewStatus.Cancelled)))).Replies);
        Assert.Equal("Only the recruiter on this interview can change its status.", refused.Text);
        Assert.Equal("Only the recruiter on this booking can do that.",
            Assert.Single((await _jordan.TapAsync(JoinVerbs.Remove, null, (Verbs.KeyInterview, interviewId.ToString()))).Replies).Text);
    }

    [DatabaseFact]
    public async Task Jordans_prep_survives_ritas_forget_me_as_his_own()
    {
        var (interviewId, code) = await BookAsync();
        await _jordan.SayAsync("join " + code);
        await _jordan.SayAsync("note I led the payments migration");

        var asked = Assert.Single((await _rita.SayAsync("forget me")).Replies);
        var rita = await PersonAsync("U-RITA");
        await _rita.TapAsync(Verbs.ConfirmForget, asked.CardId, (Verbs.KeyPerson, rita.Id.ToString()));

        var jordan = await PersonAsync("U-JORDAN");
        await using var db = _database.NewContext();
        Assert.False(await db.Interviews.AnyAsync(i => i.Id == interviewId));
        var own = await db.Interviews.Include(i => i.Notes).Include(i => i.Checklist).SingleAsync(i => i.OwnerId == jordan.Id);
        Assert.Equal(Audience.Candidate, own.OwnerSide);
        Assert.Equal("I led the payments migration", Assert.Single(own.Notes).Text);
        Assert.Contains(own.Checklist, e => e.StepId == "take-notes" && e.Done);
        Assert.Contains("I led the payments migration", Text(await _jordan.SayAsync("export my data")), StringComparison.Ordinal);
        Assert.Contains(await db.Nudges.Where(n => n.InterviewId == own.Id).Select(n => n.Kind).ToListAsync(), k => k == NudgeKind.ThankYou);
    }

    [DatabaseFact]
    public async Task Leaving_keeps_jordans_prep_and_tells_rita()
    {
        var (interviewId, code) = await BookAsync();
        await _jordan.SayAsync("join " + code);
        await _jordan.SayAsync("note Ask about on-call");

        var result = await _jordan.SayAsync("leave");

        var rita = await PersonAsync("U-RITA");
        Assert.Equal("You left Rita's booking. Your prep for Backend engineer stays with you, as your own.", Assert.Single(result.Replies, r => r.ToPerson is null).Text);
        Assert.Equal("Jordan Lee left your booking for Backend engineer; they no longer get its reminders.", Assert.Single(result.Replies, r => r.ToPerson == rita.Id).Text);
        await using var db = _database.NewContext();
        var interview = await db.Interviews.Include(i => i.Notes).SingleAsync(i => i.Id == interviewId);
        Assert.Null(interview.Candidate.PersonId);
        Assert.DoesNotContain(interview.Notes, n => n.Text.Contains("on-call", StringComparison.Ordinal));
        Assert.All(await db.Nudges.Where(n => n.InterviewId == interviewId && n.Recipient == NudgeRecipient.Candidate).ToListAsync(), n => Assert.False(n.IsWaiting));
        Assert.Contains("Ask about on-call", Text(await _jordan.SayAsync("during")), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Jordan_sees_the_promised_date_hears_of_a_new_one_and_is_nudged_to_check_in_once_it_passes()
    {
        var (interviewId, code) = await BookAsync();
        await _jordan.SayAsync("join " + code);

        var promised = await _rita.TapAsync(Verbs.SaveStep, Guid.NewGuid(), (Verbs.KeyInterview, interviewId.ToString()), (Verbs.KeyStep, "next-steps"),
            (Verbs.StepInput("next-steps", "date"), "2027-03-04"));

        var jordan = await PersonAsync("U-JORDAN");
        Assert.Equal("News on the Backend engineer call: you'll hear from Rita by Thu 4 Mar.", Assert.Single(promised.Replies, r => r.ToPerson == jordan.Id).Text);
        var card = Assert.IsType<ChecklistView>(Assert.Single((await _jordan.SayAsync("after")).Replies).Card);
        Assert.Contains("You'll hear from Rita by Thu 4 Mar.", card.Subtitle, StringComparison.Ordinal);

        await using var db = _database.NewContext();
        var checkIn = await db.Nudges.SingleAsync(n => n.InterviewId == interviewId && n.Kind == NudgeKind.CheckIn);
        Assert.Equal(jordan.Id, checkIn.PersonId);
        // His next working morning after the promised day: Friday 09:00 in New York.
        Assert.Equal(new DateTime(2027, 3, 5, 14, 0, 0, DateTimeKind.Utc), checkIn.DueUtc);
        var interview = await db.Interviews.SingleAsync(i => i.Id == interviewId);
        var view = NudgeCards.Compose(new NudgeContext(checkIn, await db.Workspaces.SingleAsync(w => w.Id == interview.WorkspaceId), interview, jordan, null));
        Assert.Equal("No news from Rita yet?", view.Title);
        Assert.StartsWith("Hi Rita, thank you again for the call about the Backend engineer role. You mentioned I would hear by Thu 4 Mar", view.Draft, StringComparison.Ordinal);

        // Feedback sent: no check-in, and Jordan is told.
        var sent = await _rita.TapAsync(Verbs.SetStatus, null, (Verbs.KeyInterview, interviewId.ToString()), (Verbs.KeyStatus, nameof(InterviewStatus.Held)));
        Assert.DoesNotContain(sent.Replies, r => r.ToPerson == jordan.Id);
        sent = await _rita.TapAsync(Verbs.SetStatus, null, (Verbs.KeyInterview, interviewId.ToString()), (Verbs.KeyStatus, nameof(InterviewStatus.FeedbackSent)));
        Assert.Equal("Rita has sent you feedback on the Backend engineer call – look in your e-mail or messages.", Assert.Single(sent.Replies, r => r.ToPerson == jordan.Id).Text);
        await using var after = _database.NewContext();
        Assert.False((await after.Nudges.SingleAsync(n => n.Id == checkIn.Id)).IsWaiting);
    }

    [DatabaseFact]
    public async Task Someone_of_another_workspace_joins_only_once_rita_accepts()
    {
        var (interviewId, code) = await BookAsync();

        var asked = await _outsider.SayAsync("join " + code);

        var outsider = await PersonAsync("U-JORDAN-G");
        var rita = await PersonAsync("U-RITA");
        Assert.StartsWith("Thanks – Rita is in another workspace and confirms who joins.", Assert.Single(asked.Replies, r => r.ToPerson is null).Text, StringComparison.Ordinal);
        var accept = Assert.IsType<SummaryView>(Assert.Single(asked.Replies, r => r.ToPerson == rita.Id).Card);
        Assert.Contains("Nothing yet", await ListTextAsync(_outsider, "my interviews"), StringComparison.Ordinal);

        var button = Assert.Single(accept.Buttons, b => b.Label.StartsWith("Accept Jordan Lee", StringComparison.Ordinal));
        var accepted = await _rita.TapAsync(button.Verb, Guid.NewGuid(), button.Data!.ToDictionary());

        Assert.Equal("Jordan Lee joined", Assert.IsType<SummaryView>(Assert.Single(accepted.Replies, r => r.ToPerson is null).Card).Title);
        Assert.Contains("Rita confirmed you", Assert.Single(accepted.Replies, r => r.ToPerson == outsider.Id).Text, StringComparison.Ordinal);
        Assert.Contains("Backend engineer", await ListTextAsync(_outsider, "my interviews"), StringComparison.Ordinal);
        await using var db = _database.NewContext();
        Assert.Contains(await db.Nudges.Where(n => n.InterviewId == interviewId && n.PersonId == outsider.Id).Select(n => n.Kind).ToListAsync(),
            k => k == NudgeKind.CallStarting);
    }

    [DatabaseFact]
    public async Task A_candidate_of_another_workspace_costs_no_more_interview_lookups_than_one_of_ritas_own()
    {
        var (_, jordansCode) = await BookAsync();
        var (_, outsidersCode) = await BookAsync(("candidate", "Jordan Lee-Globex"), ("candidateEmail", "jordan@globex.example"));
        await _jordan.SayAsync("join " + jordansCode);
        var asked = await _outsider.SayAsync("join " + outsidersCode);
        var rita = await PersonAsync("U-RITA");
        var accept = Assert.IsType<SummaryView>(Assert.Single(asked.Replies, r => r.ToPerson == rita.Id).Card).Buttons[0];
        await _rita.TapAsync(accept.Verb, Guid.NewGuid(), accept.Data!.ToDictionary());
        await _jordan.SayAsync("open 1");
        await _outsider.SayAsync("open 1");

        using var queries = new QueryCounter(_database.ConnectionString);
        var jordans = await _jordan.SayAsync("before");
        var jordansLookups = queries.Reading("Interviews").Count;
        queries.Clear();
        var outsiders = await _outsider.SayAsync("before");

        Assert.StartsWith("Before the call", Booking.Checklist(outsiders).Card.Title, StringComparison.Ordinal);
        Assert.StartsWith("Before the call", Booking.Checklist(jordans).Card.Title, StringComparison.Ordinal);
        Assert.Equal(jordansLookups, queries.Reading("Interviews").Count);
    }

    [DatabaseFact]
    public async Task A_candidate_of_another_workspace_who_asks_to_be_forgotten_loses_the_link_their_prep_and_their_reminders()
    {
        var (interviewId, code) = await BookAsync();
        var asked = await _outsider.SayAsync("join " + code);
        var rita = await PersonAsync("U-RITA");
        var accept = Assert.IsType<SummaryView>(Assert.Single(asked.Replies, r => r.ToPerson == rita.Id).Card).Buttons[0];
        await _rita.TapAsync(accept.Verb, Guid.NewGuid(), accept.Data!.ToDictionary());
        await _outsider.SayAsync("open 1");
        await _outsider.SayAsync("note My notice period is a month");
        var outsider = await PersonAsync("U-JORDAN-G");
        Assert.Contains("My notice period is a month", Text(await _outsider.SayAsync("export my data")), StringComparison.Ordinal);

        var forget = Assert.Single((await _outsider.SayAsync("forget me")).Replies);
        await _outsider.TapAsync(Verbs.ConfirmForget, forget.CardId, (Verbs.KeyPerson, outsider.Id.ToString()));

        await using var db = _database.NewContext();
        var interview = await db.Interviews.Include(i => i.Notes).SingleAsync(i => i.Id == interviewId);
        Assert.Null(interview.Candidate.PersonId);
        Assert.Null(interview.CandidateWorkspaceId);
        Assert.Empty(interview.Notes);
        Assert.False(await db.Nudges.AnyAsync(n => n.PersonId == outsider.Id));
        Assert.False(await db.People.AnyAsync(p => p.Id == outsider.Id));
    }

    [DatabaseFact]
    public async Task The_reminder_cards_sent_to_a_candidate_of_another_workspace_are_in_their_export_and_go_with_their_forget_me()
    {
        var (interviewId, code) = await BookAsync();
        var asked = await _outsider.SayAsync("join " + code);
        var rita = await PersonAsync("U-RITA");
        var accept = Assert.IsType<SummaryView>(Assert.Single(asked.Replies, r => r.ToPerson == rita.Id).Card).Buttons[0];
        await _rita.TapAsync(accept.Verb, Guid.NewGuid(), accept.Data!.ToDictionary());
        var outsider = await PersonAsync("U-JORDAN-G");
        Guid starting;
        await using (var db = _database.NewContext())
            starting = (await db.Nudges.SingleAsync(n => n.InterviewId == interviewId && n.PersonId == outsider.Id && n.Kind == NudgeKind.CallStarting)).Id;
        // Delivered as the dispatcher records it: in the interview's workspace, which is Rita's.
        await using (var scope = _database.NewScope())
        {
            var interview = await scope.ServiceProvider.GetRequiredService<IInterviews>().FindJoinedAsync(outsider.WorkspaceId, outsider.Id, interviewId);
            await scope.ServiceProvider.GetRequiredService<SentCardLedger>().RecordAsync(interview!.WorkspaceId, starting, _outsider.ConversationId, "m-call-starting");
            await scope.ServiceProvider.GetRequiredService<Commit>().SaveAsync();
        }

        Assert.Contains("m-call-starting", Text(await _outsider.SayAsync("export my data")), StringComparison.Ordinal);

        var forget = Assert.Single((await _outsider.SayAsync("forget me")).Replies);
        await _outsider.TapAsync(Verbs.ConfirmForget, forget.CardId, (Verbs.KeyPerson, outsider.Id.ToString()));
        await using var after = _database.NewContext();
        Assert.False(await after.SentCards.AnyAsync(c => c.CardId == starting));
    }

    [DatabaseFact]
    public async Task Jordan_named_by_a_booking_becomes_its_candidate_only_once_he_says_it_is_his_call()
    {
        var (interviewId, code) = await BookAsync();
        await _jordan.OpenChatAsync();
        var ask = await NameJordanAsync(interviewId);
        Assert.Contains("Nothing yet", await ListTextAsync(_jordan, "my interviews"), StringComparison.Ordinal);
        var card = await CardOfAsync(ask);
        Assert.Equal("Is this your call?", card.Title);
        Assert.Contains(card.Facts!, f => f.Label == "Booked by" && f.Value == "Rita Recruiter");

        var link = Assert.Single(card.Buttons, b => b.Label == "Link to my prep");
        var linked = await _jordan.TapAsync(link.Verb, ask.Id, link.Data!.ToDictionary());

        var rita = await PersonAsync("U-RITA");
        var jordan = await PersonAsync("U-JORDAN");
        Assert.Contains(linked.Replies, r => r.ToPerson is null && (r.Text ?? "").StartsWith("You joined the call for Backend engineer with Rita ✓", StringComparison.Ordinal));
        Assert.Equal("Jordan Lee joined", Assert.IsType<SummaryView>(Assert.Single(linked.Replies, r => r.ToPerson == rita.Id).Card).Title);
        await using var db = _database.NewContext();
        var interview = await db.Interviews.SingleAsync(i => i.Id == interviewId);
        Assert.Equal((jordan.Id, CandidateConfirmation.Confirmed, (string?)null), (interview.Candidate.PersonId, interview.Confirmation, interview.InviteHash));
        Assert.Contains(await db.Nudges.Where(n => n.InterviewId == interviewId && n.PersonId == jordan.Id && n.Recipient == NudgeRecipient.Candidate).Select(n => n.Kind).ToListAsync(),
            k => k == NudgeKind.CallStarting);
        Assert.False((await db.Nudges.SingleAsync(n => n.Id == ask.Id)).IsWaiting);
        Assert.Equal(JoinFlow.NotWorking, Assert.Single((await _kim.SayAsync("join " + code)).Replies).Text);
    }

    [DatabaseFact]
    public async Task Not_me_links_nothing_and_tells_rita()
    {
        var (interviewId, _) = await BookAsync();
        await _jordan.OpenChatAsync();
        var ask = await NameJordanAsync(interviewId);
        var card = await CardOfAsync(ask);

        var notMe = Assert.Single(card.Buttons, b => b.Label == "Not me");
        var answered = await _jordan.TapAsync(notMe.Verb, ask.Id, notMe.Data!.ToDictionary());

        var rita = await PersonAsync("U-RITA");
        Assert.StartsWith("Jordan Lee says the phone screen for Backend engineer on ", Assert.Single(answered.Replies, r => r.ToPerson == rita.Id).Text, StringComparison.Ordinal);
        await using (var db = _database.NewContext())
        {
            var interview = await db.Interviews.SingleAsync(i => i.Id == interviewId);
            Assert.Equal(((Guid?)null, CandidateConfirmation.NotMe), (interview.Candidate.PersonId, interview.Confirmation));
            Assert.False(await db.Nudges.AnyAsync(n => n.InterviewId == interviewId && n.Recipient == NudgeRecipient.Candidate && n.Kind != NudgeKind.CandidateConfirm));
        }
        var link = Assert.Single(card.Buttons, b => b.Label == "Link to my prep");
        var late = Assert.IsType<SummaryView>(Assert.Single((await _jordan.TapAsync(link.Verb, ask.Id, link.Data!.ToDictionary())).Replies).Card);
        Assert.Equal("You said this is not your call. Nothing was shared.", late.Subtitle);
        Assert.Contains("Nothing yet", await ListTextAsync(_jordan, "my interviews"), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Jordan_confirming_turns_away_whoever_waits_to_be_accepted_and_ritas_late_accept_keeps_jordan()
    {
        var (interviewId, code) = await BookAsync();
        await _jordan.OpenChatAsync();
        var ask = await NameJordanAsync(interviewId);
        var asked = await _outsider.SayAsync("join " + code);
        var rita = await PersonAsync("U-RITA");
        var accept = Assert.IsType<SummaryView>(Assert.Single(asked.Replies, r => r.ToPerson == rita.Id).Card).Buttons[0];

        var link = Assert.Single((await CardOfAsync(ask)).Buttons, b => b.Label == "Link to my prep");
        var linked = await _jordan.TapAsync(link.Verb, ask.Id, link.Data!.ToDictionary());
        var late = await _rita.TapAsync(accept.Verb, Guid.NewGuid(), accept.Data!.ToDictionary());

        var jordan = await PersonAsync("U-JORDAN");
        var outsider = await PersonAsync("U-JORDAN-G");
        Assert.Equal("The candidate Rita named for that call joined it, so you were not added. Ask Rita if you think that is a mistake.",
            Assert.Single(linked.Replies, r => r.ToPerson == outsider.Id).Text);
        Assert.Equal("Jordan Lee has already joined, so I changed nothing: remove them first.", Assert.Single(late.Replies).Text);
        await using var db = _database.NewContext();
        var interview = await db.Interviews.SingleAsync(i => i.Id == interviewId);
        Assert.Equal((jordan.Id, (Guid?)null), (interview.Candidate.PersonId, interview.PendingCandidateId));
        Assert.False(await db.Nudges.AnyAsync(n => n.InterviewId == interviewId && n.PersonId == outsider.Id));
    }

    [DatabaseFact]
    public async Task Jordan_who_left_is_not_told_he_is_still_on_the_call_when_he_taps_link_again()
    {
        var (interviewId, _) = await BookAsync();
        await _jordan.OpenChatAsync();
        var ask = await NameJordanAsync(interviewId);
        var link = Assert.Single((await CardOfAsync(ask)).Buttons, b => b.Label == "Link to my prep");
        await _jordan.TapAsync(link.Verb, ask.Id, link.Data!.ToDictionary());
        await _jordan.SayAsync("leave");

        var again = await _jordan.TapAsync(link.Verb, ask.Id, link.Data!.ToDictionary());

        Assert.Equal("Closed – nothing more to do here.", Assert.IsType<SummaryView>(Assert.Single(again.Replies).Card).Subtitle);
    }

    /// <summary>Names Jordan as the booking's candidate, as the interviews API does with <c>candidate.platformUserId</c>; his confirmation card, planned.</summary>
    private async Task<Nudge> NameJordanAsync(Guid interviewId)
    {
        var jordan = await PersonAsync("U-JORDAN");
        await using (var scope = _database.NewScope())
        {
            var interview = await scope.ServiceProvider.GetRequiredService<IInterviews>().FindAsync(jordan.WorkspaceId, interviewId);
            interview!.NameCandidate((await scope.ServiceProvider.GetRequiredService<IPeople>().GetAsync(jordan.WorkspaceId, jordan.Id))!, _database.NowUtc);
            await scope.ServiceProvider.GetRequiredService<Commit>().SaveAsync();
        }
        await using var db = _database.NewContext();
        var ask = await db.Nudges.SingleAsync(n => n.InterviewId == interviewId && n.Kind == NudgeKind.CandidateConfirm);
        Assert.Equal((jordan.Id, NudgeRecipient.Candidate), (ask.PersonId, ask.Recipient));
        Assert.Null((await db.Interviews.SingleAsync(i => i.Id == interviewId)).Candidate.PersonId);
        return ask;
    }

    private async Task<NudgeView> CardOfAsync(Nudge nudge)
    {
        await using var db = _database.NewContext();
        var interview = await db.Interviews.SingleAsync(i => i.Id == nudge.InterviewId);
        var person = await db.People.SingleAsync(p => p.Id == nudge.PersonId);
        return NudgeCards.Compose(new NudgeContext(nudge, await db.Workspaces.SingleAsync(w => w.Id == interview.WorkspaceId), interview, person, null));
    }

    private static async Task<string> ListTextAsync(Chat chat, string typed)
    {
        var text = Text(await chat.SayAsync(typed));
        return text.Contains("No interviews yet", StringComparison.Ordinal) ? "Nothing yet" : text;
    }

    private async Task<(Guid InterviewId, string Code)> BookAsync(params (string Field, string Value)[] changes)
    {
        await _rita.OpenChatAsync();
        var result = await _rita.TapAsync(Verbs.CreateInterview, Guid.NewGuid(), Booking.Interview(changes));
        var booked = Assert.IsType<SummaryView>(result.Replies[0].Card);
        var code = booked.Facts.Single(f => f.Label == "Invite code").Value;
        Assert.Equal($"To prepare for our call with InterviewBot, message it: \"/interview join {code}\"",
            Assert.Single(Assert.Single(booked.Sections, s => s.Heading == "To paste into the invitation").Lines));
        return (Booking.InterviewIdOn(Booking.Checklist(result).Card), code);
    }

    private async Task<Person> PersonAsync(string platformUserId)
    {
        await using var db = _database.NewContext();
        return await db.People.SingleAsync(p => p.PlatformUserId == platformUserId);
    }

    /// <summary>Everything the replies say, cards included, as one text.</summary>
    private static string Text(TurnResult result) =>
        string.Join('\n', result.Replies.Select(r => r.Text + (r.Card is null ? "" : JsonSerializer.Serialize(r.Card, r.Card.GetType(), Json))));

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed class OnSqlite() : JoinFlowTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : JoinFlowTests(TestDatabaseKind.Postgres), IRunsOnPostgres;
}
