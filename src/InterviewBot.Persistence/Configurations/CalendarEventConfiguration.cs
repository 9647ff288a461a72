using InterviewBot.Core.Calendar;
using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewBot.Persistence.Configurations;

internal sealed class CalendarEventConfiguration : IEntityTypeConfiguration<CalendarEvent>
{
    /// <summary>A UID (Outlook's run to some 150 characters) and an occurrence's start.</summary>
    public const int EventKey = 600;

    public void Configure(EntityTypeBuilder<CalendarEvent> builder)
    {
        builder.ToTable("CalendarEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.EventKey).HasMaxLength(EventKey).IsRequired();
        builder.Property(e => e.Uid).HasMaxLength(EventKey).IsRequired();
        builder.Property(e => e.Title).HasMaxLength(CalendarEvent.MaxTitleLength).IsRequired();
        builder.Property(e => e.SuggestedCandidate).HasMaxLength(Lengths.Name).IsRequired();
        builder.Property(e => e.TimeZoneId).HasMaxLength(Lengths.TimeZoneId).IsRequired();
        builder.Property(e => e.State).HasMaxLength(Lengths.Enum);
        // One row per occurrence of a feed: asked about once.
        builder.HasIndex(e => new { e.FeedId, e.EventKey }).IsUnique();
        builder.HasIndex(e => e.InterviewId);
        builder.HasOne<CalendarFeed>().WithMany().HasForeignKey(e => e.FeedId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        // The interview outlives its link: deleting the interview drops the link, not the row.
        builder.HasOne<Interview>().WithMany().HasForeignKey(e => e.InterviewId).OnDelete(DeleteBehavior.SetNull);
    }
}
