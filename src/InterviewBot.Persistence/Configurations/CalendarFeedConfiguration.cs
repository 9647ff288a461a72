using InterviewBot.Core.Calendar;
using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewBot.Persistence.Configurations;

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    /// <summary>A protected address: Data Protection's output for an address of up to a couple of thousand characters.</summary>
    public const int ProtectedAddress = 8000;

    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.ToTable("CalendarFeeds");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.ProtectedAddress).HasMaxLength(ProtectedAddress).IsRequired();
        builder.Property(f => f.ETag).HasMaxLength(500);
        builder.Property(f => f.LastProblem).HasMaxLength(500);
        builder.HasIndex(f => f.PersonId).IsUnique();
        // A feed is its owner's: it goes with them (forget me), and with the workspace.
        builder.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(f => f.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
