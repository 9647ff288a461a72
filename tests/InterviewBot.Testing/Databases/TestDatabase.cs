using InterviewBot.Calendar;
using InterviewBot.Core;
using InterviewBot.Core.Calendar;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Privacy;
using InterviewBot.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Npgsql;

namespace InterviewBot.Testing;

/// <summary>The databases the stores are tested on.</summary>
public enum TestDatabaseKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A fresh database – a SQLite file in a <see cref="TempFolder"/> of its own, or a new database on the test PostgreSQL
/// server (<see cref="TestPostgres"/>) – wired the way the host wires it: the persistence extension,
/// the core's engine, one scope per turn, and a clock the test moves.
/// </summary>
#pragma warning disable CA1001 // disposed in DisposeAsync (xunit's IAsyncLifetime)
public sealed class TestDatabase : IAsyncLifetime
#pragma warning restore CA1001
{
    /// <summary>A Monday morning, a few weeks before Europe's clocks go forward on 28 March 2027.</summary>
    public static readonly DateTimeOffset Start = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly IReadOnlyList<string> _privacyAdmins;
    private readonly IReadOnlyDictionary<string, string?>? _calendar;
    private readonly TempFolder? _folder;
    private ServiceProvider? _services;

    /// <param name="privacyAdmins">The platform user ids set as <c>Privacy:Admins</c>; none by default.</param>
    /// <param name="calendar">Calendar settings (<c>Calendar:AllowPrivateAddresses</c>…); the product's defaults when null.</param>
    public TestDatabase(TestDatabaseKind kind = TestDatabaseKind.Sqlite, IReadOnlyList<string>? privacyAdmins = null,
        IReadOnlyDictionary<string, string?>? calendar = null)
    {
        Kind = kind;
        _privacyAdmins = privacyAdmins ?? [];
        _calendar = calendar;
        if (kind == TestDatabaseKind.Sqlite)
        {
            _folder = new TempFolder();
            ConnectionString = _folder.ConnectionString;
        }
    }

    public TestDatabaseKind Kind { get; }

    /// <summary>Set from the start for SQLite, by <see cref="InitializeAsync"/> for PostgreSQL.</summary>
    public string ConnectionString { get; private set; } = "";

    public string Provider => Kind == TestDatabaseKind.Postgres ? PersistenceProviders.Postgres : PersistenceProviders.Sqlite;

    public DatabaseSettings Settings => new() { Provider = Provider, ConnectionString = ConnectionString };

    public FakeTimeProvider Time { get; } = new(Start);
    public ServiceProvider Services => _services ?? throw new InvalidOperationException("Call InitializeAsync first.");

    public DateTime NowUtc => Time.GetUtcNow().UtcDateTime;

    public async Task InitializeAsync()
    {
        if (Kind == TestDatabaseKind.Postgres) ConnectionString = await TestPostgres.CreateDatabaseAsync();
        _services = BuildServices();
        await _services.MigrateInterviewBotDatabaseAsync();
    }

    /// <summary>Throws away every service and pooled connection, as a process restart would; only the database remains.</summary>
    public async Task RestartAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        ClearPool();
        _services = BuildServices();
        await _services.MigrateInterviewBotDatabaseAsync();
    }

    public Mock<INudgeScheduler> Scheduler { get; } = new();

    /// <summary>The calendar feeds' repeating polls, recorded rather than run (a test polls through <c>CalendarSync</c>).</summary>
    public Mock<ICalendarPolls> CalendarPolls { get; } = new();

    private ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        services.AddInterviewBotPersistence(Settings);
        services.AddInterviewBotCore();
        services.AddSingleton<TimeProvider>(Time);
        // The engine's flows run here without Quartz: scheduling is recorded, not performed.
        services.AddSingleton(Scheduler.Object);
        services.AddSingleton(new PrivacyAdmins(_privacyAdmins));
        // Calendar feeds as the host wires them (the feed's HTTP client, Data Protection), their timers recorded.
        services.AddCalendarFeeds(new ConfigurationBuilder().AddInMemoryCollection(_calendar ?? new Dictionary<string, string?>()).Build());
        CalendarPolls.SetupGet(p => p.Interval).Returns(CalendarPolling.Default.Interval);
        services.AddSingleton(CalendarPolls.Object);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    /// <summary>A context that has seen nothing yet, as after a restart of the process.</summary>
    public InterviewBotDbContext NewContext() => DatabaseContext.For(Settings);

    /// <summary>One unit of work, as one HTTP request gets.</summary>
    public AsyncServiceScope NewScope() => Services.CreateAsyncScope();

    /// <summary>This database's pooled connections (other tests' pools are left alone).</summary>
    private void ClearPool()
    {
        if (Kind == TestDatabaseKind.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            return;
        }
        using var pooled = new NpgsqlConnection(ConnectionString);
        NpgsqlConnection.ClearPool(pooled);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        if (Kind == TestDatabaseKind.Postgres)
        {
            if (ConnectionString.Length > 0) await TestPostgres.DropDatabaseAsync(ConnectionString);
            return;
        }
        _folder?.Dispose();
    }
}
