using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewBot.Persistence.Configurations;

internal sealed class PlannedQuestionConfiguration : IEntityTypeConfiguration<PlannedQuestion>
{
    public void Configure(EntityTypeBuilder<PlannedQuestion> builder)
    {
        builder.ToTable("PlannedQuestions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.Text).HasMaxLength(Lengths.QuestionText).IsRequired();
        // The core limits the question, not the intent after "->", so the intent is left unbounded.
        builder.Property(q => q.Intent);
        builder.HasIndex(q => q.InterviewId);
    }
}
