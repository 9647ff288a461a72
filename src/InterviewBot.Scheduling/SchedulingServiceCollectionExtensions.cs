using InterviewBot.Core.Calendar;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Quartz;

namespace InterviewBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>The name the scheduler's rows carry in the QRTZ_ tables (their SCHED_NAME).</summary>
    public const string SchedulerName = "InterviewBot";

    /// <summary>Quartz on the SQLite file at <paramref name="sqliteConnectionString"/> (already resolved to an absolute path).</summary>
    public static IServiceCollection AddNudgeScheduling(this IServiceCollection services, string sqliteConnectionString) =>
        services.AddNudgeScheduling(SchedulerDatabase.Sqlite(sqliteConnectionString));

    /// <summary>
    /// Quartz.NET as the <see cref="INudgeScheduler"/>: triggers stored in the application's database
    /// (<paramref name="database"/>: the same SQLite file or PostgreSQL database as EF), the hosted
    /// service that runs the scheduler, and <see cref="NudgeRecovery"/>. On PostgreSQL the scheduler
    /// is a cluster node: every host on the database fires each timer once between them, and when a
    /// host dies the others take over its timers (see <see cref="SchedulerDatabase.ClusterCheckinInterval"/>).
    /// The core's <see cref="INudgeDelivery"/> must be registered too; it is what a due nudge is handed to.
    /// Also the daily retention run (<see cref="RetentionJob"/>, which uses the core's
    /// <see cref="RetentionSweep"/>), with its window read from <c>Privacy:RetentionDays</c> in the
    /// application's configuration and checked at startup. Quartz tells time by the application's
    /// <see cref="TimeProvider"/>, taken from the container (in local mode, the clock the developer moves).
    /// </summary>
    public static IServiceCollection AddNudgeScheduling(this IServiceCollection services, SchedulerDatabase database)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(database);
        ArgumentException.ThrowIfNullOrWhiteSpace(database.ConnectionString);

        // A cluster tells its nodes apart by instance id. Quartz's generated one is the host name and the
        // time; two hosts on one machine started in the same instant must still differ, so this one has
        // the process id and a random part too.
        var instanceId = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = SchedulerName;
                if (database.IsClustered) scheduler.InstanceId = instanceId;
                // On SQLite Quartz reads the timers it acquires back by key, the keys joined with OR.
                // SQLite looks up two keys by the primary key; with more it walks every timer, under
                // Quartz's lock. Planner statistics would fix the plan but mislead others (sampled, they
                // take the one scheduler and one group for selective columns: moving a timer then walks
                // an index), so batches stay at two (bench/README.md, Measured design choices).
                if (!database.IsClustered) scheduler.MaxBatchSize = 2;
            });
            // Sends are I/O-bound (a Teams or Slack call each), so a few run side by side.
            q.UseDefaultThreadPool(10);
            q.UsePersistentStore(store =>
            {
                if (database.IsClustered)
                {
                    // The QRTZ_ tables sit beside EF's in the same PostgreSQL database. Row locks in the
                    // database make each trigger fire on exactly one node; a node that stops checking in
                    // is recovered by the others (its waiting timers, and the nudges it was delivering,
                    // which ask for recovery: see QuartzNudgeScheduler).
                    store.UsePostgres(NpgsqlFactory.Instance, database.ConnectionString);
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = SchedulerDatabase.ClusterCheckinInterval;
                        cluster.CheckinMisfireThreshold = SchedulerDatabase.ClusterCheckinMisfireThreshold;
                    });
                }
                else
                {
                    // The EF database file: its WAL mode lets readers and the one writer proceed together,
                    // and both EF and Quartz begin write transactions IMMEDIATE, so a writer waits for the
                    // other (SQLite's busy_timeout: see PatientSqliteFactory) rather than failing;
                    // Quartz also retries SQLite's busy and locked errors as transient.
                    store.UseSqlite(PatientSqliteFactory.Instance, database.ConnectionString);
                }
                // Creates the missing QRTZ_ tables at start (on PostgreSQL too; several nodes starting
                // at once are fine: the one that loses the race finds the tables there).
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(options =>
                {
                    // A nudge that is late (the host was down, or the local clock jumped) still fires
                    // as soon as it can: the delivery decides whether it is still useful. Within this
                    // threshold a late trigger fires on the scheduler's next look like any other...
                    options.MisfireThreshold = TimeSpan.FromDays(366);
                    // ...and beyond it the misfire handler fires it (FireNow). The handler runs every
                    // MisfireThreshold unless told otherwise, which here would be once a year.
                    options.MisfireHandlerFrequency = TimeSpan.FromMinutes(1);
                });
            });

            // Retention: one durable job and one daily trigger under fixed keys, written again at each
            // start. A run missed while the host was down fires once when it is back.
            q.AddJob<RetentionJob>(job => job.WithIdentity(RetentionJob.Key).StoreDurably().WithDescription("Removes notes and drafts older than the retention window"));
            q.AddTrigger(trigger => trigger
                .ForJob(RetentionJob.Key)
                .WithIdentity(RetentionJob.Trigger)
                .WithCronSchedule(RetentionJob.Daily, cron => cron.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);

        services.AddSingleton(database);
        services.AddSingleton<QuartzNudgeScheduler>();
        services.AddSingleton<INudgeScheduler>(sp => sp.GetRequiredService<QuartzNudgeScheduler>());
        services.AddSingleton<INudgeTimers, PendingTimers>();
        services.AddTransient<DeliverNudgeJob>();
        services.AddTransient<RetentionJob>();
        // Calendar feeds: one repeating poll per feed (the interval comes from the host, Calendar:PollMinutes).
        services.AddTransient<PollCalendarJob>();
        services.AddSingleton<ICalendarPolls>(sp => new QuartzCalendarPolls(sp.GetRequiredService<ISchedulerFactory>(),
            sp.GetService<CalendarPolling>() ?? CalendarPolling.Default));
        // The configured window. It wins over the core's default in either order: the core adds its
        // default only when none is registered, and the last registration is the one resolved.
        services.AddSingleton(sp => RetentionSettings.Parse(sp.GetService<IConfiguration>()?[RetentionSettings.Setting]));
        services.AddSingleton(sp => UninstalledWorkspaceSettings.Parse(sp.GetService<IConfiguration>()?[UninstalledWorkspaceSettings.Setting]));
        services.AddHostedService<RetentionSettingsCheck>();
        // Registered after the Quartz hosted service, so it starts after it.
        services.AddSingleton(sp => new NudgeRecovery(
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<QuartzNudgeScheduler>(), sp.GetRequiredService<ILogger<NudgeRecovery>>(),
            startAnywhere: database.IsClustered));
        services.AddHostedService(sp => sp.GetRequiredService<NudgeRecovery>());
        // E-mail: the same durable timers, one per queued mail, and their start-up pass.
        services.AddSingleton<IMailScheduler, QuartzMailScheduler>();
        services.AddTransient<SendMailJob>();
        services.AddHostedService<MailRecovery>();
        // Calendar feeds saved without their poll timer (a failure after the save) get it at start-up.
        services.AddHostedService<CalendarPollRecovery>();
        return services;
    }
}
