using InterviewBot.Core.Calendar;
using InterviewBot.Core.Ports;
using InterviewBot.Persistence.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace InterviewBot.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>The SQLite database at <paramref name="connectionString"/> and the core's stores, one set per scope (turn).</summary>
    public static IServiceCollection AddInterviewBotPersistence(this IServiceCollection services, string connectionString) =>
        services.AddInterviewBotPersistence(new DatabaseSettings { Provider = PersistenceProviders.Sqlite, ConnectionString = connectionString });

    /// <summary>
    /// The database named by <see cref="DatabaseSettings.Provider"/> and the core's stores. A new
    /// provider is a new <see cref="InterviewBotDbContext"/> subclass with its own migrations folder,
    /// and one more case here.
    /// </summary>
    public static IServiceCollection AddInterviewBotPersistence(this IServiceCollection services, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrWhiteSpace(settings.ConnectionString))
            throw new SettingException($"{DatabaseSettings.ConnectionStringSetting} is empty. Set it to a connection string, e.g. \"" +
                (PersistenceProviders.Resolve(settings.Provider) == PersistenceProviders.Postgres
                    ? "Host=db.example.com;Database=interviewbot;Username=interviewbot;Password=…"
                    : DatabaseSettings.DefaultSqliteConnectionString) + "\".");

        switch (PersistenceProviders.Resolve(settings.Provider))
        {
            case PersistenceProviders.Sqlite:
                services.AddDbContext<InterviewBotDbContext, SqliteInterviewBotDbContext>(options => options.UseSqlite(settings.ConnectionString).AddInterceptors(SqliteWrites.Instance));
                break;
            case PersistenceProviders.Postgres:
                if (DatabaseSettings.ProblemWithPostgresConnectionString(settings.ConnectionString) is { } problem)
                    throw new SettingException(problem);
                services.AddDbContext<InterviewBotDbContext, PostgresInterviewBotDbContext>(options => options.UseNpgsql(settings.ConnectionString));
                break;
            default:
                throw new SettingException(
                    $"{DatabaseSettings.ProviderSetting} is \"{settings.Provider?.Trim()}\", which InterviewBot does not support. " +
                    $"Supported: {string.Join(", ", PersistenceProviders.Supported)}.");
        }

        services.AddScoped<IWorkspaces, WorkspaceStore>();
        services.AddScoped<IPeople, PersonStore>();
        services.AddScoped<IInterviews, InterviewStore>();
        services.AddScoped<IRoleBriefs, RoleBriefStore>();
        services.AddScoped<ISessions, SessionStore>();
        services.AddScoped<IConversationAddresses, ConversationAddressStore>();
        services.AddScoped<ISentCards, SentCardStore>();
        services.AddScoped<IStories, StoryStore>();
        services.AddScoped<INudges, NudgeStore>();
        services.AddScoped<ICalendarFeeds, CalendarFeedStore>();
        services.AddScoped<ICalendarEvents, CalendarEventStore>();
        services.AddScoped<IMailRecords, MailRecordStore>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IPersonalData, PersonalDataStore>();
        services.AddScoped<IRetentionStore, RetentionStore>();
        services.AddScoped<ICandidateData, CandidateDataStore>();
        services.AddScoped<IPendingErasures, PendingErasureStore>();
        services.AddScoped<ErasedInScope>();
        services.AddScoped<IInstallations, InstallationStore>();
        return services;
    }

    /// <summary>
    /// Creates or upgrades the database to the latest migration. On SQLite it also switches the file
    /// to write-ahead logging, so readers do not wait for a writer; the mode is kept in the file.
    /// Several hosts starting at once on one PostgreSQL database are safe: EF Core takes a lock on
    /// the database while it migrates, so one applies the migrations and the others find them applied.
    /// </summary>
    public static async Task MigrateInterviewBotDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InterviewBotDbContext>();
        var logger = scope.ServiceProvider.GetService<ILogger<InterviewBotDbContext>>() ?? NullLogger<InterviewBotDbContext>.Instance;

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        Log.DatabaseReady(logger, db.Database.ProviderName, pending.Count, pending.Count == 0 ? "-" : string.Join(", ", pending));
    }
}
