using System.Globalization;
using InterviewBot.Core.Engine;

namespace InterviewBot.Core.Mail;

/// <summary>
/// The call's invitation e-mail and its .ics, and what follows it when the call changes: the cancellation, or
/// the invitation again with the new time. The event keeps one UID for the call (<see cref="Uid"/>), and each
/// invitation or cancellation sent for it counts up its SEQUENCE, so a calendar moves or removes the event it
/// already has instead of adding one.
/// </summary>
/// <remarks>The .ics writer is looked up when a mail is written: a host that sends no mail needs none.</remarks>
public sealed class CallInvitations(IMailRecords mails, MailRequests queue, IEnumerable<ICallCalendar> calendars, MailOptions options)
{
    private ICallCalendar Calendar => calendars.LastOrDefault() ?? throw new InvalidOperationException("No ICallCalendar is registered (AddInterviewBotMail adds it).");

    /// <summary>The event's UID: the same for every version of the call.</summary>
    public static string Uid(Interview interview) => $"{interview.Id:N}@interviewbot";

    /// <summary>
    /// Queues the invitation to the candidate: the call's time in its zone and an .ics.
    /// </summary>
    /// <param name="body">The text as the recruiter checked it; null: written here, with the code the booking just issued.</param>
    public async Task<MailRecord> InviteAsync(Interview interview, Workspace workspace, Guid senderId, string recruiterName, string? replyTo, DateTime nowUtc,
        string? body = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(interview);
        var to = CandidateAddress(interview);
        var subject = Subject(interview);
        var text = body ?? InvitationText(interview, recruiterName, interview.FreshInvite is { } fresh ? InviteText.Sentence(fresh, workspace) : null);
        var ics = Calendar.Write(Event(interview, recruiterName, await NextSequenceAsync(interview, ct), cancelled: false, text, nowUtc));
        return queue.Queue(new MailRecord(interview.WorkspaceId, interview.Id, senderId, MailKind.Invitation, to, interview.Candidate.Name, replyTo,
            subject, text, ics, nowUtc));
    }

    /// <summary>
    /// After the call changed (moved, cancelled, or back from cancelled), tells a candidate who was e-mailed the
    /// invitation: the cancellation (METHOD:CANCEL), or the invitation again with the call's time now. Nothing
    /// when no invitation went to them (none asked for, or it failed), when they already have this state, or
    /// when e-mail is off here. Called by <see cref="FollowUp.Commit"/> for every interview whose call changed.
    /// </summary>
    public async Task<MailRecord?> FollowAsync(CallChange change, DateTime nowUtc, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var interview = change.Interview;
        if (!options.CanSend || interview.Candidate.Email is null) return null;
        var calendar = (await mails.ListForInterviewAsync(interview.Id, ct)).Where(IsCalendar).ToList();
        var sent = calendar.Where(m => m.State != MailState.Failed).ToList();
        if (sent.Count == 0) return null;
        var last = sent[^1];
        var cancelled = interview.Status == InterviewStatus.Cancelled;
        if (cancelled && last.Kind == MailKind.Cancellation) return null;
        if (!cancelled && last.Kind == MailKind.Invitation && !change.Moved) return null;

        var recruiterName = interview.Recruiter.Name;
        var (subject, text) = cancelled ? (Subject(interview, "Cancelled: "), CancellationText(interview, recruiterName))
            : last.Kind == MailKind.Cancellation ? (Subject(interview), InvitationText(interview, recruiterName))
            : (Subject(interview, "New time: "), MovedText(interview, recruiterName));
        // Every invitation or cancellation written for the call counts, failed ones too (as in NextSequenceAsync).
        var ics = Calendar.Write(Event(interview, recruiterName, calendar.Count, cancelled, text, nowUtc));
        return queue.Queue(new MailRecord(interview.WorkspaceId, interview.Id, interview.Recruiter.PersonId ?? last.SenderId,
            cancelled ? MailKind.Cancellation : MailKind.Invitation, interview.Candidate.Email, interview.Candidate.Name, last.ReplyTo, subject, text, ics, nowUtc));
    }

    /// <summary>"Phone screen: Backend engineer at Acme, Thu 14 Jan, 15:00 (Europe/Berlin)", the role and company cut short when they would not fit a subject.</summary>
    public static string Subject(Interview interview, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(interview);
        var what = $"{prefix}Phone screen: {interview.Role}{(interview.Company is null ? "" : " at " + interview.Company)}";
        var when = ", " + CallTime(interview, withEnd: false);
        var room = MailRecord.MaxSubjectLength - when.Length;
        return (what.Length <= room ? what : what[..(room - 1)].TrimEnd() + "…") + when;
    }

    /// <param name="joinSentence">How to join the booking in chat (<see cref="InviteText.Sentence"/>); null: no code goes with it.</param>
    public static string InvitationText(Interview interview, string recruiterName, string? joinSentence = null)
    {
        var code = joinSentence is null ? "" : "\n\n" + joinSentence;
        return $"Hi {PersonNames.FirstName(interview.Candidate.Name)},\n\n" +
            $"Thank you for your interest in the {interview.Role} role{(interview.Company is null ? "" : " at " + interview.Company)}. " +
            $"Here is the time of our phone screen:\n\n{CallTime(interview, withEnd: true)}{code}\n\n" +
            "The attached calendar file puts the call in your calendar. If the time does not work for you, just reply to this e-mail.\n\n" +
            $"Best,\n{recruiterName}";
    }

    public static string MovedText(Interview interview, string recruiterName) =>
        $"Hi {PersonNames.FirstName(interview.Candidate.Name)},\n\n" +
        $"The time of our phone screen for the {interview.Role} role has changed. The new time:\n\n{CallTime(interview, withEnd: true)}\n\n" +
        "The attached calendar file moves the call in your calendar. If the new time does not work for you, just reply to this e-mail.\n\n" +
        $"Best,\n{recruiterName}";

    public static string CancellationText(Interview interview, string recruiterName) =>
        $"Hi {PersonNames.FirstName(interview.Candidate.Name)},\n\n" +
        $"I'm sorry: our phone screen for the {interview.Role} role on {CallTime(interview, withEnd: true)} is cancelled. " +
        "The attached calendar file takes it out of your calendar. Reply to this e-mail if you have any questions.\n\n" +
        $"Best,\n{recruiterName}";

    /// <summary>"Thu 10 Dec 2026, 14:00–14:30 (Europe/Berlin)": in the zone the call was booked in.</summary>
    public static string CallTime(Interview interview, bool withEnd)
    {
        var start = Zones.ToLocal(interview.StartUtc, interview.TimeZoneId);
        var end = Zones.ToLocal(interview.EndUtc, interview.TimeZoneId);
        return withEnd
            ? string.Create(CultureInfo.InvariantCulture, $"{start:ddd d MMM yyyy, HH:mm}–{end:HH:mm} ({interview.TimeZoneId})")
            : string.Create(CultureInfo.InvariantCulture, $"{start:ddd d MMM, HH:mm} ({interview.TimeZoneId})");
    }

    /// <summary>The candidate's address, or the plain answer that there is none.</summary>
    public static string CandidateAddress(Interview interview) =>
        interview.Candidate.Email ?? throw new DomainException(
            $"There is no e-mail address for {interview.Candidate.Name} on this interview, so I can't e-mail them. Copy the text and send it your way.");

    private async Task<int> NextSequenceAsync(Interview interview, CancellationToken ct) =>
        (await mails.ListForInterviewAsync(interview.Id, ct)).Count(IsCalendar);

    private static bool IsCalendar(MailRecord mail) => mail.Kind is MailKind.Invitation or MailKind.Cancellation;

    private CallEvent Event(Interview interview, string recruiterName, int sequence, bool cancelled, string description, DateTime nowUtc) => new(
        Uid(interview), sequence, cancelled, interview.StartUtc, interview.EndUtc, interview.TimeZoneId,
        $"Phone screen: {interview.Role}{(interview.Company is null ? "" : " at " + interview.Company)}", description,
        recruiterName, options.SenderAddress, interview.Candidate.Name, CandidateAddress(interview), nowUtc);

}
