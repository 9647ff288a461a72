using InterviewBot.Core.Domain;
using InterviewBot.Core.Privacy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Persistence.Tests;

/// <summary>What only SQLite has: a file that appears on first start, write-ahead logging, and deleted text that must leave the files.</summary>
#pragma warning disable CA1001 // disposed in DisposeAsync (xunit's IAsyncLifetime)
public sealed class SqliteFileTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly TempFolder _folder = new();
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task First_start_creates_the_database_file_and_every_table_from_nothing()
    {
        var connectionString = DatabaseSettings.ResolveSqliteConnectionString("Data Source=data/interviewbot.db", _folder.Path);
        var file = Path.Combine(_folder.Path, "data", "interviewbot.db");
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

    [Fact]
    public async Task Every_connection_the_stores_open_overwrites_what_it_deletes()
    {
        await using var scope = _database.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<InterviewBotDbContext>();

        var secureDelete = await db.Database.SqlQueryRaw<long>("PRAGMA secure_delete").ToListAsync();

        Assert.Equal(1, Assert.Single(secureDelete));
    }

    [Fact]
    public async Task A_note_the_retention_sweep_removes_is_in_none_of_the_files_and_a_younger_one_stays()
    {
        var marker = $"planted-{Guid.NewGuid():N}";
        var (workspace, rita) = await Seed.WorkspaceWithPersonAsync(_database);
        var now = _database.NowUtc;
        var screen = Seed.Screen(_database, workspace, rita, "Jordan Lee", TimeSpan.FromDays(-200));
        screen.MoveTo(InterviewStatus.Held, now.AddDays(-200));
        screen.AddNote(rita.Id, "take-notes", "Written last week", now.AddDays(-7));
        screen.AddNote(rita.Id, "take-notes", $"Written long ago {marker}", now.AddDays(-200));
        await using (var db = _database.NewContext())
        {
            db.Interviews.Add(screen);
            await db.SaveChangesAsync();
        }
        Assert.NotEmpty(FilesHolding(marker));

        await using (var scope = _database.NewScope())
            Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(now)).NotesDeleted);

        Assert.Empty(FilesHolding(marker));
        Assert.NotEmpty(FilesHolding("Written last week"));
    }

    /// <summary>The database's files (database, log, shared-memory index) holding <paramref name="text"/> anywhere, read without disturbing open connections.</summary>
    private List<string> FilesHolding(string text)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        var database = new SqliteConnectionStringBuilder(_database.ConnectionString).DataSource;
        return new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists).Where(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray().AsSpan().IndexOf(needle) >= 0;
        }).ToList();
    }
}
