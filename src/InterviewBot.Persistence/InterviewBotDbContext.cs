using InterviewBot.Core.Calendar;
using InterviewBot.Core.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace InterviewBot.Persistence;

/// <summary>
/// The EF Core model of the core's domain. Provider-neutral: each database has a subclass (see
/// <see cref="SqliteInterviewBotDbContext"/>) that owns its migrations, so the same model can be
/// migrated on SQLite and, later, on PostgreSQL. It also holds the Data Protection key ring
/// (<see cref="DataProtectionKeys"/>), so every host on the database reads the same keys.
/// </summary>
public abstract class InterviewBotDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Workspace> Workspaces => Set<Workspace>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Interview> Interviews => Set<Interview>();
    public DbSet<ChecklistEntry> ChecklistEntries => Set<ChecklistEntry>();
    public DbSet<Note> Notes => Set<Note>();
    public DbSet<PlannedQuestion> PlannedQuestions => Set<PlannedQuestion>();
    public DbSet<RoleBrief> RoleBriefs => Set<RoleBrief>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<ConversationAddress> ConversationAddresses => Set<ConversationAddress>();
    public DbSet<SentCard> SentCards => Set<SentCard>();
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<Nudge> Nudges => Set<Nudge>();
    public DbSet<PendingErasure> PendingErasures => Set<PendingErasure>();
    public DbSet<Installation> Installations => Set<Installation>();

    /// <summary>The Data Protection keys, each encrypted with the configured certificate outside Development.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>A new context on the same database and options, for a save that must not wait for this one's unit of work.</summary>
    internal InterviewBotDbContext Sibling() => this.GetService<IDbContextOptions>() switch
    {
        DbContextOptions<SqliteInterviewBotDbContext> sqlite => new SqliteInterviewBotDbContext(sqlite),
        DbContextOptions<PostgresInterviewBotDbContext> postgres => new PostgresInterviewBotDbContext(postgres),
        var other => throw new InvalidOperationException($"No sibling context for options of {other.GetType()}."),
    };
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<CalendarEvent> CalendarEvents => Set<CalendarEvent>();
    public DbSet<MailRecord> Mails => Set<MailRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InterviewBotDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Enums are stored by name: readable in the database and safe if members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
        // Every DateTime in the domain is UTC; databases forget the Kind, so it is put back on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
