using InterviewBot.Core.Calendar;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Nudges;
using InterviewBot.Core.Ports;
using InterviewBot.DevTools.Clock;
using InterviewBot.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace InterviewBot.Scheduling.Tests.Support;

/// <summary>
/// A host wired as the real one wires scheduling: EF persistence and Quartz on one SQLite file in
/// <see cref="Folder"/>, the local clock as the application's clock (as local mode has it), and a
/// <see cref="RecordingDelivery"/> as the core's delivery.
/// Several hosts may use the same folder one after another, as restarts of the process do.
/// </summary>
public sealed class SchedulingHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly bool _ownsFolder;
    private bool _started;

    private SchedulingHost(IHost host, TempFolder folder, bool ownsFolder, RecordingDelivery delivery)
    {
        _host = host;
        Folder = folder;
        _ownsFolder = ownsFolder;
        Delivery = delivery;
    }

    public TempFolder Folder { get; }
    public RecordingDelivery Delivery { get; }
    public IServiceProvider Services => _host.Services;
    public LocalClock Clock => Services.GetRequiredService<LocalClock>();
    public INudgeScheduler Scheduler => Services.GetRequiredService<INudgeScheduler>();
    public NudgeRecovery Recovery => Services.GetRequiredService<NudgeRecovery>();
    public DateTime NowUtc => Clock.GetUtcNow().UtcDateTime;

    /// <summary>A host on the database in <paramref name="folder"/>, migrated but not started.</summary>
    public static Task<SchedulingHost> CreateAsync(TempFolder folder, Action<IServiceCollection>? configure = null) =>
        CreateAsync(folder, ownsFolder: false, configure);

    private static async Task<SchedulingHost> CreateAsync(TempFolder folder, bool ownsFolder, Action<IServiceCollection>? configure)
    {
        var connectionString = folder.ConnectionString;
        var delivery = new RecordingDelivery();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddInterviewBotPersistence(connectionString);
        var clock = new LocalClock();
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddNudgeScheduling(connectionString);
        builder.Services.AddSingleton<INudgeDelivery>(delivery);
        configure?.Invoke(builder.Services);

        var host = builder.Build();
        await host.Services.MigrateInterviewBotDatabaseAsync();
        delivery.Clock = host.Services.GetRequiredService<TimeProvider>();
        return new SchedulingHost(host, folder, ownsFolder, delivery);
    }

    /// <summary>
    /// A started host on a new database of its own (in a folder removed with the host), once its startup
    /// recovery pass is over (so rows a test adds afterwards are not picked up by that pass as well).
    /// </summary>
    public static async Task<SchedulingHost> StartNewAsync()
    {
        var host = await CreateAsync(new TempFolder(), ownsFolder: true, configure: null);
        await host.StartAsync();
        await host.Recovery.Completion;
        return host;
    }

    public async Task StartAsync()
    {
        await _host.StartAsync();
        _started = true;
    }

    /// <summary>Moves the local clock and wakes the scheduler, as <c>POST /dev/clock/advance</c> does.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await Scheduler.WakeAsync();
    }

    /// <summary>A waiting nudge stored in the database (in a workspace of its own), without scheduling it.</summary>
    public async Task<Guid> AddWaitingNudgeAsync(DateTime dueUtc) => (await AddWaitingNudgesAsync([dueUtc]))[0];

    public async Task<IReadOnlyList<Guid>> AddWaitingNudgesAsync(IReadOnlyList<DateTime> dueTimes)
    {
        await using var scope = Services.CreateAsyncScope();
        var workspace = new Workspace(Platforms.Slack, "T-" + Guid.NewGuid().ToString("N"), NowUtc);
        scope.ServiceProvider.GetRequiredService<IWorkspaces>().Add(workspace);
        var nudges = scope.ServiceProvider.GetRequiredService<INudges>();
        var ids = new List<Guid>();
        for (var i = 0; i < dueTimes.Count; i++)
        {
            var nudge = new Nudge(workspace.Id, null, null, NudgeKind.TeamDigest, NudgeRecipient.TeamChannel, $"digest:{i}", 1, dueTimes[i], NowUtc);
            nudges.Add(nudge);
            ids.Add(nudge.Id);
        }

        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return ids;
    }

    /// <summary>A queued mail stored in the database (in a workspace of its own), without a timer: as a crash after its commit leaves it.</summary>
    public async Task<Guid> AddQueuedMailAsync(DateTime dueUtc)
    {
        await using var scope = Services.CreateAsyncScope();
        var workspace = new Workspace(Platforms.Slack, "T-" + Guid.NewGuid().ToString("N"), NowUtc);
        scope.ServiceProvider.GetRequiredService<IWorkspaces>().Add(workspace);
        var mail = new MailRecord(workspace.Id, null, null, MailKind.Message, "jordan@example.test", "Jordan Lee", null, "Your phone screen", "Hi Jordan", null, dueUtc);
        scope.ServiceProvider.GetRequiredService<IMailRecords>().Add(mail);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return mail.Id;
    }

    /// <summary>When the mail's timer fires, or null when it has none.</summary>
    public async Task<DateTimeOffset?> MailTimerOfAsync(Guid mailId)
    {
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return (await scheduler.GetTrigger(new TriggerKey(mailId.ToString("N"), "mails")))?.NextFireTimeUtc;
    }

    /// <summary>A calendar feed saved for a person of a workspace of its own, without a poll timer: as a failure after its save leaves it.</summary>
    public async Task<Guid> AddCalendarFeedAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var workspace = new Workspace(Platforms.Slack, "T-" + Guid.NewGuid().ToString("N"), NowUtc);
        scope.ServiceProvider.GetRequiredService<IWorkspaces>().Add(workspace);
        var person = new Person(workspace.Id, "U-RITA", "Rita Recruiter", NowUtc);
        scope.ServiceProvider.GetRequiredService<IPeople>().Add(person);
        var feed = new CalendarFeed(workspace.Id, person.Id, "sealed address", NowUtc);
        scope.ServiceProvider.GetRequiredService<ICalendarFeeds>().Add(feed);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return feed.Id;
    }

    /// <summary>The feed's poll timer, or null when it has none.</summary>
    public async Task<ITrigger?> CalendarTimerOfAsync(Guid feedId)
    {
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return await scheduler.GetTrigger(new TriggerKey($"feed-{feedId:N}", "calendar"));
    }

    /// <summary>Moves a stored nudge to a new due time in the database only (as a crash before the scheduler call would leave it).</summary>
    public async Task MoveInDatabaseAsync(Guid nudgeId, DateTime dueUtc)
    {
        await using var scope = Services.CreateAsyncScope();
        var nudge = await scope.ServiceProvider.GetRequiredService<INudges>().FindAsync(nudgeId) ?? throw new InvalidOperationException("No such nudge.");
        nudge.MoveTo(dueUtc, NowUtc);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    }

    /// <summary>Records in the database that the nudge was dealt with, as the real delivery does after sending.</summary>
    public async Task MarkHandledAsync(Guid nudgeId, CancellationToken cancellationToken = default)
    {
        await using var scope = Services.CreateAsyncScope();
        var nudge = await scope.ServiceProvider.GetRequiredService<INudges>().FindAsync(nudgeId, cancellationToken);
        if (nudge is null) return;
        nudge.MarkSent("C-TEAM", "M-" + nudgeId.ToString("N"), NowUtc);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether the nudge is still waiting in the database.</summary>
    public async Task<bool> IsWaitingAsync(Guid nudgeId)
    {
        await using var scope = Services.CreateAsyncScope();
        var nudge = await scope.ServiceProvider.GetRequiredService<INudges>().FindAsync(nudgeId);
        return nudge?.IsWaiting ?? false;
    }

    /// <summary>When the nudge's timer fires next, or null when it has none.</summary>
    public async Task<DateTimeOffset?> TimerOfAsync(Guid nudgeId)
    {
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(new TriggerKey(nudgeId.ToString("N"), "nudges"));
        return trigger?.NextFireTimeUtc;
    }

    /// <summary>Whether the nudge still has a timer or a firing in progress (its job is gone once its one firing has finished).</summary>
    public async Task<bool> HasTimerAsync(Guid nudgeId)
    {
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return await scheduler.Exists(new JobKey(nudgeId.ToString("N"), "nudges"));
    }

    /// <summary>Polls until the nudge has been handed over and its timer is finished with.</summary>
    public async Task WaitUntilDeliveredAsync(Guid nudgeId, int times = 1)
    {
        await Eventually.TrueAsync(() => Delivery.CountFor(nudgeId) >= times, $"nudge {nudgeId} delivered {times} time(s)");
        await Eventually.TrueAsync(async () => !await HasTimerAsync(nudgeId), $"the timer of nudge {nudgeId} finished");
    }

    /// <summary>
    /// Lets the scheduler take one look at what is due now: a nudge due now is scheduled and waited
    /// for. Anything that was due at this time would have fired in the same look or before it.
    /// </summary>
    public async Task LetTheSchedulerLookAsync()
    {
        var sentinel = Guid.NewGuid();
        await Scheduler.ScheduleAsync(sentinel, NowUtc);
        await WaitUntilDeliveredAsync(sentinel);
    }

    public async ValueTask DisposeAsync()
    {
        if (_started) await _host.StopAsync();
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        if (_ownsFolder) Folder.Dispose();
    }
}
