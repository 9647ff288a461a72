using Microsoft.Data.Sqlite;
using Npgsql;

namespace InterviewBot.Persistence;

/// <summary>
/// Which database to use and where: <c>Database:Provider</c> and <c>ConnectionStrings:InterviewBot</c>
/// in configuration.
/// </summary>
public sealed class DatabaseSettings
{
    public const string ProviderSetting = "Database:Provider";
    public const string ConnectionStringName = "InterviewBot";
    public const string ConnectionStringSetting = "ConnectionStrings:" + ConnectionStringName;

    /// <summary>A file under the content root, so a first run needs no configuration.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/interviewbot.db";

    /// <summary>One of <see cref="PersistenceProviders"/> (any case; "PostgreSQL" too); empty means SQLite.</summary>
    public string Provider { get; init; } = PersistenceProviders.Sqlite;

    public string ConnectionString { get; init; } = DefaultSqliteConnectionString;

    /// <summary>
    /// Makes a relative SQLite <c>Data Source</c> absolute under <paramref name="baseDirectory"/>
    /// (the host's content root, not whatever the working directory happens to be) and creates its
    /// folder, since SQLite creates the file but not the folder. In-memory databases are returned as given.
    /// </summary>
    public static string ResolveSqliteConnectionString(string connectionString, string baseDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(baseDirectory);
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory || dataSource.Length == 0 || dataSource == ":memory:") return builder.ToString();

        var path = Path.GetFullPath(Path.IsPathRooted(dataSource) ? dataSource : Path.Combine(baseDirectory, dataSource));
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        builder.DataSource = path;
        return builder.ToString();
    }

    /// <summary>
    /// Why <paramref name="connectionString"/> cannot reach a PostgreSQL server, naming the setting, or
    /// null when it can be used. Catches the usual slip: switching the provider and keeping the SQLite file.
    /// </summary>
    public static string? ProblemWithPostgresConnectionString(string connectionString)
    {
        const string example = "\"Host=db.example.com;Database=interviewbot;Username=interviewbot;Password=…\"";
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException invalid)
        {
            return $"{ConnectionStringSetting} is not a PostgreSQL connection string ({invalid.Message}). Set it to e.g. {example}.";
        }
        if (string.IsNullOrWhiteSpace(builder.Host) || builder.Host.EndsWith(".db", StringComparison.OrdinalIgnoreCase))
            return $"{ProviderSetting} is {PersistenceProviders.Postgres}, but {ConnectionStringSetting} names no PostgreSQL server " +
                $"(it is \"{connectionString}\"). Set it to e.g. {example}.";
        return null;
    }
}

/// <summary>The values <c>Database:Provider</c> may take.</summary>
public static class PersistenceProviders
{
    /// <summary>One SQLite file: the default, for one host.</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>A PostgreSQL database, which several hosts can share (nudges then fire once across them).</summary>
    public const string Postgres = "Postgres";

    public static IReadOnlyList<string> Supported { get; } = [Sqlite, Postgres];

    /// <summary>
    /// The provider a configured value means: empty is <see cref="Sqlite"/>, "PostgreSQL" is
    /// <see cref="Postgres"/>, case does not matter; null for anything else.
    /// </summary>
    public static string? Resolve(string? configured)
    {
        var value = configured?.Trim();
        if (string.IsNullOrEmpty(value) || value.Equals(Sqlite, StringComparison.OrdinalIgnoreCase)) return Sqlite;
        if (value.Equals(Postgres, StringComparison.OrdinalIgnoreCase) || value.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase)) return Postgres;
        return null;
    }
}
