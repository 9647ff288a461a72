using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewBot.Persistence.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.PlatformUserId).HasMaxLength(Lengths.PlatformUserId).IsRequired();
        builder.Property(p => p.DirectoryId).HasMaxLength(Lengths.PlatformUserId);
        builder.Property(p => p.DisplayName).HasMaxLength(Lengths.Name).IsRequired();
        builder.Property(p => p.TimeZoneId).HasMaxLength(Lengths.TimeZoneId).IsRequired();
        builder.Property(p => p.TimeZoneSource).HasMaxLength(Lengths.Enum);
        builder.Property(p => p.WorkingDays).HasMaxLength(Lengths.FlagsEnum);
        builder.Property(p => p.HolidayCountry).HasMaxLength(Lengths.CountryCode);
        builder.Property(p => p.TurnedOffNudges).HasConversion(NudgeKindSetConverter.Instance).HasMaxLength(Lengths.KindSet);
        builder.HasIndex(p => new { p.WorkspaceId, p.PlatformUserId }).IsUnique();
        builder.HasOne<Workspace>().WithMany().HasForeignKey(p => p.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
