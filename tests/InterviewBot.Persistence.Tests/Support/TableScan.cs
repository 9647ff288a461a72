using Microsoft.Data.Sqlite;

namespace InterviewBot.Persistence.Tests.Support;

/// <summary>
/// Reads every row of every table in the database file, as text, to check that something is gone
/// everywhere. New tables are included without changing the tests.
/// </summary>
public static class TableScan
{
    /// <summary>The tables the scan covers (all but SQLite's own and the migrations history).</summary>
    public static async Task<IReadOnlyList<string>> TablesAsync(TestDatabase database)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        return await TablesAsync(connection);
    }

    /// <summary>Every row, in any table, with a value that contains one of <paramref name="texts"/> (ignoring case).</summary>
    public static async Task<IReadOnlyList<string>> RowsContainingAsync(TestDatabase database, params string[] texts)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        var found = new List<string>();
        foreach (var table in await TablesAsync(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = Enumerable.Range(0, reader.FieldCount)
                    .Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "")
                    .ToList();
                var row = string.Join(" | ", values);
                if (texts.Any(t => row.Contains(t, StringComparison.OrdinalIgnoreCase))) found.Add($"{table}: {row}");
            }
        }
        return found;
    }

    public static async Task<long> CountAsync(TestDatabase database, string sql)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> TablesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory' ORDER BY name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return tables;
    }
}
