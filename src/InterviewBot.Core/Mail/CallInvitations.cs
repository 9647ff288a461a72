using System.Globalization;

namespace InterviewBot.Core.Mail;

/// <summary>
/// The call's invitation e-mail and its .ics, and the cancellation that follows a cancelled booking. The
/// event keeps one UID for the call (<see cref="Uid"/>), and each invitation or cancellation sent for it
/// counts up its SEQUENCE, so a calendar moves or removes the event it already has instead of adding one.
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
    public async Task<MailRecord> InviteAsync(Interview interview, Guid senderId, string recruiterName, string? replyTo, DateTime nowUtc,
        string? body = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(interview);
        var to = CandidateAddress(interview);
        var subject = Subject(interview);
        var text = body ?? InvitationText(interview, recruiterName, interview.FreshInvite?.Code);
        var ics = Calendar.Write(Event(interview, recruiterName, await NextSequenceAsync(interview, ct), cancelled: false, text, nowUtc));
        return queue.Queue(new MailRecord(interview.WorkspaceId, interview.Id, senderId, MailKind.Invitation, to, interview.Candidate.Name, replyTo,
            subject, text, ics, nowUtc));
    }

    /// <summary>Queues a cancellation (METHOD:CANCEL) when an invitation went out for the call; null when none did.</summary>
    public async Task<MailRecord?> CancelAsync(Interview interview, Guid? senderId, string recruiterName, DateTime nowUtc, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(interview);
        var earlier = (await mails.ListForInterviewAsync(interview.Id, ct)).Where(m => m.Kind is MailKind.Invitation or MailKind.Cancellation).ToList();
        if (earlier.Count == 0 || earlier[^1].Kind == MailKind.Cancellation || !options.CanSend || interview.Candidate.Email is null) return null;
        var text = CancellationText(interview, recruiterName);
        var ics = Calendar.Write(Event(interview, recruiterName, earlier.Count, cancelled: true, text, nowUtc));
        return queue.Queue(new MailRecord(interview.WorkspaceId, interview.Id, senderId, MailKind.Cancellation, interview.Candidate.Email,
            interview.Candidate.Name, earlier[^1].ReplyTo, "Cancelled: " + Subject(interview), text, ics, nowUtc));
    }

    public static string Subject(Interview interview) =>
        $"Phone screen: {interview.Role}{(interview.Company is null ? "" : " at " + interview.Company)}, {CallTime(interview, withEnd: false)}";

    public static string InvitationText(Interview interview, string recruiterName, string? inviteCode = null)
    {
        var code = inviteCode is null ? "" : "\n\n" + JoinLine(inviteCode);
        return $"Hi {FirstName(interview.Candidate.Name)},\n\n" +
            $"Thank you for your interest in the {interview.Role} role{(interview.Company is null ? "" : " at " + interview.Company)}. " +
            $"Here is the time of our phone screen:\n\n{CallTime(interview, withEnd: true)}{code}\n\n" +
            "The attached calendar file puts the call in your calendar. If the time does not work for you, just reply to this e-mail.\n\n" +
            $"Best,\n{recruiterName}";
    }

    /// <summary>The line that tells the candidate how to join the booking in chat.</summary>
    public static string JoinLine(string inviteCode) => $"To prepare for our call with InterviewBot, message it: join {inviteCode}";

    public static string CancellationText(Interview interview, string recruiterName) =>
        $"Hi {FirstName(interview.Candidate.Name)},\n\n" +
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
        (await mails.ListForInterviewAsync(interview.Id, ct)).Count(m => m.Kind is MailKind.Invitation or MailKind.Cancellation);

    private CallEvent Event(Interview interview, string recruiterName, int sequence, bool cancelled, string description, DateTime nowUtc) => new(
        Uid(interview), sequence, cancelled, interview.StartUtc, interview.EndUtc, interview.TimeZoneId,
        $"Phone screen: {interview.Role}{(interview.Company is null ? "" : " at " + interview.Company)}", description,
        recruiterName, options.SenderAddress, interview.Candidate.Name, CandidateAddress(interview), nowUtc);

    private static string FirstName(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? name;
}
