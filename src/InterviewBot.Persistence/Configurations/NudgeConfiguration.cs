using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewBot.Persistence.Configurations;

internal sealed class NudgeConfiguration : IEntityTypeConfiguration<Nudge>
{
    public void Configure(EntityTypeBuilder<Nudge> builder)
    {
        builder.ToTable("Nudges");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasMaxLength(Lengths.Enum);
        builder.Property(n => n.Recipient).HasMaxLength(Lengths.Enum);
        builder.Property(n => n.State).HasMaxLength(Lengths.Enum);
        builder.Property(n => n.Key).HasMaxLength(Lengths.NudgeKey).IsRequired();
        builder.Property(n => n.ConversationId).HasMaxLength(Lengths.ConversationId);
        builder.Property(n => n.MessageId).HasMaxLength(Lengths.MessageId);
        builder.Property(n => n.LastError).HasMaxLength(Lengths.NudgeError);
        builder.Property(n => n.SnoozeReason).HasMaxLength(Lengths.SnoozeReason);
        // The key is what makes planning idempotent: the same thing is never stored twice.
        builder.HasIndex(n => new { n.WorkspaceId, n.Key }).IsUnique();
        builder.HasIndex(n => n.InterviewId);
        builder.HasIndex(n => new { n.State, n.Id });
        builder.HasOne<Workspace>().WithMany().HasForeignKey(n => n.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Interview>().WithMany().HasForeignKey(n => n.InterviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
