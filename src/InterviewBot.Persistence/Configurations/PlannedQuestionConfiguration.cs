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
        // The core holds the intent after "->" to the same limit as the question.
        builder.Property(q => q.Intent).HasMaxLength(Lengths.QuestionText);
        builder.HasIndex(q => q.InterviewId);
    }
}
