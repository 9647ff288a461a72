using InterviewBot.Persistence.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Persistence.Tests;

/// <summary>What only SQLite has: a file that appears on first start, and write-ahead logging.</summary>
public sealed class SqliteFileTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "interviewbot-tests", Guid.NewGuid().ToString("N"));
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task First_start_creates_the_database_file_and_every_table_from_nothing()
    {
        var connectionString = DatabaseSettings.ResolveSqliteConnectionString("Data Source=data/interviewbot.db", _folder);
        var file = Path.Combine(_folder, "data", "interviewbot.db");
        Assert.False(File.Exists(file));

        await using var services = new ServiceCollection().AddInterviewBotPersistence(connectionString).BuildServiceProvider();
        await services.MigrateInterviewBotDatabaseAsync();

        Assert.True(File.Exists(file));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InterviewBotDbContext>();
        var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync();
        Assert.Subset(tables.ToHashSet(),
            new HashSet<string> { "Workspaces", "People", "Interviews", "ChecklistEntries", "Notes", "PlannedQuestions", "RoleBriefs", "Sessions", "ConversationAddresses", "SentCards" });
    }

    [Fact]
    public async Task The_sqlite_file_uses_write_ahead_logging_so_readers_do_not_wait_for_writers()
    {
        await using var db = _database.NewContext();

        var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();

        Assert.Equal("wal", Assert.Single(mode));
    }
}
