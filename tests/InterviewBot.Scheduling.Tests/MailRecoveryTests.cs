using InterviewBot.Scheduling.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Scheduling.Tests;

/// <summary>
/// The start-up pass that gives every queued mail its timer: a mail committed just before a crash still goes,
/// and a pass that cannot read the mails is logged and does not keep the bot from starting.
/// </summary>
public sealed class MailRecoveryTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LogCapture _logs = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_queued_mail_that_lost_its_timer_in_a_crash_gets_one_at_its_due_time_at_startup()
    {
        await using var host = await SchedulingHost.CreateAsync(_folder);
        var due = host.NowUtc.AddMinutes(30);
        var mail = await host.AddQueuedMailAsync(due); // committed, but the scheduler was never told

        await host.StartAsync();

        await Eventually.TrueAsync(async () => await host.MailTimerOfAsync(mail) is not null, "the mail has a timer");
        Assert.Equal(due, (await host.MailTimerOfAsync(mail))?.UtcDateTime);
    }

    [Fact]
    public async Task When_the_mails_cannot_be_read_at_startup_the_failure_is_logged_and_the_bot_keeps_running()
    {
        await using var host = await SchedulingHost.CreateAsync(_folder, services => services.AddSingleton<ILoggerProvider>(_logs));
        await using (var broken = new SqliteConnection(_folder.ConnectionString))
        {
            await broken.OpenAsync();
            await using var drop = broken.CreateCommand();
            drop.CommandText = "DROP TABLE \"Mails\"";
            await drop.ExecuteNonQueryAsync();
        }
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

        await host.StartAsync();

        await Eventually.TrueAsync(() => stopping.IsCancellationRequested || _logs.Lines.Any(l => l.Contains("Giving queued mails their timers failed", StringComparison.Ordinal)),
            "the mail pass ended");
        Assert.False(stopping.IsCancellationRequested, string.Join("\n", _logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal))));
        Assert.Contains(_logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("no such table: Mails", StringComparison.Ordinal));
    }
}
