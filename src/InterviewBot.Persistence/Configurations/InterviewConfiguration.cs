using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewBot.Persistence.Configurations;

internal sealed class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> builder)
    {
        builder.ToTable("Interviews");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.OwnerSide).HasMaxLength(Lengths.Enum);
        builder.Property(i => i.Status).HasMaxLength(Lengths.Enum);
        builder.Property(i => i.Role).HasMaxLength(Lengths.Role).IsRequired();
        builder.Property(i => i.Company).HasMaxLength(Lengths.Company);
        builder.Property(i => i.TimeZoneId).HasMaxLength(Lengths.TimeZoneId).IsRequired();

        // Both parties live in the interview's own row (RecruiterName, CandidateEmail…). EF tracks
        // an owned Party as part of exactly one row, so one Party instance must never be given to
        // two interviews (or be both sides of one): the core always creates a new one.
        builder.OwnsOne(i => i.Recruiter, party => MapParty(party, "Recruiter"));
        builder.OwnsOne(i => i.Candidate, party => MapParty(party, "Candidate"));
        builder.Navigation(i => i.Recruiter).IsRequired();
        builder.Navigation(i => i.Candidate).IsRequired();
        builder.OwnsOne(i => i.HiringManager, manager =>
        {
            manager.Property(m => m.Name).HasColumnName("HiringManagerName").HasMaxLength(Lengths.Name).IsRequired();
            manager.Property(m => m.Email).HasColumnName("HiringManagerEmail").HasMaxLength(Lengths.Email);
            manager.Property(m => m.PlatformUserId).HasColumnName("HiringManagerUserId").HasMaxLength(Lengths.PlatformUserId);
            manager.Property(m => m.TimeZoneId).HasColumnName("HiringManagerTimeZone").HasMaxLength(Lengths.TimeZoneId);
            manager.Property(m => m.PersonId).HasColumnName("HiringManagerPersonId");
            manager.HasIndex(m => m.PersonId);
        });
        builder.Property(i => i.ManagerAnswer).HasMaxLength(Lengths.Enum);
        builder.Property(i => i.ManagerNote).HasMaxLength(Interview.MaxManagerNoteLength);

        // The children belong to the interview: loaded with it, deleted with it. The domain keeps
        // them in private lists, which EF fills and watches directly.
        builder.HasMany(i => i.Checklist).WithOne().HasForeignKey(e => e.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Notes).WithOne().HasForeignKey(n => n.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Questions).WithOne().HasForeignKey(q => q.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Checklist).HasField("_checklist").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(i => i.Notes).HasField("_notes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(i => i.Questions).HasField("_questions").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(i => i.OwnerId);
        builder.HasIndex(i => i.WorkspaceId);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(i => i.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }

    private static void MapParty(OwnedNavigationBuilder<Interview, Party> party, string prefix)
    {
        party.Property(p => p.Name).HasColumnName(prefix + "Name").HasMaxLength(Lengths.Name).IsRequired();
        party.Property(p => p.Email).HasColumnName(prefix + "Email").HasMaxLength(Lengths.Email);
        party.Property(p => p.PersonId).HasColumnName(prefix + "PersonId");
        party.HasIndex(p => p.PersonId);
    }
}
