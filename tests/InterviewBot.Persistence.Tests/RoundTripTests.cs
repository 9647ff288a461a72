using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Persistence.Tests;

/// <summary>What one turn saves, a later turn (or a restarted process) reads back unchanged.</summary>
public abstract class RoundTripTests(TestDatabaseKind kind) : IAsyncLifetime
{
    private readonly TestDatabase _database = new(kind);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [DatabaseFact]
    public async Task An_interview_with_its_parties_checklist_notes_and_questions_comes_back_after_a_restart()
    {
        var (workspace, rita) = await Seed.WorkspaceWithPersonAsync(_database);
        var now = _database.NowUtc;
        var interview = Seed.Screen(_database, workspace, rita, "Jordan Lee", TimeSpan.FromDays(2));
        interview.Entry(rita.Id, "look-beyond").Mark(true, now);
        interview.Entry(rita.Id, "resume-homework").Save("Gap in 2020; ask about it", now);
        interview.AddNote(rita.Id, "resume-homework", "Led the payments rewrite", now);
        interview.ReplaceQuestions(rita.Id, ["Why this team? -> motivation", "Biggest outage you fixed"], now);
        interview.MoveTo(InterviewStatus.Held, now);
        interview.PromiseFeedbackBy(DateOnly.FromDateTime(now.AddDays(5)), now);
        await InScopeAsync(async (s, uow) =>
        {
            s.GetRequiredService<IInterviews>().Add(interview);
            await uow.SaveChangesAsync();
        });

        var loaded = await InScopeAsync((s, _) => s.GetRequiredService<IInterviews>().FindAsync(workspace.Id, interview.Id));

        Assert.NotNull(loaded);
        Assert.NotSame(interview, loaded);
        Assert.Equal(new Party("Rita Recruiter", "rita@acme.example", rita.Id), loaded.Recruiter);
        Assert.Equal(new Party("Jordan Lee"), loaded.Candidate);
        Assert.Equal(("Backend engineer", Audience.Recruiter, InterviewStatus.Held, "Europe/Berlin"),
            (loaded.Role, loaded.OwnerSide, loaded.Status, loaded.TimeZoneId));
        Assert.Equal((interview.StartUtc, interview.EndUtc), (loaded.StartUtc, loaded.EndUtc));
        Assert.Equal(interview.FeedbackDueDate, loaded.FeedbackDueDate);
        Assert.Equal(
            interview.Checklist.Select(e => (e.Id, e.PersonId, e.StepId, e.Done, e.Value)).OrderBy(e => e.StepId),
            loaded.Checklist.Select(e => (e.Id, e.PersonId, e.StepId, e.Done, e.Value)).OrderBy(e => e.StepId));
        Assert.Equal("Led the payments rewrite", Assert.Single(loaded.NotesBy(rita.Id)).Text);
        Assert.Equal(["Why this team? -> motivation", "Biggest outage you fixed"], loaded.QuestionsBy(rita.Id).Select(q => q.Format()));
    }

    [DatabaseFact]
    public async Task Changes_to_a_loaded_interview_are_saved_and_replaced_questions_do_not_come_back()
    {
        var (workspace, rita) = await Seed.WorkspaceWithPersonAsync(_database);
        var saved = await Seed.SavedScreenAsync(_database, workspace, rita, "Jordan Lee", TimeSpan.FromDays(2));
        await InScopeAsync(async (s, uow) =>
        {
            var interview = await s.GetRequiredService<IInterviews>().FindAsync(workspace.Id, saved.Id);
            interview!.ReplaceQuestions(rita.Id, ["Old question"], _database.NowUtc);
            await uow.SaveChangesAsync();
        });

        await InScopeAsync(async (s, uow) =>
        {
            var interview = await s.GetRequiredService<IInterviews>().FindAsync(workspace.Id, saved.Id);
            interview!.ReplaceQuestions(rita.Id, ["New question", "Another"], _database.NowUtc);
            interview.Entry(rita.Id, "look-beyond").Mark(true, _database.NowUtc);
            interview.AddNote(rita.Id, "take-notes", "Strong on SQL", _database.NowUtc);
            await uow.SaveChangesAsync();
        });

        await using var db = _database.NewContext();
        var reloaded = await db.Interviews.Include(i => i.Questions).Include(i => i.Checklist).Include(i => i.Notes).SingleAsync();
        Assert.Equal(["New question", "Another"], reloaded.QuestionsBy(rita.Id).Select(q => q.Text));
        Assert.Equal(2, await db.PlannedQuestions.CountAsync());
        Assert.True(reloaded.FindEntry(rita.Id, "look-beyond")?.Done);
        Assert.Equal("Strong on SQL", Assert.Single(reloaded.Notes).Text);
    }

    [DatabaseFact]
    public async Task Role_brief_fields_survive_a_restart_and_an_edit_to_one_field_is_saved()
    {
        var (workspace, _) = await Seed.WorkspaceWithPersonAsync(_database);
        await InScopeAsync(async (s, uow) =>
        {
            var brief = new RoleBrief(workspace.Id, "Backend  Engineer", _database.NowUtc);
            brief.Set("product", "Payments platform for 2,000 shops", _database.NowUtc);
            brief.Set("salary", "85,000–95,000 EUR", _database.NowUtc);
            s.GetRequiredService<IRoleBriefs>().Add(brief);
            await uow.SaveChangesAsync();
        });

        _database.Time.Advance(TimeSpan.FromHours(1));
        await InScopeAsync(async (s, uow) =>
        {
            var brief = await s.GetRequiredService<IRoleBriefs>().FindAsync(workspace.Id, RoleBrief.KeyOf("backend engineer"));
            Assert.Equal("85,000–95,000 EUR", brief!["salary"]);
            brief.Set("salary", "90,000–100,000 EUR", _database.NowUtc);
            brief.Set("product", "", _database.NowUtc);
            await uow.SaveChangesAsync();
        });

        var reloaded = await InScopeAsync((s, _) => s.GetRequiredService<IRoleBriefs>().FindAsync(workspace.Id, "BACKEND ENGINEER"));
        Assert.Equal(new Dictionary<string, string> { ["salary"] = "90,000–100,000 EUR" }, reloaded!.Fields);
        Assert.Equal("Backend  Engineer", reloaded.RoleTitle);
        Assert.Equal(_database.NowUtc, reloaded.UpdatedUtc);
    }

    [DatabaseFact]
    public async Task A_role_brief_added_earlier_in_a_turn_is_found_by_that_turn_and_stored_once()
    {
        var (workspace, _) = await Seed.WorkspaceWithPersonAsync(_database);

        await InScopeAsync(async (s, uow) =>
        {
            var briefs = s.GetRequiredService<IRoleBriefs>();
            var brief = new RoleBrief(workspace.Id, "Designer", _database.NowUtc);
            briefs.Add(brief);
            Assert.Same(brief, await briefs.FindAsync(workspace.Id, "DESIGNER"));
            await uow.SaveChangesAsync();
        });

        await using var db = _database.NewContext();
        Assert.Equal(1, await db.RoleBriefs.CountAsync());
    }

    [DatabaseFact]
    public async Task The_step_a_session_waits_for_survives_a_restart()
    {
        var (workspace, rita) = await Seed.WorkspaceWithPersonAsync(_database);
        var interview = await Seed.SavedScreenAsync(_database, workspace, rita, "Jordan Lee", TimeSpan.FromDays(1));
        await InScopeAsync(async (s, uow) =>
        {
            var session = new Session(rita.Id, interview.Id, "before", _database.NowUtc);
            session.Await("resume-homework", "before", _database.NowUtc);
            s.GetRequiredService<ISessions>().Add(session);
            await uow.SaveChangesAsync();
        });

        var loaded = await InScopeAsync((s, _) => s.GetRequiredService<ISessions>().FindAsync(rita.Id, interview.Id));

        Assert.Equal(("before", "resume-homework"), (loaded!.PhaseId, loaded.AwaitingStepId));
    }

    [DatabaseFact]
    public async Task Times_come_back_as_utc_so_they_convert_to_the_readers_zone_correctly()
    {
        var (workspace, rita) = await Seed.WorkspaceWithPersonAsync(_database);
        var interview = Seed.Screen(_database, workspace, rita, "Jordan Lee", TimeSpan.FromDays(1));
        interview.Entry(rita.Id, "look-beyond").Mark(true, _database.NowUtc);
        await using (var db = _database.NewContext())
        {
            db.Interviews.Add(interview);
            await db.SaveChangesAsync();
        }

        await using var after = _database.NewContext();
        var loaded = await after.Interviews.Include(i => i.Checklist).SingleAsync();
        var person = await after.People.SingleAsync();

        Assert.All([loaded.StartUtc, loaded.EndUtc, loaded.CreatedUtc, loaded.UpdatedUtc, loaded.Checklist[0].UpdatedUtc, person.CreatedUtc],
            t => Assert.Equal(DateTimeKind.Utc, t.Kind));
        Assert.Equal(interview.StartUtc, loaded.StartUtc);
        // 10:00 UTC on 2 March is 11:00 in Berlin (winter time).
        Assert.Equal(new DateTime(2027, 3, 2, 10, 0, 0), Core.Zones.ToLocal(loaded.StartUtc, "Europe/Berlin"));
    }

    [DatabaseFact]
    public async Task A_persons_working_time_and_current_interview_survive_a_restart()
    {
        var (workspace, rita) = await Seed.WorkspaceWithPersonAsync(_database);
        var activeId = Guid.NewGuid();
        await InScopeAsync(async (s, uow) =>
        {
            var person = await s.GetRequiredService<IPeople>().FindAsync(workspace.Id, "U-RITA");
            person!.ChangeWorkingTime("Europe/Berlin", new TimeOnly(8, 30), new TimeOnly(17, 15),
                WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Saturday, "de");
            person.ActiveInterviewId = activeId;
            person.DirectoryId = "aad-object-id";
            await uow.SaveChangesAsync();
        });

        var loaded = await InScopeAsync((s, _) => s.GetRequiredService<IPeople>().FindAsync(workspace.Id, "U-RITA"));

        Assert.Equal(rita.Id, loaded!.Id);
        Assert.Equal(("Europe/Berlin", true, new TimeOnly(8, 30), new TimeOnly(17, 15), "DE"),
            (loaded.TimeZoneId, loaded.TimeZoneChosen, loaded.WorkdayStart, loaded.WorkdayEnd, loaded.HolidayCountry));
        Assert.Equal(WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Saturday, loaded.WorkingDays);
        Assert.Equal((activeId, "aad-object-id"), (loaded.ActiveInterviewId, loaded.DirectoryId));
    }

    [DatabaseFact]
    public async Task A_chat_address_and_a_sent_card_are_found_again_after_a_restart()
    {
        var (workspace, rita) = await Seed.WorkspaceWithPersonAsync(_database);
        var cardId = Guid.NewGuid();
        await InScopeAsync(async (s, uow) =>
        {
            s.GetRequiredService<IConversationAddresses>().Add(
                new ConversationAddress(workspace.Id, rita.Id, Platforms.Slack, "D-RITA", isPersonal: true, "{\"channel\":\"D-RITA\"}", _database.NowUtc));
            s.GetRequiredService<IConversationAddresses>().Add(
                new ConversationAddress(workspace.Id, null, Platforms.Slack, "C-HIRING", isPersonal: false, "{\"channel\":\"C-HIRING\"}", _database.NowUtc));
            s.GetRequiredService<ISentCards>().Add(new SentCard(cardId, workspace.Id, "D-RITA", "1700000000.000100", _database.NowUtc));
            await uow.SaveChangesAsync();
        });

        await InScopeAsync(async (s, _) =>
        {
            var addresses = s.GetRequiredService<IConversationAddresses>();
            Assert.Equal("D-RITA", (await addresses.FindPersonalAsync(rita.Id))?.ConversationId);
            Assert.False((await addresses.FindAsync(workspace.Id, "C-HIRING"))?.IsPersonal);
            Assert.Equal("1700000000.000100", (await s.GetRequiredService<ISentCards>().FindAsync(workspace.Id, cardId))?.MessageId);
        });
    }

    private async Task InScopeAsync(Func<IServiceProvider, IUnitOfWork, Task> work)
    {
        await using var scope = _database.NewScope();
        await work(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<IUnitOfWork>());
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, IUnitOfWork, Task<T>> work)
    {
        await using var scope = _database.NewScope();
        return await work(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<IUnitOfWork>());
    }

    public sealed class OnSqlite() : RoundTripTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : RoundTripTests(TestDatabaseKind.Postgres), IRunsOnPostgres;
}
