using InterviewBot.Core.Coaching;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Playbooks;
using InterviewBot.Host.Api;
using InterviewBot.Persistence;
using InterviewBot.Scheduling;
using InterviewBot.Teams;

namespace InterviewBot.Host;

/// <summary>The host's part of the wiring: defaults, the core's services, storage and health.</summary>
internal static class HostSetup
{
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>Listen on the Bot Framework's customary local port unless a URL is configured.</summary>
    public static void UseDefaultUrl(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
    }

    /// <summary>
    /// The database from <c>Database:Provider</c> and <c>ConnectionStrings:InterviewBot</c>, SQLite in
    /// <c>data/interviewbot.db</c> when neither is set. A relative SQLite path is resolved against the
    /// content root so the file does not move with the working directory.
    /// </summary>
    public static IServiceCollection AddInterviewBotStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration[DatabaseSettings.ProviderSetting];
        var connectionString = configuration.GetConnectionString(DatabaseSettings.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString)) connectionString = DatabaseSettings.DefaultSqliteConnectionString;
        var isSqlite = string.IsNullOrWhiteSpace(provider) || provider.Trim().Equals(PersistenceProviders.Sqlite, StringComparison.OrdinalIgnoreCase);
        services.AddInterviewBotPersistence(new DatabaseSettings
        {
            Provider = provider ?? PersistenceProviders.Sqlite,
            ConnectionString = isSqlite ? DatabaseSettings.ResolveSqliteConnectionString(connectionString, environment.ContentRootPath) : connectionString,
        });
        return services;
    }

    /// <summary>Nudge timers (Quartz) in the SQLite file EF uses; the movable local clock when Bot Framework auth is off.</summary>
    public static IServiceCollection AddInterviewBotScheduling(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString(DatabaseSettings.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString)) connectionString = DatabaseSettings.DefaultSqliteConnectionString;
        var localMode = string.IsNullOrWhiteSpace(configuration[BotFrameworkSettings.AppIdKey]);
        return services.AddNudgeScheduling(
            DatabaseSettings.ResolveSqliteConnectionString(connectionString, environment.ContentRootPath), localClock: localMode);
    }

    /// <summary>The interviews API's keys (<c>Api:Keys</c>); none configured means the API is off.</summary>
    public static IServiceCollection AddInterviewsApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ApiKeys.From(configuration));
        services.AddProblemDetails();
        return services;
    }

    public static IServiceCollection AddInterviewBotHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static Task PrepareDatabaseAsync(this IServiceProvider services) => services.MigrateInterviewBotDatabaseAsync();
}
