using InterviewBot.Core.Nudges;
using InterviewBot.Core.Privacy;
using InterviewBot.Host.Api;
using InterviewBot.Persistence;
using InterviewBot.Scheduling;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

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
    /// content root so the file does not move with the working directory. An unknown provider, or a
    /// PostgreSQL connection string that names no server, stops startup naming the setting.
    /// </summary>
    public static IServiceCollection AddInterviewBotStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var (provider, connectionString) = Database(configuration, environment);
        services.AddInterviewBotPersistence(new DatabaseSettings { Provider = provider, ConnectionString = connectionString });
        return services;
    }

    /// <summary>
    /// Nudge timers (Quartz) in the database EF uses: the SQLite file, or PostgreSQL, where every host on
    /// the database is a node of one Quartz cluster.
    /// </summary>
    public static IServiceCollection AddInterviewBotScheduling(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var (provider, connectionString) = Database(configuration, environment);
        var database = provider == PersistenceProviders.Postgres ? SchedulerDatabase.Postgres(connectionString) : SchedulerDatabase.Sqlite(connectionString);
        return services.AddNudgeScheduling(database);
    }

    /// <summary>
    /// The configured provider (as configured when it is unknown, so persistence can refuse it by name)
    /// and its connection string, a SQLite one resolved under the content root.
    /// </summary>
    private static (string Provider, string ConnectionString) Database(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[DatabaseSettings.ProviderSetting];
        var provider = PersistenceProviders.Resolve(configured);
        var connectionString = configuration.GetConnectionString(DatabaseSettings.ConnectionStringName);
        if (provider != PersistenceProviders.Sqlite) return (provider ?? configured ?? "", connectionString ?? "");
        if (string.IsNullOrWhiteSpace(connectionString)) connectionString = DatabaseSettings.DefaultSqliteConnectionString;
        return (provider, DatabaseSettings.ResolveSqliteConnectionString(connectionString, environment.ContentRootPath));
    }

    /// <summary>
    /// The platform user ids in <c>Privacy:Admins</c> (a list, <c>Privacy:Admins:0=29:…</c>, or one value
    /// separated by commas): the people who may export or erase a candidate's data. None configured means nobody.
    /// </summary>
    public static IServiceCollection AddPrivacyAdmins(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(PrivacyAdmins.Setting);
        services.AddSingleton(new PrivacyAdmins([section.Value, .. section.GetChildren().Select(child => child.Value)]));
        return services;
    }

    /// <summary>
    /// The zone of people the bot knows none of, in every workspace that has not chosen its own, from
    /// <c>Nudges:DefaultTimeZone</c> (UTC when not set). A zone that does not exist stops startup naming the setting.
    /// </summary>
    public static IServiceCollection AddDefaultTimeZone(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(WorkingTimes.Parse(configuration[WorkingTimes.Setting]));
        return services;
    }

    /// <summary>The interviews API's keys (<c>Api:Keys</c>); none configured means the API is off.</summary>
    public static IServiceCollection AddInterviewsApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ApiKeys.From(configuration));
        services.AddProblemDetails();
        return services;
    }

    /// <summary>The tag of checks that only readiness (<c>/readyz</c>) asks: this host can serve, not merely live.</summary>
    public const string ReadyOnly = "ready";

    public static IServiceCollection AddInterviewBotHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .Add(ProblemHealthCheck.Named("database", DatabaseReadiness.ProblemAsync))
            .Add(ProblemHealthCheck.Named("scheduler", SchedulerReadiness.ProblemAsync, ReadyOnly));
        return services;
    }

    /// <summary>
    /// <c>/healthz</c>: the process lives and its database is ready (what a restart policy asks). <c>/readyz</c>:
    /// that, and the nudge scheduler runs (what a load balancer or an orchestrator's readiness probe asks).
    /// </summary>
    public static WebApplication MapInterviewBotHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = check => !check.Tags.Contains(ReadyOnly) });
        app.MapHealthChecks("/readyz");
        return app;
    }

    public static Task PrepareDatabaseAsync(this IServiceProvider services) => services.MigrateInterviewBotDatabaseAsync();
}
