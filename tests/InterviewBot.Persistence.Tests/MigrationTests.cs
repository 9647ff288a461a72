using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Persistence.Tests;

/// <summary>Each provider's own migrations build the whole model from an empty database, and keep data on restart.</summary>
public abstract class MigrationTests(TestDatabaseKind kind) : IAsyncLifetime
{
    private readonly TestDatabase _database = new(kind);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [DatabaseFact]
    public async Task Migrating_an_empty_database_creates_every_table()
    {
        Assert.Subset(new HashSet<string>(await TableScan.TablesAsync(_database)), new HashSet<string>(TableScan.EveryTable));
    }

    [DatabaseFact]
    public async Task After_migrating_nothing_is_pending_and_the_model_matches_the_migrations()
    {
        await using var db = _database.NewContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        // A change to the model without `dotnet ef migrations add` (for every provider) fails here, not in production.
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [DatabaseFact]
    public async Task Migrating_again_on_restart_keeps_the_data()
    {
        await using (var db = _database.NewContext())
        {
            db.Workspaces.Add(new Core.Domain.Workspace("slack", "T1", _database.NowUtc));
            await db.SaveChangesAsync();
        }

        await _database.Services.MigrateInterviewBotDatabaseAsync();

        await using var after = _database.NewContext();
        Assert.Equal("T1", (await after.Workspaces.SingleAsync()).ExternalId);
    }

    [DatabaseFact]
    public async Task Several_hosts_starting_at_once_on_one_database_all_come_up_with_it_migrated()
    {
        var settings = new DatabaseSettings { Provider = _database.Provider, ConnectionString = _database.ConnectionString };
        var hosts = Enumerable.Range(0, 3).Select(_ => new ServiceCollection().AddInterviewBotPersistence(settings).BuildServiceProvider()).ToList();
        try
        {
            await Task.WhenAll(hosts.Select(h => h.MigrateInterviewBotDatabaseAsync()));
        }
        finally
        {
            foreach (var host in hosts) await host.DisposeAsync();
        }

        await using var db = _database.NewContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    public sealed class OnSqlite() : MigrationTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : MigrationTests(TestDatabaseKind.Postgres), IRunsOnPostgres;
}
