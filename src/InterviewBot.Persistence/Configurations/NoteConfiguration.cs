using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewBot.Persistence.Configurations;

internal sealed class NoteConfiguration : IEntityTypeConfiguration<Note>
{
    public void Configure(EntityTypeBuilder<Note> builder)
    {
        builder.ToTable("Notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.StepId).HasMaxLength(Lengths.PlaybookId).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(Lengths.NoteText).IsRequired();
        builder.HasIndex(n => n.InterviewId);
    }
}
