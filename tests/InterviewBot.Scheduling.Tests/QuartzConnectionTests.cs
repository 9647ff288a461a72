
namespace InterviewBot.Scheduling.Tests;

/// <summary>
/// Quartz's own connections to the SQLite file. Settings like <c>secure_delete</c> belong to a
/// connection, not to the file, so each connection Quartz opens must set them itself.
/// </summary>
public sealed class QuartzConnectionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_connection_Quartz_opens_overwrites_what_it_deletes_and_waits_for_a_busy_file()
    {
        using var connection = PatientSqliteFactory.Instance.CreateConnection();
        // Its own connection, not one another test left in the pool with settings of its own.
        connection.ConnectionString = _folder.ConnectionString + ";Pooling=False";
        connection.Open();

        Assert.Equal((1L, (long)PatientSqliteFactory.BusyTimeoutMilliseconds), (Pragma(connection, "secure_delete"), Pragma(connection, "busy_timeout")));
    }

    private static long Pragma(System.Data.Common.DbConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
