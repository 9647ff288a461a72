using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewBot.Persistence.Configurations;

internal sealed class ChecklistEntryConfiguration : IEntityTypeConfiguration<ChecklistEntry>
{
    public void Configure(EntityTypeBuilder<ChecklistEntry> builder)
    {
        builder.ToTable("ChecklistEntries");
        builder.HasKey(e => e.Id);
        // The domain creates ids; "never generated" makes EF insert an entry it finds newly added
        // to a loaded interview's list instead of taking it for an existing row.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.StepId).HasMaxLength(Lengths.PlaybookId).IsRequired();
        // A step with several fields keeps a JSON object of answers, each up to a note's length.
        builder.Property(e => e.Value);
        builder.HasIndex(e => new { e.InterviewId, e.PersonId, e.StepId }).IsUnique();
    }
}
