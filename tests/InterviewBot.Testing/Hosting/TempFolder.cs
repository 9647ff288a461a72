using InterviewBot.Persistence;
using Microsoft.Data.Sqlite;

namespace InterviewBot.Testing;

/// <summary>
/// A temporary folder, removed at the end: a test's scratch space, most often one host's working
/// folder, whose SQLite file is kept across restarts of the host.
/// </summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "interviewbot-tests", Guid.NewGuid().ToString("N"));

    /// <summary>
    /// Where a host with no connection string, started in this folder, keeps its SQLite file
    /// (<c>./data/interviewbot.db</c>), as an absolute connection string; the <c>data</c> folder is created.
    /// </summary>
    public string ConnectionString => DatabaseSettings.ResolveSqliteConnectionString(DatabaseSettings.DefaultSqliteConnectionString, Path);

    public string DatabaseFile => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    /// <summary>That SQLite database, as the persistence layer takes it.</summary>
    public DatabaseSettings Database => new() { Provider = PersistenceProviders.Sqlite, ConnectionString = ConnectionString };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a file still held for a moment; the temp folder cleaner will get it */ }
    }
}
