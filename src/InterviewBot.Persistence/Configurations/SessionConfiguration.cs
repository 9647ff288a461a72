using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewBot.Persistence.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("Sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.PhaseId).HasMaxLength(Lengths.PlaybookId).IsRequired();
        builder.Property(s => s.AwaitingStepId).HasMaxLength(Lengths.PlaybookId);
        builder.Property(s => s.PartialAnswers).HasMaxLength(Lengths.PartialAnswers);
        builder.HasIndex(s => new { s.PersonId, s.InterviewId }).IsUnique();
        // A session is only a bookmark into an interview; it goes when the interview or person goes.
        builder.HasOne<Interview>().WithMany().HasForeignKey(s => s.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
