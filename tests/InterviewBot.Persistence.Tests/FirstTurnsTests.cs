using InterviewBot.Core.Conversations;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Persistence.Tests;

/// <summary>
/// The first turns of a workspace the bot has never seen can arrive at the same moment (two people
/// messaging the bot just after it was added, or one person in their DM and a channel at once).
/// Each must be answered: none may fail because another created the workspace or the person first.
/// </summary>
public abstract class FirstTurnsTests(TestDatabaseKind kind) : IAsyncLifetime
{
    private static readonly WorkspaceKey NewSlackTeam = new(Platforms.Slack, "T-NEW");

    private readonly TestDatabase _database = new(kind);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [DatabaseFact]
    public async Task Two_people_starting_at_once_in_a_new_workspace_are_both_saved_in_one_workspace()
    {
        // Both turns begin before either's unit of work is saved – where each used to add its own workspace.
        await using var first = _database.NewScope();
        await using var second = _database.NewScope();
        var (workspaceOfFirst, rita) = await StartAsync(first, new ChatUser("U-RITA", "Rita"));
        var (workspaceOfSecond, sam) = await StartAsync(second, new ChatUser("U-SAM", "Sam"));

        await SaveAsync(first);
        await SaveAsync(second);

        Assert.Equal(workspaceOfFirst.Id, workspaceOfSecond.Id);
        await using var db = _database.NewContext();
        Assert.Equal(["T-NEW"], await db.Workspaces.Select(w => w.ExternalId).ToListAsync());
        Assert.Equal(["Rita", "Sam"], (await db.People.Select(p => p.DisplayName).ToListAsync()).Order());
        Assert.Equal(2, new[] { rita.Id, sam.Id }.Distinct().Count());
    }

    [DatabaseFact]
    public async Task One_person_starting_in_two_conversations_at_once_is_one_person()
    {
        await using var inTheirChat = _database.NewScope();
        await using var inAChannel = _database.NewScope();
        var (_, fromChat) = await StartAsync(inTheirChat, new ChatUser("U-RITA", "Rita"));
        var (_, fromChannel) = await StartAsync(inAChannel, new ChatUser("U-RITA", "Rita Novak", "Europe/Berlin"));

        await SaveAsync(inTheirChat);
        await SaveAsync(inAChannel);

        Assert.Equal(fromChat.Id, fromChannel.Id);
        await using var db = _database.NewContext();
        var rita = Assert.Single(await db.People.ToListAsync());
        // The later turn's profile is kept, as it is for any later turn.
        Assert.Equal("Rita Novak", rita.DisplayName);
        Assert.Equal("Europe/Berlin", rita.TimeZoneId);
    }

    [DatabaseFact]
    public async Task A_turn_that_finds_nothing_and_then_loses_the_race_to_save_gets_the_stored_rows()
    {
        // Another host saved the workspace and the person between this turn's look-up and its own save.
        var theirs = new Workspace(Platforms.Slack, "T-NEW", _database.NowUtc);
        var theirRita = new Person(theirs.Id, "U-RITA", "Rita", _database.NowUtc);
        await using (var db = _database.NewContext())
        {
            db.Workspaces.Add(theirs);
            db.People.Add(theirRita);
            await db.SaveChangesAsync();
        }

        await using var scope = _database.NewScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<IWorkspaces>().FindOrAddAsync(new Workspace(Platforms.Slack, "T-NEW", _database.NowUtc));
        var rita = await scope.ServiceProvider.GetRequiredService<IPeople>().FindOrAddAsync(new Person(workspace.Id, "U-RITA", "Rita", _database.NowUtc));

        Assert.Equal(theirs.Id, workspace.Id);
        Assert.Equal(theirRita.Id, rita.Id);
    }

    private async Task<(Workspace Workspace, Person Person)> StartAsync(AsyncServiceScope scope, ChatUser user) =>
        await scope.ServiceProvider.GetRequiredService<Participants>().FindOrCreateAsync(NewSlackTeam, user, _database.NowUtc, keepProfileCurrent: true);

    private static Task SaveAsync(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();

    public sealed class OnSqlite() : FirstTurnsTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : FirstTurnsTests(TestDatabaseKind.Postgres), IRunsOnPostgres;
}
