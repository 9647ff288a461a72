using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewBot.Persistence.Configurations;

internal sealed class SentCardConfiguration : IEntityTypeConfiguration<SentCard>
{
    public void Configure(EntityTypeBuilder<SentCard> builder)
    {
        builder.ToTable("SentCards");
        builder.HasKey(c => c.CardId);
        builder.Property(c => c.CardId).ValueGeneratedNever();
        builder.Property(c => c.ConversationId).HasMaxLength(Lengths.ConversationId).IsRequired();
        builder.Property(c => c.MessageId).HasMaxLength(Lengths.MessageId).IsRequired();
        builder.HasIndex(c => c.WorkspaceId);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(c => c.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
