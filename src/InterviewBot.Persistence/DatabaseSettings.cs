using Microsoft.Data.Sqlite;

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

    /// <summary>One of <see cref="PersistenceProviders"/>; empty means SQLite.</summary>
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
}

/// <summary>The values <c>Database:Provider</c> may take.</summary>
public static class PersistenceProviders
{
    public const string Sqlite = "Sqlite";

    public static IReadOnlyList<string> Supported { get; } = [Sqlite];
}
