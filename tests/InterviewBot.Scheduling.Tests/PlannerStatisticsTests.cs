using InterviewBot.Scheduling.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Scheduling.Tests;

/// <summary>
/// With many nudges waiting, firing a batch of timers must not walk all of them: after a start the
/// planner knows the timers' key is selective, so Quartz's read of the timers it fires (their keys
/// joined with OR) looks each one up instead of scanning the table.
/// </summary>
public sealed class PlannerStatisticsTests : IDisposable
{
    private readonly string _folder = SchedulingHost.NewFolder();

    public void Dispose() => SchedulingHost.DeleteFolder(_folder);

    [Fact]
    public async Task After_a_restart_the_timers_quartz_fires_together_are_looked_up_by_key_not_scanned()
    {
        var nudges = Enumerable.Range(0, 300).Select(_ => Guid.NewGuid()).ToList();
        await using (var before = await SchedulingHost.CreateAsync(_folder))
        {
            await before.StartAsync();
            await before.Services.GetRequiredService<QuartzNudgeScheduler>().EnsureScheduledAsync(nudges.Select((id, i) => (id, before.NowUtc.AddDays(1).AddMinutes(i))).ToList());
        }

        await using var after = await SchedulingHost.CreateAsync(_folder);
        await after.StartAsync();
        await after.Services.GetRequiredService<PlannerStatistics>().FirstRefresh.WaitAsync(TimeSpan.FromSeconds(30));

        var plan = await PlanOfFiringReadAsync(SchedulingHost.ConnectionStringFor(_folder), nudges.Take(8).ToList());

        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN t", StringComparison.Ordinal) || step.Contains("USING INDEX IDX_QRTZ_T_NFT_ST", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("MULTI-INDEX OR", StringComparison.Ordinal));
    }

    /// <summary>SQLite's plan for the statement Quartz runs to read back the triggers it is firing, one OR term per key.</summary>
    private static async Task<List<string>> PlanOfFiringReadAsync(string connectionString, List<Guid> nudges)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var keys = string.Join(" OR ", nudges.Select((_, i) => $"(t.TRIGGER_NAME = @name{i} AND t.TRIGGER_GROUP = @group{i})"));
        command.CommandText = "EXPLAIN QUERY PLAN SELECT JOB_NAME, NEXT_FIRE_TIME, REPEAT_COUNT, t.TRIGGER_NAME FROM QRTZ_TRIGGERS t " +
            "LEFT JOIN QRTZ_SIMPLE_TRIGGERS st ON (st.SCHED_NAME = t.SCHED_NAME AND st.TRIGGER_GROUP = t.TRIGGER_GROUP AND st.TRIGGER_NAME = t.TRIGGER_NAME) " +
            "LEFT JOIN QRTZ_CRON_TRIGGERS ct ON (ct.SCHED_NAME = t.SCHED_NAME AND ct.TRIGGER_GROUP = t.TRIGGER_GROUP AND ct.TRIGGER_NAME = t.TRIGGER_NAME) " +
            $"WHERE t.SCHED_NAME = @scheduler AND ({keys})";
        command.Parameters.AddWithValue("@scheduler", SchedulingServiceCollectionExtensions.SchedulerName);
        for (var i = 0; i < nudges.Count; i++)
        {
            var key = NudgeKeys.Trigger(nudges[i]);
            command.Parameters.AddWithValue($"@name{i}", key.Name);
            command.Parameters.AddWithValue($"@group{i}", key.Group);
        }
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        return plan;
    }
}
