using InterviewBot.Core.Ports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace InterviewBot.Scheduling;

/// <summary>
/// <see cref="IMailScheduler"/> on Quartz, as nudges have theirs: one job and one one-shot trigger per mail, keyed by
/// the mail id in the <c>mails</c> group, stored in the database. <see cref="SendMailJob"/> hands the id to the
/// core's <see cref="IMailDelivery"/>.
/// </summary>
internal sealed class QuartzMailScheduler(ISchedulerFactory schedulers, SchedulerDatabase database) : IMailScheduler
{
    public const string Group = "mails";
    public const string MailIdKey = "mailId";

    public async Task ScheduleAsync(Guid mailId, DateTime dueUtc, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var name = mailId.ToString("N");
        var job = JobBuilder.Create<SendMailJob>().WithIdentity(name, Group).UsingJobData(MailIdKey, mailId.ToString("D"))
            .RequestRecovery(database.IsClustered).Build();
        var now = scheduler.TimeProvider.GetUtcNow();
        var due = new DateTimeOffset(DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc));
        var trigger = TriggerBuilder.Create(scheduler.TimeProvider).WithIdentity(name, Group).ForJob(job.Key)
            .StartAt(due > now ? due : now)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }
}

/// <summary>Fires when a mail is due and hands its id to <see cref="IMailDelivery"/>; never throws into Quartz.</summary>
[DisallowConcurrentExecution]
internal sealed class SendMailJob(IServiceScopeFactory scopes, IMailScheduler scheduler, TimeProvider time, ILogger<SendMailJob> logger) : IJob
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(5);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var value = context.MergedJobDataMap.GetString(QuartzMailScheduler.MailIdKey);
        if (!Guid.TryParse(value, out var mailId))
        {
            Log.InvalidMailId(logger, context.JobDetail.Key.ToString(), value);
            return;
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMailDelivery>().DeliverAsync(mailId, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown: the mail stays queued and start-up gives it a timer again.
        }
#pragma warning disable CA1031 // A job must not throw into Quartz; the mail stays queued in the database and is not lost.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.MailFailed(logger, exception, mailId);
            await scheduler.ScheduleAsync(mailId, time.GetUtcNow().UtcDateTime + RetryAfterFailure, CancellationToken.None);
        }
    }
}

/// <summary>
/// At start-up, a timer for every queued mail: a mail is committed before its timer is stored, so a crash
/// between the two would otherwise leave it waiting for ever. Runs after the Quartz hosted service. Reads only
/// each mail's id and due time. A failure (the database away) is logged and the host starts anyway: the
/// mails stay queued, and the next start gives them their timers.
/// </summary>
internal sealed class MailRecovery(IServiceScopeFactory scopes, IMailScheduler scheduler, ILogger<MailRecovery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var given = 0;
        try
        {
            IReadOnlyList<QueuedMail> queued;
            await using (var scope = scopes.CreateAsyncScope())
            {
                queued = await scope.ServiceProvider.GetRequiredService<IMailRecords>().ListQueuedAsync(stoppingToken);
            }
            foreach (var mail in queued)
            {
                await scheduler.ScheduleAsync(mail.Id, mail.NextAttemptUtc, stoppingToken);
                given++;
            }
            Log.MailRecovered(logger, given);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown during start-up: the mails stay queued for the next start.
        }
#pragma warning disable CA1031 // Logged; a failed pass must not stop the host (the mails stay queued in the database).
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.MailRecoveryFailed(logger, exception, given);
        }
    }
}
