using Npgsql;

namespace InterviewBot.Cluster.Tests.Support;

/// <summary>Reads the cluster's Quartz tables (qrtz_*, beside the bot's own in the same database).</summary>
public static class QuartzTables
{
    /// <summary>
    /// The nudges a node had taken on and not finished: its rows in qrtz_fired_triggers, ACQUIRED (taken
    /// for firing) or EXECUTING (being delivered). A nudge's trigger is named by its id.
    /// </summary>
    public static async Task<IReadOnlyList<(Guid NudgeId, string State)>> HeldByAsync(string connectionString, string instanceIdPattern)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT trigger_name, state FROM qrtz_fired_triggers WHERE trigger_group = 'nudges' AND instance_name LIKE @node", connection);
        command.Parameters.AddWithValue("node", instanceIdPattern);
        var held = new List<(Guid, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (Guid.TryParseExact(reader.GetString(0), "N", out var nudgeId)) held.Add((nudgeId, reader.GetString(1)));
        }
        return held;
    }
}
