using System.Globalization;
using InterviewBot.Core;
using InterviewBot.Core.Domain;

namespace InterviewBot.Host.Api;

/// <param name="TimeZone">The recruiter's zone in use for their nudges (their own, or the workspace's default); null for the candidate.</param>
public sealed record PartyResponse(string Name, string? Email, string? PlatformUserId, string? TimeZone = null);

/// <summary>The hiring manager as named on the booking; the zone is the one given with it.</summary>
public sealed record HiringManagerResponse(string Name, string? Email, string? PlatformUserId, string? TimeZone);

/// <param name="HiringManager">Whose decision the recruiter waits for; null when nobody is named.</param>
/// <param name="Decision">The hiring manager's last answer (NextRound, NotAFit, NeedsTime), null before one. Their reason is for the recruiter only and not shown here.</param>
/// <param name="InviteCode">The code the candidate types to join (<c>join K7Q4-MX2P</c>): only in the answer that issued it (booking, re-issue); only its hash is kept.</param>
/// <param name="InviteExpiresUtc">Until when the current code works; null when none works (used, replaced, past its date, the call cancelled or closed, or the candidate joined).</param>
/// <param name="InviteIssuedUtc">When the code that works now was issued (the booking, or the last re-issue); null when none works.</param>
/// <param name="CandidateJoined">Joined (the candidate is linked and gets their reminders), AwaitingAccept (someone of another workspace used the code), or No.</param>
/// <param name="CandidateConfirmation">
/// For a booking that named the candidate's chat user: Pending (asked, no answer yet), Confirmed (linked) or NotMe; null when nobody
/// was named, or the question ended unanswered (the call took place or was cancelled, or someone joined with the code).
/// </param>
public sealed record InterviewResponse(Guid Id, string Role, string? Company, string Status, PartyResponse Recruiter, PartyResponse Candidate,
    DateTime StartUtc, DateTime EndUtc, string TimeZone, string? FeedbackDueDate, string Nudges, HiringManagerResponse? HiringManager = null, string? Decision = null,
    string? InviteCode = null, DateTime? InviteExpiresUtc = null, string CandidateJoined = "No", DateTime? InviteIssuedUtc = null, string? CandidateConfirmation = null)
{
    /// <summary>The e-mails sent (or being sent) to the candidate for this interview, oldest first.</summary>
    public IReadOnlyList<MailResponse> Mails { get; init; } = [];

    /// <param name="namedCandidate">The chat user the booking named as the candidate, if any.</param>
    /// <param name="nowUtc">Whether the invite code still works is judged at this moment.</param>
    public static InterviewResponse From(Interview interview, Person? recruiter, string? recruiterZone, Person? namedCandidate, DateTime nowUtc) => new(
        interview.Id, interview.Role, interview.Company, interview.Status.ToString(),
        new PartyResponse(interview.Recruiter.Name, interview.Recruiter.Email, recruiter?.PlatformUserId, recruiterZone),
        new PartyResponse(interview.Candidate.Name, interview.Candidate.Email, namedCandidate?.PlatformUserId),
        interview.StartUtc, interview.EndUtc, interview.TimeZoneId,
        interview.FeedbackDueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        $"/api/interviews/{interview.Id}/nudges",
        interview.HiringManager is { } m ? new HiringManagerResponse(m.Name, m.Email, m.PlatformUserId, m.TimeZoneId) : null,
        interview.ManagerAnswer?.ToString(),
        interview.FreshInvite?.Code,
        interview.InviteWorks(nowUtc) ? interview.InviteExpiresUtc : null,
        interview.CandidateJoined ? "Joined" : interview.PendingCandidate is not null ? "AwaitingAccept" : "No",
        interview.InviteWorks(nowUtc) ? interview.InviteIssuedUtc : null,
        interview.Confirmation switch
        {
            null => null,
            Core.Domain.CandidateConfirmation.Pending => interview.AwaitsConfirmation ? "Pending" : null,
            var answer => answer.ToString(),
        });
}

/// <summary><c>POST /api/interviews/{id}/invite</c>: a new code for the candidate; the earlier one no longer works.</summary>
public sealed record InviteResponse(string InviteCode, DateTime InviteExpiresUtc);

/// <summary>
/// One nudge of the schedule: when it is due in UTC and in its recipient's own zone. <c>State</c> is
/// Pending, Snoozed, Sent, Cancelled (no longer wanted), Failed (could not be delivered) or Expired
/// (its time passed while it could not go out and it was no longer of use; docs/nudges.md).
/// </summary>
public sealed record NudgeResponse(Guid Id, string Kind, string Recipient, int Number, DateTime DueUtc, string DueLocal, string TimeZone,
    string State, int Attempts, string? LastError, DateTime? SentUtc, string? SnoozeReason, DateTime? CardClosedUtc)
{
    public static NudgeResponse From(Nudge nudge, string zone) => new(
        nudge.Id, nudge.Kind.ToString(), nudge.Recipient.ToString(), nudge.Number, nudge.DueUtc,
        Zones.ToLocal(nudge.DueUtc, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), zone,
        nudge.State.ToString(), nudge.Attempts, nudge.LastError, nudge.SentUtc, nudge.SnoozeReason, nudge.CardClosedUtc);
}
