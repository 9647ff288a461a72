using System.Globalization;
using InterviewBot.Core.FollowUp;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.Engine;

/// <summary>
/// The candidate's side of a recruiter's booking: <c>join K7Q4-MX2P</c> links them to it (someone of another
/// workspace once the recruiter accepts), <c>leave</c> or the recruiter's <i>Remove candidate</i> cuts the link.
/// A code that does not work always gets the same plain answer, and after <see cref="Person.MaxFailedJoins"/>
/// such codes in an hour the person waits: nothing says whether a code exists.
/// </summary>
public sealed class JoinFlow(IInterviews interviews, ISessions sessions, InterviewAccess access)
{
    public const string NotWorking =
        "That code doesn't work: it may be mistyped, used already, replaced by a newer one or past its date. Ask the recruiter for a new one.";

    public static readonly string Usage = $"Type {Italic("join")} and the code the recruiter sent you, e.g. {Italic("join K7Q4-MX2P")}.";

    /// <summary><c>join &lt;code&gt;</c>.</summary>
    public async Task JoinAsync(Turn turn, string typed, CancellationToken ct)
    {
        if (typed.Trim().Length == 0)
        {
            turn.Say(Usage);
            return;
        }
        if (turn.Person.JoinBlockedUntil(turn.NowUtc) is { } until)
        {
            var at = Zones.ToLocal(until, turn.Person.TimeZoneId).ToString("HH:mm", CultureInfo.InvariantCulture);
            turn.Say($"That is {Person.MaxFailedJoins} codes that didn't work within an hour. Try again after {at} ({turn.Person.TimeZoneId}).");
            return;
        }
        var code = InviteCode.Read(typed);
        var interview = code is null ? null : await interviews.FindByInviteAsync(InviteCode.Hash(code), ct);
        if (interview is null || !interview.Join(turn.Person, turn.Workspace.Name, turn.NowUtc))
        {
            turn.Person.CountFailedJoin(turn.NowUtc);
            turn.Say(NotWorking);
            return;
        }

        if (interview.PendingCandidate is { } pending)
        {
            turn.Say($"Thanks – {interview.RecruiterFirstName} is in another workspace and confirms who joins. I'll tell you when they have.");
            if (interview.Recruiter.PersonId is { } r) turn.Tell(r, AcceptCard(interview, pending), null, acrossWorkspaces: true);
            return;
        }
        await WelcomeAsync(turn, interview, ct);
    }

    /// <summary>
    /// <i>Link to my prep</i> on the card asking the chat user an API booking named: they become its candidate,
    /// as with a code.
    /// </summary>
    public async Task ConfirmAsync(Turn turn, CancellationToken ct)
    {
        var interview = await NamingAsync(turn, ct);
        var pending = interview.PendingCandidate;
        if (!interview.ConfirmNamedCandidate(turn.Person, turn.NowUtc))
        {
            turn.ShowInPlace(new SummaryView("Is this your call?", ConfirmCandidateCard.Why(interview, turn.Person), [], [], []));
            return;
        }
        turn.ShowInPlace(new SummaryView("Is this your call?", "Linked ✓", [], [], []));
        // Whoever used the code from another workspace no longer waits: told plainly, as on Decline.
        if (pending is not null)
            turn.Tell(pending.PersonId, null, $"The candidate {interview.RecruiterFirstName} named for that call joined it, so you were not added. Ask {interview.RecruiterFirstName} if you think that is a mistake.",
                acrossWorkspaces: true);
        await WelcomeAsync(turn, interview, ct);
    }

    /// <summary><i>Not me</i>: nothing is linked, and the recruiter is told so they can check whom they named.</summary>
    public async Task NotMeAsync(Turn turn, CancellationToken ct)
    {
        var interview = await NamingAsync(turn, ct);
        interview.RefuseNamedCandidate(turn.Person, turn.NowUtc);
        turn.ShowInPlace(new SummaryView("Is this your call?", "Thanks – you said it is not yours. Nothing was shared, and I won't ask again.", [], [], []));
        if (interview.Recruiter.PersonId is { } recruiter)
            turn.Tell(recruiter, null,
                $"{turn.Person.DisplayName} says the phone screen for {interview.Role} on {Describe.When(interview, turn.Person)} is not theirs, so they are not linked to it. " +
                $"Check whom the booking names, or send the candidate the invite code.");
    }

    /// <summary>The candidate is on the booking now: their checklist for it, and the recruiter hears they joined.</summary>
    private async Task WelcomeAsync(Turn turn, Interview interview, CancellationToken ct)
    {
        turn.Person.ActiveInterviewId = interview.Id;
        sessions.Add(new Session(turn.Person.Id, interview.Id, "before", turn.NowUtc));
        turn.Show(await access.CardAsync(turn, interview, "before", null, ct),
            $"You joined the call for {interview.Role} with {interview.RecruiterFirstName} ✓ – I'll help you prepare and remind you at the right times.");
        if (interview.Recruiter.PersonId is { } recruiter) turn.Tell(recruiter, JoinedCard(interview, turn.Person.DisplayName), null);
    }

    /// <summary>The booking that named this person as its candidate (from the tapped card).</summary>
    private async Task<Interview> NamingAsync(Turn turn, CancellationToken ct)
    {
        var id = turn.Submit?.GuidValue(Verbs.KeyInterview);
        var interview = id is { } interviewId ? await interviews.FindAsync(turn.Workspace.Id, interviewId, ct) : null;
        if (interview is null || interview.NamedCandidateId != turn.Person.Id) throw new DomainException("That booking is no longer there, or names someone else, so I changed nothing.");
        return interview;
    }

    /// <summary><c>leave</c>: the candidate cuts their link to the current recruiter's booking; their prep stays, as their own.</summary>
    public async Task LeaveAsync(Turn turn, CancellationToken ct)
    {
        var interview = await access.FindActiveAsync(turn, ct);
        if (interview is null || !interview.CandidateJoined || interview.Candidate.PersonId != turn.Person.Id)
        {
            turn.Say($"You are not on a recruiter's booking right now. Type {Italic("my interviews")} and open the one to leave first.");
            return;
        }
        var own = interviews.KeepCandidatesPrep(interview, turn.NowUtc)!;
        turn.Person.ActiveInterviewId = own.Id;
        turn.Say($"You left {interview.RecruiterFirstName}'s booking. Your prep for {interview.Role} stays with you, as your own.");
        if (interview.Recruiter.PersonId is { } recruiter)
            turn.Tell(recruiter, null, $"{interview.Candidate.Name} left your booking for {interview.Role}; they no longer get its reminders.");
    }

    /// <summary><i>Remove candidate</i> on the recruiter's card.</summary>
    public async Task RemoveAsync(Turn turn, CancellationToken ct)
    {
        var interview = await RecruitersAsync(turn, ct);
        if (!interview.CandidateJoined || interview.Candidate.PersonId is not { } candidate)
            throw new DomainException($"{interview.Candidate.Name} has not joined, so there is nobody to remove.");
        interviews.KeepCandidatesPrep(interview, turn.NowUtc);
        turn.ShowInPlace(new SummaryView($"{interview.Candidate.Name} removed", "They no longer get this call's reminders; their own prep stays with them.", [], [], []));
        turn.Tell(candidate, null, $"{interview.RecruiterFirstName} took you off the booking for {interview.Role}. Your prep stays with you, as your own.",
            acrossWorkspaces: true);
    }

    /// <summary><i>Accept</i>: the person from another workspace becomes the candidate.</summary>
    public async Task AcceptAsync(Turn turn, CancellationToken ct)
    {
        var interview = await RecruitersAsync(turn, ct);
        var pending = interview.PendingCandidate;
        interview.AcceptPendingCandidate(turn.NowUtc); // refuses when nobody waits or a candidate already joined
        sessions.Add(new Session(pending!.PersonId, interview.Id, "before", turn.NowUtc));
        turn.ShowInPlace(JoinedCard(interview, pending.Name));
        turn.Tell(pending.PersonId, null,
            $"{interview.RecruiterFirstName} confirmed you on the call for {interview.Role} ✓ Type {Italic("my interviews")} to see it.", acrossWorkspaces: true);
    }

    /// <summary><i>Decline</i>: the person from another workspace does not join.</summary>
    public async Task DeclineAsync(Turn turn, CancellationToken ct)
    {
        var interview = await RecruitersAsync(turn, ct);
        var pending = interview.PendingCandidate ?? throw new DomainException($"Nobody is waiting to join the call with {interview.Candidate.Name}.");
        interview.DeclinePendingCandidate(turn.NowUtc);
        turn.ShowInPlace(new SummaryView($"{pending.Name} not added", "The code is used up; send a new one if you need to.", [], [], []));
        turn.Tell(pending.PersonId, null, $"{interview.RecruiterFirstName} did not confirm you on that call. Ask them if you think that is a mistake.", acrossWorkspaces: true);
    }

    /// <summary><i>New invite code</i> on the recruiter's card: the old code stops working.</summary>
    public async Task ReissueAsync(Turn turn, CancellationToken ct)
    {
        var interview = await RecruitersAsync(turn, ct);
        var invite = interview.IssueInvite(turn.NowUtc);
        turn.ShowInPlace(new SummaryView("New invite code", "The earlier code no longer works.", [new Fact("Code", invite.Code)],
            [new Section("To paste into the invitation", [InviteText.Sentence(invite, turn.Workspace)])], []));
    }

    private async Task<Interview> RecruitersAsync(Turn turn, CancellationToken ct)
    {
        var interview = await access.LoadFromCardAsync(turn, ct);
        if (interview.SideOf(turn.Person.Id) != Audience.Recruiter || interview.OwnerSide != Audience.Recruiter)
            throw new DomainException("Only the recruiter on this booking can do that.");
        return interview;
    }

    private static SummaryView JoinedCard(Interview interview, string name) => new(
        $"{name} joined",
        $"{name} now gets the candidate's reminders for the call on {interview.Role}, in their own time. They see only the role, the time, your first name and the date you promise news by.",
        [], [],
        [ActionButton.For("Remove candidate", JoinVerbs.Remove, false, (Verbs.KeyInterview, interview.Id.ToString()))]);

    private static SummaryView AcceptCard(Interview interview, PendingCandidate pending)
    {
        var where = pending.WorkspaceName ?? "another workspace";
        return new SummaryView(
            $"{pending.Name} ({where}) wants to join",
            $"Someone from {where} used the code for the call with {interview.Candidate.Name} ({interview.Role}). Accept only if that is your candidate: they will see the role, the time, your first name and the date you promise news by.",
            [], [],
            [
                ActionButton.For($"Accept {pending.Name} ({where})", JoinVerbs.Accept, true, (Verbs.KeyInterview, interview.Id.ToString())),
                ActionButton.For("Decline", JoinVerbs.Decline, false, (Verbs.KeyInterview, interview.Id.ToString())),
            ]);
    }
}

/// <summary>The verbs of the join cards.</summary>
public static class JoinVerbs
{
    public const string Remove = "join.remove";
    public const string Accept = "join.accept";
    public const string Decline = "join.decline";
    public const string Reissue = "join.reissue";
    public const string Confirm = "join.confirm";
    public const string NotMe = "join.notme";
}
