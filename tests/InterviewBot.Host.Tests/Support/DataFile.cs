using Microsoft.Data.Sqlite;

namespace InterviewBot.Host.Tests.Support;

/// <summary>Reads the host's SQLite file directly, as someone checking what is stored would.</summary>
public sealed class DataFile(TempFolder folder)
{
    public string ConnectionString => folder.ConnectionString;

    /// <summary>
    /// Every row, in any table (EF's and Quartz's), with a value containing one of <paramref name="texts"/>
    /// (ignoring case). Blobs (Quartz's job data) are read as UTF-8 text.
    /// </summary>
    public async Task<IReadOnlyList<string>> RowsContainingAsync(params string[] texts)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }

        var found = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = string.Join(" | ", Enumerable.Range(0, reader.FieldCount)
                    .Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i) switch
                    {
                        byte[] blob => System.Text.Encoding.UTF8.GetString(blob),
                        var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                    }));
                if (texts.Any(t => row.Contains(t, StringComparison.OrdinalIgnoreCase))) found.Add($"{table}: {row}");
            }
        }
        return found;
    }

    /// <summary>
    /// Which of the database's files on disk (the database, its write-ahead log and shared-memory index)
    /// hold <paramref name="text"/> as UTF-8 bytes, anywhere: in live rows, free pages or old log frames.
    /// Read shared, as a backup tool would, so a running host is not disturbed.
    /// </summary>
    public IReadOnlyList<string> FilesHoldingBytesOf(string text) => folder.FilesHoldingBytesOf(text);

    /// <summary>Quartz's stored timers for nudges (one job per nudge).</summary>
    public Task<long> NudgeTimersAsync() => ScalarAsync<long>("SELECT COUNT(*) FROM QRTZ_JOB_DETAILS WHERE JOB_GROUP = 'nudges'");

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
