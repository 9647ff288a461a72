namespace InterviewBot.Scheduling;

/// <summary>The databases Quartz can keep the nudge timers in: the application's own, next to EF's tables.</summary>
public enum SchedulerDatabaseKind
{
    /// <summary>One SQLite file, one host.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database that several hosts share as one Quartz cluster.</summary>
    Postgres,
}

/// <summary>Where Quartz keeps its timers, and whether the hosts on that database form a cluster.</summary>
public sealed record SchedulerDatabase(SchedulerDatabaseKind Kind, string ConnectionString)
{
    /// <summary>
    /// How often a clustered node records that it is alive. A node that stops checking in is taken
    /// for dead <see cref="ClusterCheckinMisfireThreshold"/> after a missed check-in, and the others
    /// take over its timers and re-run the nudges it was delivering: at most about
    /// 2 × <see cref="ClusterCheckinInterval"/> + <see cref="ClusterCheckinMisfireThreshold"/> (17.5 s)
    /// after it died.
    /// </summary>
    public static readonly TimeSpan ClusterCheckinInterval = TimeSpan.FromSeconds(5);

    /// <summary>Longer than a garbage collection or a database hiccup, so a busy live node is not written off.</summary>
    public static readonly TimeSpan ClusterCheckinMisfireThreshold = TimeSpan.FromSeconds(7.5);

    /// <summary>Several hosts on one database fire each timer once between them.</summary>
    public bool IsClustered => Kind == SchedulerDatabaseKind.Postgres;

    /// <param name="connectionString">The same file as EF's, already resolved to an absolute path.</param>
    public static SchedulerDatabase Sqlite(string connectionString) => new(SchedulerDatabaseKind.Sqlite, connectionString);

    public static SchedulerDatabase Postgres(string connectionString) => new(SchedulerDatabaseKind.Postgres, connectionString);
}
