using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Persistence.Tests;

/// <summary>
/// The turns of one process take turns at the SQLite file (SqliteWrites): many saving at once all
/// land, and a save that fails, or gives up waiting for its turn, does not leave the file closed to the next one.
/// </summary>
public sealed class SqliteWritesTests : IAsyncLifetime
{
    /// <summary>Only guards against a hang: a gate left shut would make the next save wait forever.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Two_hundred_turns_saving_at_once_all_land()
    {
        var saves = Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            await using var scope = _database.NewScope();
            scope.ServiceProvider.GetRequiredService<IWorkspaces>().Add(new Workspace(Platforms.Teams, $"tenant-{i}", _database.NowUtc));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }));

        await Task.WhenAll(saves).WaitAsync(HangGuard);

        await using var db = _database.NewContext();
        Assert.Equal(200, await db.Workspaces.CountAsync());
    }

    [Fact]
    public async Task A_save_that_fails_leaves_the_file_open_to_the_next_turn()
    {
        await SaveWorkspaceAsync("tenant-a");
        // The same tenant again breaks the unique key: this save fails (as a conflict the caller may retry)...
        await Assert.ThrowsAsync<StoreConflictException>(() => SaveWorkspaceAsync("tenant-a"));

        // ...and the next turn's save still goes through.
        await SaveWorkspaceAsync("tenant-b").WaitAsync(HangGuard);

        await using var db = _database.NewContext();
        Assert.Equal(["tenant-a", "tenant-b"], await db.Workspaces.Select(w => w.ExternalId).OrderBy(id => id).ToListAsync());
    }

    [Fact]
    public async Task A_turn_that_gives_up_while_waiting_for_its_turn_leaves_the_file_open_to_the_next()
    {
        // Another program holds the file's write lock: the first save takes the process's turn and
        // waits inside SQLite; the second waits for its turn and is cancelled there.
        await using var other = new SqliteConnection(_database.ConnectionString);
        await other.OpenAsync();
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();
        }
        // Microsoft.Data.Sqlite waits synchronously inside SQLite, so each save runs on a thread of its own.
        var first = Task.Run(() => SaveWorkspaceAsync("tenant-a"));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        using var giveUp = new CancellationTokenSource();
        var second = Task.Run(() => SaveWorkspaceAsync("tenant-b", giveUp.Token));
        await Task.Delay(TimeSpan.FromMilliseconds(100));
        Assert.False(first.IsCompleted || second.IsCompleted, "both saves should still be waiting while the file is locked");
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.WaitAsync(HangGuard));

        await using (var commit = other.CreateCommand())
        {
            commit.CommandText = "COMMIT;";
            await commit.ExecuteNonQueryAsync();
        }
        await first.WaitAsync(HangGuard);
        await SaveWorkspaceAsync("tenant-c").WaitAsync(HangGuard);

        await using var db = _database.NewContext();
        Assert.Equal(["tenant-a", "tenant-c"], await db.Workspaces.Select(w => w.ExternalId).OrderBy(id => id).ToListAsync());
    }

    private async Task SaveWorkspaceAsync(string tenant, CancellationToken cancellationToken = default)
    {
        await using var scope = _database.NewScope();
        scope.ServiceProvider.GetRequiredService<IWorkspaces>().Add(new Workspace(Platforms.Teams, tenant, _database.NowUtc));
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancellationToken);
    }
}
