using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore.Query;

namespace InterviewBot.Persistence.Stores;

/// <summary>
/// The columns that tie a recruiter's interview to a candidate's chat user: who joined, who waits to be
/// accepted, whom the API named and their answer. Erasing a candidate and trimming an old call both cut them,
/// so no chat user stays linked to, or is asked about, the call.
/// </summary>
internal static class ChatLinks
{
    public static UpdateSettersBuilder<Interview> UnlinkChatUsers(this UpdateSettersBuilder<Interview> s) => s
        .SetProperty(i => i.CandidateJoinedUtc, (DateTime?)null)
        .SetProperty(i => i.CandidateWorkspaceId, (Guid?)null)
        .SetProperty(i => i.PendingCandidateId, (Guid?)null)
        .SetProperty(i => i.PendingCandidateWorkspaceId, (Guid?)null)
        .SetProperty(i => i.PendingCandidateName, (string?)null)
        .SetProperty(i => i.PendingCandidateWorkspaceName, (string?)null)
        .SetProperty(i => i.NamedCandidateId, (Guid?)null)
        .SetProperty(i => i.Confirmation, (CandidateConfirmation?)null);
}
