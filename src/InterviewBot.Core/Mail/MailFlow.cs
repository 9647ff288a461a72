using InterviewBot.Core.Engine;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Mail;

/// <summary>
/// E-mailing the candidate from chat: <i>Send by e-mail</i> on the holding-message and feedback drafts, and
/// <i>E-mail the invitation</i> on the booking. Either opens the mail as it will go – to, subject, the text the
/// recruiter saw on the card, their address for replies – to check and edit; <i>Send</i> queues it.
/// </summary>
public sealed class MailFlow(InterviewAccess access, MailRequests queue, CallInvitations invitations, IMailRecords mails, MailOptions options)
{
    public async Task ComposeAsync(Turn turn, CancellationToken ct)
    {
        var interview = await RecruitersAsync(turn, ct);
        var to = CallInvitations.CandidateAddress(interview);
        var invitation = turn.Submit?.Value(MailVerbs.KeyKind) == MailVerbs.Invitation;
        string subject, body;
        if (invitation)
        {
            subject = CallInvitations.Subject(interview);
            body = CallInvitations.InvitationText(interview, turn.Person.DisplayName);
        }
        else
        {
            var (_, step) = await access.LoadStepAsync(turn, ct);
            if (step.Action != StepAction.Draft) throw new DomainException("That step has no draft to e-mail.");
            subject = $"Your phone screen for the {interview.Role} role";
            body = DraftOnCard(turn, interview, step);
        }
        var replyTo = await ReplyToAsync(interview, turn.Person, ct);
        turn.Show(Form(turn.NowUtc, interview, to, invitation, turn.Submit?.Value(Verbs.KeyStep), replyTo, subject, body, new FormReader(null)));
    }

    public async Task SendAsync(Turn turn, CancellationToken ct)
    {
        var interview = await RecruitersAsync(turn, ct);
        var to = CallInvitations.CandidateAddress(interview);
        var invitation = turn.Submit?.Value(MailVerbs.KeyKind) == MailVerbs.Invitation;
        var form = new FormReader(turn.Submit);
        var replyTo = form.Line(MailVerbs.ReplyTo, "Your e-mail", required: true, MailRecord.MaxAddressLength);
        if (replyTo is not null && !replyTo.Contains('@', StringComparison.Ordinal)) form.Fail(MailVerbs.ReplyTo, "That e-mail address has no @ in it.");
        var subject = form.Line(MailVerbs.Subject, "Subject", required: true, MailRecord.MaxSubjectLength);
        var body = form.Text(MailVerbs.Body, "Text", required: true, MailRecord.MaxBodyLength);
        if (!form.IsValid)
        {
            turn.ShowInPlace(Form(turn.NowUtc, interview, to, invitation, turn.Submit?.Value(Verbs.KeyStep), replyTo, subject ?? "", body ?? "", form));
            return;
        }

        // The code itself is not kept (only its hash), so the e-mail carries a new one, and the earlier stops working.
        var invite = invitation && interview.CanIssueInvite(turn.NowUtc) ? interview.IssueInvite(turn.NowUtc) : null;
        var mail = invitation
            ? await invitations.InviteAsync(interview, turn.Workspace, turn.Person.Id, turn.Person.DisplayName, replyTo, turn.NowUtc,
                body: invite is null ? body : body!.TrimEnd() + "\n\n" + InviteText.Sentence(invite, turn.Workspace), ct: ct)
            : queue.Queue(new MailRecord(interview.WorkspaceId, interview.Id, turn.Person.Id, MailKind.Message, to, interview.Candidate.Name, replyTo,
                subject!, body!, null, turn.NowUtc));
        turn.ShowInPlace(new SummaryView($"E-mail to {interview.Candidate.Name} on its way ✓", "If it can't be delivered, I'll tell you here.",
            [
                new Fact("To", $"{mail.ToName} <{mail.To}>"), new Fact("Subject", mail.Subject), new Fact("Replies go to", mail.ReplyTo ?? ""),
                .. invite is null ? Array.Empty<Fact>() : [new Fact("Invite code", $"{invite.Code} (the one before no longer works)")],
            ], [], []));
    }

    /// <summary>The interview, for its recruiter only, where e-mail is set up.</summary>
    private async Task<Interview> RecruitersAsync(Turn turn, CancellationToken ct)
    {
        var interview = await access.LoadFromCardAsync(turn, ct);
        if (interview.SideOf(turn.Person.Id) != Audience.Recruiter) throw new DomainException("Only the recruiter on this interview can e-mail the candidate.");
        if (!queue.CanSend) throw new DomainException("E-mail is not set up here, so I can't send it. Copy the text and send it yourself.");
        return interview;
    }

    /// <summary>The draft as the recruiter left it on the card (edited or not), else as it would be written now.</summary>
    private static string DraftOnCard(Turn turn, Interview interview, PlaybookStep step)
    {
        var onCard = turn.Submit?.Value(Verbs.StepInput(step.Id, StepAnswers.DraftKeyFor(0)));
        if (!string.IsNullOrWhiteSpace(onCard)) return onCard.Trim();
        var answers = StepAnswers.Read(step, interview.FindEntry(turn.Person.Id, step.Id)?.Value);
        var drafts = DraftWriter.Write(step, ChecklistCardBuilder.Placeholders(interview, turn.Person), answers, interview.CounterpartName(turn.Person.Id));
        return drafts.Count == 0 ? "" : drafts[0].Text;
    }

    /// <summary>Where replies went last time this recruiter e-mailed about the call, else the address on the booking.</summary>
    private async Task<string?> ReplyToAsync(Interview interview, Person recruiter, CancellationToken ct) =>
        (await mails.ListForInterviewAsync(interview.Id, ct)).LastOrDefault(m => m.SenderId == recruiter.Id && m.ReplyTo is not null)?.ReplyTo
        ?? interview.Recruiter.Email;

    private FormView Form(DateTime nowUtc, Interview interview, string to, bool invitation, string? stepId, string? replyTo, string subject, string body, FormReader form)
    {
        (string, string)[] keys = invitation
            ? [(Verbs.KeyInterview, interview.Id.ToString()), (MailVerbs.KeyKind, MailVerbs.Invitation)]
            : [(Verbs.KeyInterview, interview.Id.ToString()), (Verbs.KeyStep, stepId ?? "")];
        return new FormView(
            invitation ? $"Invitation to {interview.Candidate.Name}" : $"E-mail to {interview.Candidate.Name}",
            $"To {interview.Candidate.Name} <{to}>, from {options.SenderName}. Check it and change what you like: it goes as you leave it." +
            (invitation ? " A calendar file for the call goes with it." : "") +
            (invitation && interview.CanIssueInvite(nowUtc) ? " A new invite code for the bot is added at the end when it goes; the code shown before stops working." : ""),
            form.Echo(
            [
                new FieldView(MailVerbs.ReplyTo, "Your e-mail (replies go there)", Value: replyTo, Required: true, MaxLength: MailRecord.MaxAddressLength),
                new FieldView(MailVerbs.Subject, "Subject", Value: subject, Required: true, MaxLength: MailRecord.MaxSubjectLength),
                new FieldView(MailVerbs.Body, "Text", FieldInputKind.MultilineText, body, Required: true, MaxLength: MailRecord.MaxBodyLength),
            ]),
            ActionButton.For("Send", MailVerbs.Send, true, keys),
            ActionButton.For("Cancel", Verbs.Dismiss),
            form.IsValid ? null : "Please fix the fields marked below.");
    }
}
