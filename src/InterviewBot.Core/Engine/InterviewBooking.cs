using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Engine;

/// <summary>What a recruiter books: the candidate, the role, and when, in the zone it was given in.</summary>
public sealed record BookingDetails(Party Candidate, string Role, string? Company, DateTime StartUtc, DateTime EndUtc, string TimeZoneId);

/// <summary>
/// Booking a phone screen for a recruiter, the one way: the chat's booking form and the interviews
/// API (an ATS, a calendar) both come here. The interview starts with the playbook's default plan of
/// questions and an invite code for the candidate (<see cref="Interview.FreshInvite"/>); its nudges are planned
/// when the booking is committed.
/// </summary>
public sealed class InterviewBooking(IInterviews interviews, PlaybookCatalog playbooks, FollowUp.HomeRefresh homes)
{
    public Interview Book(Workspace workspace, Person recruiter, BookingDetails booking, DateTime nowUtc)
    {
        var interview = new Interview(workspace.Id, recruiter.Id, Audience.Recruiter, new Party(recruiter.DisplayName, null, recruiter.Id),
            booking.Candidate, booking.Role, booking.Company, booking.StartUtc, booking.EndUtc, booking.TimeZoneId, nowUtc);
        interviews.Add(interview);
        SeedQuestions(playbooks, interview, recruiter, nowUtc);
        interview.IssueInvite(nowUtc);
        homes.Changed(interview);
        return interview;
    }

    /// <summary>A plan to start from: for recruiters it includes the salary question the playbook asks for.</summary>
    public static void SeedQuestions(PlaybookCatalog playbooks, Interview interview, Person owner, DateTime nowUtc)
    {
        var defaults = playbooks.For(interview.OwnerSide).Steps.FirstOrDefault(s => s.Store == StepStore.Questions)?.Defaults;
        if (defaults is not null && !interview.QuestionsBy(owner.Id).Any()) interview.ReplaceQuestions(owner.Id, defaults, nowUtc);
    }
}
