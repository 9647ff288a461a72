using InterviewBot.Core.Calendar;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Nudges;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace InterviewBot.Persistence.Tests;

/// <summary>
/// The daily retention pass on a real database, with the default window of 180 days: old notes and
/// drafts go, finished interviews keep only their turnaround facts, recent and open work stays.
/// </summary>
public abstract class RetentionTests(TestDatabaseKind kind) : IAsyncLifetime
{
    private readonly TestDatabase _database = new(kind);
    private Workspace _workspace = null!;
    private Person _rita = null!;
    private Person _casey = null!;

    private DateTime Now => _database.NowUtc;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        (_workspace, _rita) = await Seed.WorkspaceWithPersonAsync(_database);
        _casey = await Seed.PersonAsync(_database, _workspace, "U-CASEY", "Casey Candidate");
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [DatabaseFact]
    public async Task A_note_older_than_the_window_is_deleted_and_a_younger_one_stays()
    {
        var open = await SaveAsync(Screen(Now.AddDays(-190), "Jordan Lee", InterviewStatus.Held), i =>
        {
            i.AddNote(_rita.Id, "take-notes", "Written 181 days ago", Now.AddDays(-181));
            i.AddNote(_rita.Id, "take-notes", "Written 179 days ago", Now.AddDays(-179));
        });

        var result = await SweepAsync();

        await using var db = _database.NewContext();
        Assert.Equal(["Written 179 days ago"], await db.Notes.Where(n => n.InterviewId == open.Id).Select(n => n.Text).ToListAsync());
        Assert.Equal(1, result.NotesDeleted);
    }

    [DatabaseFact]
    public async Task Old_answers_and_drafts_are_cleared_but_the_step_stays_done()
    {
        var open = await SaveAsync(Screen(Now.AddDays(-190), "Jordan Lee", InterviewStatus.DecisionPending), i =>
        {
            i.Entry(_rita.Id, "send-feedback").Save("A draft from long ago", Now.AddDays(-185));
            i.Entry(_rita.Id, "take-notes").Save("An answer from last week", Now.AddDays(-7));
        });
        await using (var db = _database.NewContext())
        {
            var session = new Session(_rita.Id, open.Id, "after", Now.AddDays(-200));
            session.Await("send-feedback", "after", Now.AddDays(-200));
            session.Continue(1, "{\"text\":\"half an answer\"}", Now.AddDays(-200));
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
        }

        var result = await SweepAsync();

        await using var after = _database.NewContext();
        var entries = await after.ChecklistEntries.Where(e => e.InterviewId == open.Id).OrderBy(e => e.StepId).ToListAsync();
        Assert.Equal([("send-feedback", true, (string?)null), ("take-notes", true, "An answer from last week")],
            entries.Select(e => (e.StepId, e.Done, e.Value)));
        var stillThere = await after.Sessions.SingleAsync();
        Assert.Equal((null, null), (stillThere.AwaitingStepId, stillThere.PartialAnswers));
        Assert.Equal((1, 1), (result.AnswersCleared, result.UnfinishedAnswersCleared));
    }

    [DatabaseFact]
    public async Task An_old_closed_interview_keeps_its_turnaround_facts_and_loses_the_candidate_and_everything_written()
    {
        var start = Now.AddDays(-200);
        var closed = await SaveAsync(Screen(start, "Jordan Closedcase", InterviewStatus.Closed, _casey.Id), i =>
        {
            i.AddNote(_rita.Id, "take-notes", "Old call note", start);
            i.ReplaceQuestions(_rita.Id, ["What was your hardest bug?"], start);
            i.Entry(_casey.Id, "salary-number").Save("90,000", start);
        });
        var waiting = new Nudge(_workspace.Id, closed.Id, _rita.Id, NudgeKind.KeepInTheLoop, NudgeRecipient.Recruiter, "old:keep", 1, Now.AddDays(1), start);
        var sent = new Nudge(_workspace.Id, closed.Id, _rita.Id, NudgeKind.FeedbackDue, NudgeRecipient.Recruiter, "old:due", 1, start.AddDays(1), start);
        sent.MarkSent("D-RITA", "m-old", start.AddDays(1));
        await using (var db = _database.NewContext())
        {
            db.AddRange(waiting, sent, new SentCard(sent.Id, _workspace.Id, "D-RITA", "m-old", start.AddDays(1)),
                new Session(_casey.Id, closed.Id, "after", start),
                new Story(_workspace.Id, _casey.Id, "Old situation", "Old action", "Old result", closed.Id, start));
            await db.SaveChangesAsync();
        }

        var result = await SweepAsync();

        await using var after = _database.NewContext();
        var kept = await after.Interviews.Include(i => i.Notes).Include(i => i.Questions).Include(i => i.Checklist).SingleAsync();
        Assert.Equal((InterviewStatus.Closed, start, start.AddMinutes(30), "Europe/Berlin", "Backend engineer"),
            (kept.Status, kept.StartUtc, kept.EndUtc, kept.TimeZoneId, kept.Role));
        Assert.Equal(closed.FeedbackSentUtc, kept.FeedbackSentUtc);
        Assert.NotNull(kept.FeedbackSentUtc);
        Assert.Equal((_rita.Id, Audience.Recruiter), (kept.Recruiter.PersonId, kept.OwnerSide));
        Assert.Equal(new Party("a candidate"), kept.Candidate);
        Assert.Empty(kept.Notes);
        Assert.Empty(kept.Questions);
        Assert.Empty(kept.Checklist);
        Assert.Empty(await after.Sessions.ToListAsync());
        Assert.Empty(await after.Nudges.ToListAsync());
        Assert.Empty(await after.SentCards.ToListAsync());
        Assert.Equal(closed.Id, (await after.Stories.SingleAsync()).InterviewId);
        Assert.Empty(await TableScan.RowsContainingAsync(_database, "Jordan Closedcase", "rita@acme.example", "Old call note", "hardest bug", "90,000"));
        _database.Scheduler.Verify(s => s.CancelAsync(waiting.Id, It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(1, result.InterviewsTrimmed);
    }

    [DatabaseFact]
    public async Task An_old_closed_call_keeps_no_chat_user_linked_or_asked_even_when_its_names_were_trimmed_before()
    {
        var (_, outsider) = await Seed.WorkspaceWithPersonAsync(_database, "T-GLOBEX", "U-JORDAN-G", "Jordan Lee");
        var start = Now.AddDays(-200);
        // Casey was named by the API and said yes: linked and confirmed.
        await SaveAsync(Screen(start, "Casey Candidate", InterviewStatus.Closed, before: i =>
        {
            i.NameCandidate(_casey, start.AddDays(-3));
            i.ConfirmNamedCandidate(_casey, start.AddDays(-2));
        }), _ => { });
        // Names already trimmed by an earlier pass, but Casey said "not me" and someone of another workspace still waits.
        var trimmedBefore = new Interview(_workspace.Id, _rita.Id, Audience.Recruiter, new Party("a recruiter", null, _rita.Id), new Party("a candidate"),
            "Backend engineer", null, start, start.AddMinutes(30), "Europe/Berlin", start.AddDays(-3));
        trimmedBefore.NameCandidate(_casey, start.AddDays(-3));
        trimmedBefore.RefuseNamedCandidate(_casey, start.AddDays(-3));
        trimmedBefore.IssueInvite(start.AddDays(-3));
        trimmedBefore.Join(outsider, "Globex", start.AddDays(-2));
        trimmedBefore.MoveTo(InterviewStatus.Held, start.AddHours(1));
        trimmedBefore.MoveTo(InterviewStatus.FeedbackSent, start.AddDays(1));
        trimmedBefore.MoveTo(InterviewStatus.Closed, start.AddDays(2));
        await SaveAsync(trimmedBefore, _ => { });

        var result = await SweepAsync();

        await using var after = _database.NewContext();
        foreach (var kept in await after.Interviews.ToListAsync())
        {
            Assert.Equal(((Guid?)null, (CandidateConfirmation?)null, (Guid?)null, (DateTime?)null, (Guid?)null),
                (kept.NamedCandidateId, kept.Confirmation, kept.Candidate.PersonId, kept.CandidateJoinedUtc, kept.CandidateWorkspaceId));
            Assert.Equal(((Guid?)null, (Guid?)null, (string?)null, (string?)null),
                (kept.PendingCandidateId, kept.PendingCandidateWorkspaceId, kept.PendingCandidateName, kept.PendingCandidateWorkspaceName));
        }
        Assert.Equal(2, result.InterviewsTrimmed);
    }

    [DatabaseFact]
    public async Task A_cancelled_prep_loses_the_company_and_a_recently_closed_call_keeps_everything()
    {
        var prepStart = Now.AddDays(-300);
        var prep = new Interview(_workspace.Id, _casey.Id, Audience.Candidate, new Party("Hank Scorpio"), new Party("Casey Candidate", null, _casey.Id),
            "Backend engineer", "Globex", prepStart, prepStart.AddMinutes(30), "Europe/Berlin", prepStart);
        prep.MoveTo(InterviewStatus.Cancelled, prepStart);
        await SaveAsync(prep, _ => { });
        var recent = await SaveAsync(Screen(Now.AddDays(-30), "Jordan Recent", InterviewStatus.Closed), i =>
            i.AddNote(_rita.Id, "take-notes", "Recent call note", Now.AddDays(-30)));

        var result = await SweepAsync();

        await using var after = _database.NewContext();
        var trimmed = await after.Interviews.SingleAsync(i => i.Id == prep.Id);
        Assert.Equal((null, InterviewStatus.Cancelled, _casey.Id), (trimmed.Company, trimmed.Status, trimmed.OwnerId));
        Assert.Equal((new Party("a recruiter"), new Party("a candidate")), (trimmed.Recruiter, trimmed.Candidate));
        var untouched = await after.Interviews.Include(i => i.Notes).SingleAsync(i => i.Id == recent.Id);
        Assert.Equal("Jordan Recent", untouched.Candidate.Name);
        Assert.Equal(["Recent call note"], untouched.Notes.Select(n => n.Text));
        Assert.Equal(1, result.InterviewsTrimmed);
    }

    [DatabaseFact]
    public async Task An_open_interviews_recent_work_stays_and_a_second_pass_removes_nothing_more()
    {
        var upcoming = await SaveAsync(Screen(Now.AddDays(2), "Jordan Lee", InterviewStatus.Scheduled), i =>
        {
            i.AddNote(_rita.Id, "resume-homework", "Gap in 2020", Now.AddDays(-3));
            i.Entry(_rita.Id, "resume-homework").Save("Ask about the gap", Now.AddDays(-3));
            i.ReplaceQuestions(_rita.Id, ["What did you build last?"], Now.AddDays(-3));
        });
        await SaveAsync(Screen(Now.AddDays(-400), "Jordan Old", InterviewStatus.Closed), i => i.AddNote(_rita.Id, "take-notes", "Very old", Now.AddDays(-400)));

        var first = await SweepAsync();
        var second = await SweepAsync();

        Assert.Equal(1, first.InterviewsTrimmed);
        Assert.Equal((0, 0, 0, 0), (second.InterviewsTrimmed, second.NotesDeleted, second.AnswersCleared, second.UnfinishedAnswersCleared));
        await using var after = _database.NewContext();
        var kept = await after.Interviews.Include(i => i.Notes).Include(i => i.Questions).Include(i => i.Checklist).SingleAsync(i => i.Id == upcoming.Id);
        Assert.Equal("Jordan Lee", kept.Candidate.Name);
        Assert.Equal(["Gap in 2020"], kept.Notes.Select(n => n.Text));
        Assert.Equal(["Ask about the gap"], kept.Checklist.Select(e => e.Value));
        Assert.Equal(["What did you build last?"], kept.Questions.Select(q => q.Text));
    }

    [DatabaseFact]
    public async Task Calendar_events_that_ended_before_the_window_go_and_so_do_past_ones_never_tracked()
    {
        var feed = new CalendarFeed(_workspace.Id, _rita.Id, "sealed address", Now.AddDays(-400));
        var events = new (string Title, int EndsInDays, CalendarEventState State)[]
        {
            ("Tracked, ended 181 days ago", -181, CalendarEventState.Tracked),
            ("Tracked, ended 179 days ago", -179, CalendarEventState.Tracked),
            ("Not a phone screen, ended yesterday", -1, CalendarEventState.Ignored),
            ("Never answered, ended yesterday", -1, CalendarEventState.Asked),
            ("Cancelled in the calendar, ended yesterday", -1, CalendarEventState.Ended),
            ("Never answered, next week", 7, CalendarEventState.Asked),
            ("Tracked, next week", 7, CalendarEventState.Tracked),
        };
        await using (var db = _database.NewContext())
        {
            db.CalendarFeeds.Add(feed);
            foreach (var (title, endsInDays, state) in events)
            {
                var end = Now.AddDays(endsInDays);
                var found = new CalendarEvent(feed, new FeedEvent(title, title, title, end.AddMinutes(-30), end, "Europe/Berlin", false, []), "Jordan Lee", Now.AddDays(-400));
                if (state == CalendarEventState.Tracked)
                {
                    var booked = Screen(end.AddMinutes(-30), "Jordan Lee", InterviewStatus.Held);
                    db.Interviews.Add(booked);
                    found.Track(booked.Id, Now.AddDays(-400));
                }
                if (state == CalendarEventState.Ignored) found.Ignore(Now.AddDays(-400));
                if (state == CalendarEventState.Ended) found.End(Now.AddDays(-400));
                db.CalendarEvents.Add(found);
            }
            await db.SaveChangesAsync();
        }

        var result = await SweepAsync();

        await using var after = _database.NewContext();
        Assert.Equal(["Never answered, next week", "Tracked, ended 179 days ago", "Tracked, next week"],
            await after.CalendarEvents.OrderBy(e => e.Title).Select(e => e.Title).ToListAsync());
        Assert.Single(await after.CalendarFeeds.ToListAsync());
        Assert.Equal(4, result.CalendarEventsDeleted);
    }

    [DatabaseTheory]
    [InlineData("0")]
    [InlineData("-30")]
    [InlineData("3651")]
    [InlineData("half a year")]
    public void A_retention_setting_outside_one_day_to_ten_years_is_refused_naming_the_setting(string configured)
    {
        var error = Assert.Throws<SettingException>(() => RetentionSettings.Parse(configured));

        Assert.StartsWith("Privacy:RetentionDays is ", error.Message, StringComparison.Ordinal);
    }

    [DatabaseTheory]
    [InlineData(null, 180)]
    [InlineData("", 180)]
    [InlineData(" 30 ", 30)]
    [InlineData("3650", 3650)]
    public void The_retention_window_defaults_to_180_days(string? configured, int days) =>
        Assert.Equal(days, RetentionSettings.Parse(configured).Days);

    private async Task<RetentionResult> SweepAsync()
    {
        await using var scope = _database.NewScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(Now);
    }

    /// <summary>Rita's 30-minute screen with a candidate, moved along to <paramref name="status"/> at sensible times.</summary>
    /// <param name="before">What happens while the call is still ahead (naming, joining).</param>
    private Interview Screen(DateTime start, string candidate, InterviewStatus status, Guid? candidateId = null, Action<Interview>? before = null)
    {
        var interview = new Interview(_workspace.Id, _rita.Id, Audience.Recruiter,
            new Party(_rita.DisplayName, "rita@acme.example", _rita.Id), new Party(candidate, "candidate@mail.example", candidateId),
            "Backend engineer", null, start, start.AddMinutes(30), "Europe/Berlin", start.AddDays(-3));
        before?.Invoke(interview);
        var path = status switch
        {
            InterviewStatus.Held => [InterviewStatus.Held],
            InterviewStatus.DecisionPending => [InterviewStatus.Held, InterviewStatus.DecisionPending],
            InterviewStatus.Closed => new[] { InterviewStatus.Held, InterviewStatus.FeedbackSent, InterviewStatus.Closed },
            _ => [],
        };
        var at = start.AddHours(1);
        foreach (var next in path)
        {
            interview.MoveTo(next, at);
            at = at.AddDays(1);
        }
        return interview;
    }

    private async Task<Interview> SaveAsync(Interview interview, Action<Interview> fill)
    {
        fill(interview);
        await using var db = _database.NewContext();
        db.Interviews.Add(interview);
        await db.SaveChangesAsync();
        return interview;
    }

    public sealed class OnSqlite() : RetentionTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : RetentionTests(TestDatabaseKind.Postgres), IRunsOnPostgres;
}
