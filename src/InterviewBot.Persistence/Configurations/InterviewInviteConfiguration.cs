using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewBot.Persistence.Configurations;

/// <summary>The invite code and the candidate's link on the interview's row (issue 18), and the candidate an API booking named; the rest of the row is in <see cref="InterviewConfiguration"/>.</summary>
internal sealed class InterviewInviteConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> builder)
    {
        // Only the hash of a code is kept; a typed code is looked up by it, across workspaces.
        builder.Property(i => i.InviteHash).HasMaxLength(64);
        builder.HasIndex(i => i.InviteHash);
        builder.Ignore(i => i.FreshInvite);
        builder.Ignore(i => i.HasNewsForCandidate);
        builder.Ignore(i => i.PendingCandidate);
        builder.Property(i => i.PendingCandidateName).HasMaxLength(Lengths.Name);
        builder.Property(i => i.PendingCandidateWorkspaceName).HasMaxLength(Lengths.Name);
        builder.HasIndex(i => i.PendingCandidateId);
        builder.HasIndex(i => i.CandidateWorkspaceId);
        // The chat user an API booking named as the candidate, and their answer.
        builder.Property(i => i.Confirmation).HasColumnName("CandidateConfirmation").HasMaxLength(Lengths.Enum);
        builder.HasIndex(i => i.NamedCandidateId);
    }
}
