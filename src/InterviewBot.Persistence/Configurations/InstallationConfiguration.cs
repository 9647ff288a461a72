using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewBot.Persistence.Configurations;

internal sealed class InstallationConfiguration : IEntityTypeConfiguration<Installation>
{
    /// <summary>A sealed token: Data Protection's output (header, key id, IV, ciphertext, MAC) as base64url, with room to spare.</summary>
    private const int SealedToken = 2000;

    private const int Scopes = 2000;

    public void Configure(EntityTypeBuilder<Installation> builder)
    {
        builder.ToTable("Installations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Platform).HasMaxLength(Lengths.Platform).IsRequired();
        builder.Property(i => i.ExternalId).HasMaxLength(Lengths.ExternalId).IsRequired();
        builder.HasIndex(i => new { i.Platform, i.ExternalId }).IsUnique();
        builder.Property(i => i.EnterpriseId).HasMaxLength(Lengths.ExternalId);
        builder.Property(i => i.WorkspaceName).HasMaxLength(Lengths.Name);
        builder.Property(i => i.BotUserId).HasMaxLength(Lengths.PlatformUserId);
        builder.Property(i => i.InstalledBy).HasMaxLength(Lengths.PlatformUserId);
        builder.Property(i => i.Scopes).HasMaxLength(Scopes).IsRequired();
        builder.Property(i => i.SealedBotToken).HasMaxLength(SealedToken).IsRequired();
        builder.Property(i => i.SealedRefreshToken).HasMaxLength(SealedToken);
    }
}
