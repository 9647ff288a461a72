using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InterviewBot.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add … --context PostgresInterviewBotDbContext</c> build the context
/// without a host. Adding a migration never opens the connection; <c>dotnet ef database update</c>
/// does, to the server named by <see cref="ConnectionStringVariable"/> (a local default otherwise).
/// </summary>
public sealed class PostgresInterviewBotDbContextFactory : IDesignTimeDbContextFactory<PostgresInterviewBotDbContext>
{
    /// <summary>The environment variable the design-time tools read the connection string from.</summary>
    public const string ConnectionStringVariable = "INTERVIEWBOT_POSTGRES";

    public const string DefaultConnectionString = "Host=localhost;Database=interviewbot;Username=interviewbot";

    public PostgresInterviewBotDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        return new(new DbContextOptionsBuilder<PostgresInterviewBotDbContext>()
            .UseNpgsql(string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString)
            .Options);
    }
}
