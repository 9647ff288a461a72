using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence;

/// <summary>The model on SQLite; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteInterviewBotDbContext(DbContextOptions<SqliteInterviewBotDbContext> options)
    : InterviewBotDbContext(options);
