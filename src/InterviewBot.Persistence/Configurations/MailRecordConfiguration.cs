using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewBot.Persistence.Configurations;

/// <summary>Every e-mail the bot sent or is sending, with how it went: its own table, gone with its interview.</summary>
internal sealed class MailRecordConfiguration : IEntityTypeConfiguration<MailRecord>
{
    public void Configure(EntityTypeBuilder<MailRecord> builder)
    {
        builder.ToTable("Mails");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasMaxLength(Lengths.Enum);
        builder.Property(m => m.State).HasMaxLength(Lengths.Enum);
        builder.Property(m => m.To).HasMaxLength(Lengths.Email).IsRequired();
        builder.Property(m => m.ToName).HasMaxLength(Lengths.Name).IsRequired();
        builder.Property(m => m.ReplyTo).HasMaxLength(Lengths.Email);
        builder.Property(m => m.Subject).HasMaxLength(MailRecord.MaxSubjectLength).IsRequired();
        builder.Property(m => m.Body).HasMaxLength(MailRecord.MaxBodyLength).IsRequired();
        builder.Property(m => m.Calendar).HasMaxLength(4 * MailRecord.MaxBodyLength);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.HasIndex(m => m.InterviewId);
        builder.HasIndex(m => m.SenderId);
        builder.HasIndex(m => m.State);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(m => m.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Interview>().WithMany().HasForeignKey(m => m.InterviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
