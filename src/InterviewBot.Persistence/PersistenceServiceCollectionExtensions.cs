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
            throw new InvalidOperationException($"{DatabaseSettings.ConnectionStringSetting} is empty. Set it to a connection string, e.g. \"{DatabaseSettings.DefaultSqliteConnectionString}\".");

        var provider = string.IsNullOrWhiteSpace(settings.Provider) ? PersistenceProviders.Sqlite : settings.Provider.Trim();
        if (string.Equals(provider, PersistenceProviders.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContext<InterviewBotDbContext, SqliteInterviewBotDbContext>(options => options.UseSqlite(settings.ConnectionString));
        }
        else
        {
            throw new InvalidOperationException(
                $"{DatabaseSettings.ProviderSetting} is \"{provider}\", which InterviewBot does not support. " +
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
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IPersonalData, PersonalDataStore>();
        services.AddScoped<IRetentionStore, RetentionStore>();
        services.AddScoped<ErasedInScope>();
        return services;
    }

    /// <summary>
    /// Creates or upgrades the database to the latest migration. On SQLite it also switches the file
    /// to write-ahead logging, so readers do not wait for a writer; the mode is kept in the file.
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
