using InterviewBot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Testing;

/// <summary>A context of the app's own model on a database, made by hand: it has seen nothing yet, as after a restart.</summary>
public static class DatabaseContext
{
    public static InterviewBotDbContext For(DatabaseSettings database) => database.Provider == PersistenceProviders.Postgres
        ? new PostgresInterviewBotDbContext(new DbContextOptionsBuilder<PostgresInterviewBotDbContext>().UseNpgsql(database.ConnectionString).Options)
        : new SqliteInterviewBotDbContext(new DbContextOptionsBuilder<SqliteInterviewBotDbContext>().UseSqlite(database.ConnectionString).Options);
}
