using Microsoft.Data.Sqlite;

namespace InterviewBot.Tests.Shared;

/// <summary>A temporary folder holding one host's SQLite file, kept across restarts of the host and removed at the end.</summary>
public sealed class DataFolder : IDisposable
{
    /// <summary>A new folder under the system's temp folder.</summary>
    public DataFolder()
        : this(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "interviewbot-fault-tests", Guid.NewGuid().ToString("N")))
    {
    }

    /// <summary>The folder at <paramref name="path"/> (created if missing), e.g. a benchmark's scratch folder.</summary>
    public DataFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string DatabaseFile => System.IO.Path.Combine(Path, "interviewbot.db");

    /// <summary>What the host is given as <c>ConnectionStrings:InterviewBot</c>.</summary>
    public string ConnectionString => $"Data Source={DatabaseFile}";

    /// <summary>
    /// Every nudge's state as stored, read the way someone checking the file would (a connection of
    /// our own, not pooled, so the file is not held open between reads).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, StoredNudge>> NudgesAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, Kind, State, Attempts, LastError FROM Nudges";
        await using var reader = await command.ExecuteReaderAsync();
        var nudges = new Dictionary<Guid, StoredNudge>();
        while (await reader.ReadAsync())
        {
            nudges[Guid.Parse(reader.GetString(0))] = new StoredNudge(reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetString(4));
        }
        return nudges;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a file still held for a moment; the temp folder cleaner will get it */ }
    }
}

/// <summary>One row of the Nudges table, as far as these tests look at it.</summary>
public sealed record StoredNudge(string Kind, string State, int Attempts, string? LastError)
{
    public bool IsSent => State == "Sent";

    public bool IsWaiting => State is "Pending" or "Snoozed";
}
