using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Persistence.Tests;

/// <summary>Every record is read through its workspace: one customer never sees another's interviews.</summary>
public abstract class TenantIsolationTests(TestDatabaseKind kind) : IAsyncLifetime
{
    private readonly TestDatabase _database = new(kind);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [DatabaseFact]
    public async Task An_interview_id_from_another_workspace_finds_nothing()
    {
        var (acme, rita) = await Seed.WorkspaceWithPersonAsync(_database);
        var (globex, _) = await Seed.WorkspaceWithPersonAsync(_database, "T-GLOBEX", "U-GREG", "Greg");
        var interview = await Seed.SavedScreenAsync(_database, acme, rita, "Jordan Lee", TimeSpan.FromDays(1));

        await using var scope = _database.NewScope();
        var interviews = scope.ServiceProvider.GetRequiredService<IInterviews>();

        Assert.Null(await interviews.FindAsync(globex.Id, interview.Id));
        Assert.NotNull(await interviews.FindAsync(acme.Id, interview.Id));
    }

    [DatabaseFact]
    public async Task Role_briefs_people_and_sent_cards_are_only_found_in_their_own_workspace()
    {
        var (acme, _) = await Seed.WorkspaceWithPersonAsync(_database);
        var (globex, _) = await Seed.WorkspaceWithPersonAsync(_database, "T-GLOBEX", "U-GREG", "Greg");
        var cardId = Guid.NewGuid();
        await using (var db = _database.NewContext())
        {
            var brief = new RoleBrief(acme.Id, "Backend engineer", _database.NowUtc);
            brief.Set("salary", "90k", _database.NowUtc);
            db.RoleBriefs.Add(brief);
            db.SentCards.Add(new SentCard(cardId, acme.Id, "D-RITA", "m-1", _database.NowUtc));
            await db.SaveChangesAsync();
        }

        await using var scope = _database.NewScope();
        var services = scope.ServiceProvider;

        Assert.Null(await services.GetRequiredService<IRoleBriefs>().FindAsync(globex.Id, RoleBrief.KeyOf("Backend engineer")));
        Assert.Null(await services.GetRequiredService<IPeople>().FindAsync(globex.Id, "U-RITA"));
        Assert.Null(await services.GetRequiredService<ISentCards>().FindAsync(globex.Id, cardId));
        Assert.NotNull(await services.GetRequiredService<ISentCards>().FindAsync(acme.Id, cardId));
    }

    [DatabaseFact]
    public async Task My_interviews_lists_only_the_persons_calls_in_this_workspace_soonest_first_from_the_given_time()
    {
        var (acme, rita) = await Seed.WorkspaceWithPersonAsync(_database);
        var olga = await Seed.PersonAsync(_database, acme, "U-OLGA", "Olga Other");
        var (globex, _) = await Seed.WorkspaceWithPersonAsync(_database, "T-GLOBEX", "U-GREG", "Greg");
        var now = _database.NowUtc;
        Interview Booked(Workspace workspace, Guid ownerId, Party recruiter, string candidate, TimeSpan startsIn, int minutes = 30) =>
            new(workspace.Id, ownerId, Audience.Recruiter, recruiter, new Party(candidate), "Backend engineer", null,
                now + startsIn, now + startsIn + TimeSpan.FromMinutes(minutes), "UTC", now);
        // A fresh Party each time: EF keeps an owned Party as part of exactly one interview row.
        Party AsRita() => new("Rita Recruiter", null, rita.Id);
        Party AsOlga() => new("Olga Other", null, olga.Id);
        await using (var db = _database.NewContext())
        {
            db.Interviews.AddRange(
                Booked(acme, rita.Id, AsRita(), "Third", TimeSpan.FromDays(3)),
                Booked(acme, rita.Id, AsRita(), "First", TimeSpan.FromDays(1)),
                Booked(acme, olga.Id, AsRita(), "Second, booked by Olga for Rita", TimeSpan.FromDays(2)),
                Booked(acme, rita.Id, AsRita(), "Ended exactly at the cut-off", TimeSpan.FromMinutes(-30)),
                Booked(acme, rita.Id, AsRita(), "Ended before the cut-off", TimeSpan.FromDays(-1)),
                Booked(acme, olga.Id, AsOlga(), "Olga's own", TimeSpan.FromHours(5)),
                Booked(globex, rita.Id, AsRita(), "Another workspace", TimeSpan.FromHours(1)));
            var asCandidate = new Interview(acme.Id, olga.Id, Audience.Recruiter, AsOlga(), new Party("Rita as candidate", null, rita.Id),
                "Team lead", null, now + TimeSpan.FromDays(4), now + TimeSpan.FromDays(4) + TimeSpan.FromMinutes(45), "UTC", now);
            asCandidate.Entry(rita.Id, "career-story").Mark(true, now);
            db.Interviews.Add(asCandidate);
            await db.SaveChangesAsync();
        }

        await using var scope = _database.NewScope();
        var interviews = scope.ServiceProvider.GetRequiredService<IInterviews>();
        var all = await interviews.ListForPersonAsync(acme.Id, rita.Id, now, 10);
        var firstTwo = await interviews.ListForPersonAsync(acme.Id, rita.Id, now, 2);

        Assert.Equal(["Ended exactly at the cut-off", "First", "Second, booked by Olga for Rita", "Third", "Rita as candidate"],
            all.Select(i => i.Candidate.Name));
        Assert.Equal(["Ended exactly at the cut-off", "First"], firstTwo.Select(i => i.Candidate.Name));
        // Listed interviews come with their checklists, so the list can show progress without another query.
        Assert.True(all[^1].FindEntry(rita.Id, "career-story")?.Done);
    }

    public sealed class OnSqlite() : TenantIsolationTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : TenantIsolationTests(TestDatabaseKind.Postgres), IRunsOnPostgres;
}
