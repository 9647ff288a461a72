using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InterviewBot.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add … --context SqliteInterviewBotDbContext</c> build the context
/// without a host. Adding a migration never opens the connection.
/// </summary>
public sealed class SqliteInterviewBotDbContextFactory : IDesignTimeDbContextFactory<SqliteInterviewBotDbContext>
{
    public SqliteInterviewBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteInterviewBotDbContext>()
            .UseSqlite(DatabaseSettings.DefaultSqliteConnectionString)
            .Options);
}
