using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewBot.Persistence.Configurations;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.ToTable("Stories");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Situation).HasMaxLength(Lengths.StoryPart).IsRequired();
        builder.Property(s => s.Action).HasMaxLength(Lengths.StoryPart).IsRequired();
        builder.Property(s => s.Result).HasMaxLength(Lengths.StoryPart).IsRequired();
        builder.HasIndex(s => new { s.WorkspaceId, s.PersonId });
        builder.HasIndex(s => new { s.PersonId, s.InterviewId });
        // The brag list belongs to the person; the interview it was written for may go first.
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Interview>().WithMany().HasForeignKey(s => s.InterviewId).OnDelete(DeleteBehavior.SetNull);
    }
}
