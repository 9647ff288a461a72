using System.Data.Common;
using InterviewBot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Testing;

/// <summary>
/// Reads every row of every table in the database, as text, to check that something is gone
/// everywhere. New tables are included without changing the tests.
/// </summary>
public static class TableScan
{
    /// <summary>Every table of the app's model: what a migrated database must have, and what a scan must read.</summary>
    public static readonly IReadOnlyList<string> EveryTable =
        ["Workspaces", "People", "Interviews", "ChecklistEntries", "Notes", "PlannedQuestions", "RoleBriefs", "Sessions", "ConversationAddresses", "SentCards", "Stories", "Nudges", "Installations", "DataProtectionKeys"];

    /// <summary>The tables the scan covers (all but the database's own and the migrations history).</summary>
    public static async Task<IReadOnlyList<string>> TablesAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var connection = await OpenAsync(db);
        return await TablesAsync(database, connection);
    }

    /// <summary>Every row, in any table, with a value that contains one of <paramref name="texts"/> (ignoring case).</summary>
    public static async Task<IReadOnlyList<string>> RowsContainingAsync(TestDatabase database, params string[] texts)
    {
        await using var db = database.NewContext();
        var connection = await OpenAsync(db);
        var found = new List<string>();
        foreach (var table in await TablesAsync(database, connection))
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
        await using var db = database.NewContext();
        var connection = await OpenAsync(db);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<DbConnection> OpenAsync(InterviewBotDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        return db.Database.GetDbConnection();
    }

    private static async Task<List<string>> TablesAsync(TestDatabase database, DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = database.Kind == TestDatabaseKind.Postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '__EFMigrationsHistory' ORDER BY table_name"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory' ORDER BY name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return tables;
    }
}
