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

    /// <summary>
    /// Which of the SQLite database's files on disk (the database, its write-ahead log and shared-memory
    /// index) hold <paramref name="text"/> as UTF-8 bytes, anywhere: in live rows, free pages or old log
    /// frames. Read shared, as a backup tool would, so a running host is not disturbed.
    /// </summary>
    public IReadOnlyList<string> FilesHoldingBytesOf(string text)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        return new[] { DatabaseFile, DatabaseFile + "-wal", DatabaseFile + "-shm" }
            .Where(File.Exists)
            .Where(path =>
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(needle) >= 0;
            })
            .Select(System.IO.Path.GetFileName)
            .OfType<string>()
            .ToList();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a file still held for a moment; the temp folder cleaner will get it */ }
    }
}
