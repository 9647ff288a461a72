using InterviewBot.Core.Ports;
using InterviewBot.Core.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Quartz;

namespace InterviewBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>The name the scheduler's rows carry in the QRTZ_ tables (their SCHED_NAME).</summary>
    public const string SchedulerName = "InterviewBot";

    /// <summary>
    /// Quartz.NET as the <see cref="INudgeScheduler"/>: triggers stored in the SQLite database at
    /// <paramref name="sqliteConnectionString"/> (the same file as EF, already resolved to an absolute
    /// path), the hosted service that runs the scheduler, and <see cref="NudgeRecovery"/>. The core's
    /// <see cref="INudgeDelivery"/> must be registered too; it is what a due nudge is handed to.
    /// Also the daily retention run (<see cref="RetentionJob"/>, which uses the core's
    /// <see cref="RetentionSweep"/>), with its window read from <c>Privacy:RetentionDays</c> in the
    /// application's configuration and checked at startup.
    /// </summary>
    /// <param name="localClock">
    /// Local mode only: registers a <see cref="LocalClock"/> as the application's
    /// <see cref="TimeProvider"/>, which Quartz picks up from the container. Call this
    /// <em>after</em> <c>AddInterviewBotCore</c>, which registers <see cref="TimeProvider.System"/>:
    /// the later registration is the one resolved, and a host started in the wrong order stops with
    /// a message saying so.
    /// </param>
    public static IServiceCollection AddNudgeScheduling(this IServiceCollection services, string sqliteConnectionString, bool localClock)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(sqliteConnectionString);

        if (localClock)
        {
            var clock = new LocalClock();
            services.AddSingleton(clock);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
            services.AddHostedService<LocalClockCheck>();
        }

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(scheduler => scheduler.InstanceName = SchedulerName);
            // Sends are I/O-bound (a Teams or Slack call each), so a few run side by side.
            q.UseDefaultThreadPool(10);
            q.UsePersistentStore(store =>
            {
                // The EF database file: its WAL mode lets readers and the one writer proceed together,
                // and both EF and Quartz begin write transactions IMMEDIATE, so a writer waits for the
                // other (Microsoft.Data.Sqlite's busy timeout, 30 s by default) rather than failing;
                // Quartz also retries SQLite's busy and locked errors as transient.
                store.UseSqlite(sqliteConnectionString);
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

        services.AddSingleton<QuartzNudgeScheduler>();
        services.AddSingleton<INudgeScheduler>(sp => sp.GetRequiredService<QuartzNudgeScheduler>());
        services.AddTransient<DeliverNudgeJob>();
        services.AddTransient<RetentionJob>();
        // The configured window. It wins over the core's default in either order: the core adds its
        // default only when none is registered, and the last registration is the one resolved.
        services.AddSingleton(sp => RetentionSettings.Parse(sp.GetService<IConfiguration>()?[RetentionSettings.Setting]));
        services.AddHostedService<RetentionSettingsCheck>();
        // Registered after the Quartz hosted service, so it starts after it.
        services.AddSingleton(sp => new NudgeRecovery(
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<QuartzNudgeScheduler>(), sp.GetRequiredService<ILogger<NudgeRecovery>>()));
        services.AddHostedService(sp => sp.GetRequiredService<NudgeRecovery>());
        return services;
    }
}
