using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace InterviewBot.Scheduling;

/// <summary>
/// Microsoft.Data.Sqlite's provider for Quartz, except that each connection asks SQLite itself to wait
/// for a busy file (<c>busy_timeout</c>). Quartz and EF write the same file; without it a connection
/// that finds the other writing gets SQLITE_BUSY and Microsoft.Data.Sqlite retries after sleeping
/// 150 ms – while Quartz holds its own lock, so every nudge being fired or completed waits too.
/// SQLite's own wait retries within a millisecond or so of the file coming free.
/// Like EF's connections (see the persistence project's SqliteWrites), they also commit with
/// <c>synchronous=NORMAL</c>, SQLite's advice under write-ahead logging: no flush to disk per commit;
/// a killed process loses nothing committed, a power cut can lose the last moments. And like them they
/// delete with <c>secure_delete=ON</c>: a per-connection setting, and the file is shared, so a page
/// Quartz frees must be zeroed too rather than keep what an erasure removed.
/// </summary>
internal sealed class PatientSqliteFactory : DbProviderFactory
{
    /// <summary>How long a statement waits for the file before it fails with SQLITE_BUSY.</summary>
    public const int BusyTimeoutMilliseconds = 30_000;

    public static readonly PatientSqliteFactory Instance = new();

    private PatientSqliteFactory()
    {
    }

    public override DbConnection CreateConnection() => new PatientSqliteConnection();

    public override DbCommand CreateCommand() => SqliteFactory.Instance.CreateCommand();

    public override DbParameter CreateParameter() => SqliteFactory.Instance.CreateParameter();

    public override DbConnectionStringBuilder CreateConnectionStringBuilder() => SqliteFactory.Instance.CreateConnectionStringBuilder();

    private sealed class PatientSqliteConnection : SqliteConnection
    {
        public override void Open()
        {
            base.Open();
            using var command = CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout={BusyTimeoutMilliseconds}; PRAGMA synchronous=NORMAL; PRAGMA secure_delete=ON;";
            command.ExecuteNonQuery();
        }
    }
}
