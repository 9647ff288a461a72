using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewBot.Persistence.Configurations;

internal sealed class ConversationAddressConfiguration : IEntityTypeConfiguration<ConversationAddress>
{
    public void Configure(EntityTypeBuilder<ConversationAddress> builder)
    {
        builder.ToTable("ConversationAddresses");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Platform).HasMaxLength(Lengths.Platform).IsRequired();
        builder.Property(a => a.ConversationId).HasMaxLength(Lengths.ConversationId).IsRequired();
        // The channel's serialized reference (a Bot Framework ConversationReference is a few KB).
        builder.Property(a => a.Reference).IsRequired();
        builder.HasIndex(a => new { a.WorkspaceId, a.ConversationId }).IsUnique();
        builder.HasIndex(a => a.PersonId);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(a => a.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
