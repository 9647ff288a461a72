using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewBot.Persistence.Configurations;

internal sealed class WorkspaceConfiguration : IEntityTypeConfiguration<Workspace>
{
    public void Configure(EntityTypeBuilder<Workspace> builder)
    {
        builder.ToTable("Workspaces");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Platform).HasMaxLength(Lengths.Platform).IsRequired();
        builder.Property(w => w.ExternalId).HasMaxLength(Lengths.ExternalId).IsRequired();
        builder.Property(w => w.Name).HasMaxLength(Lengths.Name);
        builder.HasIndex(w => new { w.Platform, w.ExternalId }).IsUnique();
        builder.Property(w => w.TeamConversationId).HasMaxLength(Lengths.ConversationId);
        builder.Property(w => w.TeamTimeZoneId).HasMaxLength(Lengths.TimeZoneId);
        builder.Property(w => w.DefaultTimeZoneId).HasMaxLength(Lengths.TimeZoneId);
        builder.Property(w => w.PhoneScreenKeywords).HasMaxLength((Workspace.MaxKeywordLength + 1) * Workspace.MaxKeywords);

        // Days off the team added: few, and needed whenever the workspace's nudges are planned, so they are
        // owned by the workspace and loaded with it.
        builder.OwnsMany(w => w.Holidays, holiday =>
        {
            holiday.ToTable("WorkspaceHolidays");
            holiday.WithOwner().HasForeignKey("WorkspaceId");
            holiday.HasKey("WorkspaceId", nameof(WorkspaceHoliday.Country), nameof(WorkspaceHoliday.Date));
            holiday.Property(h => h.Country).HasMaxLength(Lengths.CountryCode);
            holiday.Property(h => h.Name).HasMaxLength(WorkspaceHoliday.MaxNameLength).IsRequired();
        });
        builder.Navigation(w => w.Holidays).HasField("_holidays").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(w => w.TurnedOffNudges).HasConversion(NudgeKindSetConverter.Instance).HasMaxLength(Lengths.KindSet);
        builder.Property(w => w.DigestCadence).HasMaxLength(Lengths.Enum);
        builder.Property(w => w.DigestDay).HasMaxLength(Lengths.Enum);
    }
}
