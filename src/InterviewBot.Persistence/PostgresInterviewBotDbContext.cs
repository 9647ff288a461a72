using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence;

/// <summary>The model on PostgreSQL; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresInterviewBotDbContext(DbContextOptions<PostgresInterviewBotDbContext> options)
    : InterviewBotDbContext(options);
