using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewBot.Persistence.Configurations;

internal sealed class PendingErasureConfiguration : IEntityTypeConfiguration<PendingErasure>
{
    public void Configure(EntityTypeBuilder<PendingErasure> builder)
    {
        builder.ToTable("PendingErasures");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        // The interviews' ids, comma-separated: read and written only as a whole, never queried.
        builder.Property(e => e.InterviewIds)
            .IsRequired()
            .HasConversion(
                ids => string.Join(',', ids),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList(),
                new ValueComparer<IReadOnlyList<Guid>>(
                    (a, b) => a != null && b != null && a.SequenceEqual(b),
                    ids => ids.Aggregate(0, (hash, id) => HashCode.Combine(hash, id)),
                    ids => ids.ToList()));
        builder.HasIndex(e => new { e.WorkspaceId, e.AdminId });
        builder.HasOne<Workspace>().WithMany().HasForeignKey(e => e.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        // A request is the admin's: it goes with them.
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.AdminId).OnDelete(DeleteBehavior.Cascade);
    }
}
