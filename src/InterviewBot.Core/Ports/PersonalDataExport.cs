namespace InterviewBot.Core.Ports;

/// <summary>
/// Everything the bot holds about one person, as plain records (what "export my data" sends).
/// Built from the stored records by <see cref="Of"/>, which decides what concerns the person.
/// </summary>
public sealed record PersonalDataExport(
    ExportedPerson Person,
    IReadOnlyList<ExportedInterview> Interviews,
    IReadOnlyList<ExportedStory> Stories,
    IReadOnlyList<ExportedNudge> Nudges,
    IReadOnlyList<ExportedSession> Sessions,
    IReadOnlyList<ExportedConversation> Conversations,
    IReadOnlyList<ExportedSentCard> SentCards,
    IReadOnlyList<ExportedDecision>? Decisions = null)
{
    /// <summary>The person's calendar feed, its address masked, and the events the bot asked about; null when they gave none.</summary>
    public Calendar.ExportedCalendar? Calendar { get; init; }
    /// <summary>E-mails the bot sent (or is sending) for the person: to whom, what, and how it went.</summary>
    public IReadOnlyList<ExportedMail> Mails { get; init; } = [];

    /// <param name="interviews">Interviews the person is on, with their checklists, notes and questions loaded.</param>
    /// <param name="nudges">Reminders addressed to the person.</param>
    /// <param name="addresses">The person's chats, and shared chats whose stored address may name them.</param>
    /// <param name="sentCards">Cards posted in the person's chats or for their reminders.</param>
    public static PersonalDataExport Of(Person person, IEnumerable<Interview> interviews, IEnumerable<Story> stories,
        IEnumerable<Nudge> nudges, IEnumerable<Session> sessions, IEnumerable<ConversationAddress> addresses, IEnumerable<SentCard> sentCards)
    {
        ArgumentNullException.ThrowIfNull(person);
        var theirNudges = nudges.Where(n => n.PersonId == person.Id).ToList();
        var theirChats = addresses.Where(a => a.PersonId == person.Id || ExportedConversation.Names(a, person))
            .OrderBy(a => a.UpdatedUtc).ToList();
        var personalChats = theirChats.Where(a => a.PersonId == person.Id).Select(a => a.ConversationId).ToHashSet(StringComparer.Ordinal);
        var reminders = theirNudges.ToDictionary(n => n.Id, n => n.Kind);
        return new PersonalDataExport(
            ExportedPerson.Of(person),
            interviews.Where(i => i.IsParticipant(person.Id)).OrderBy(i => i.StartUtc).Select(i => ExportedInterview.Of(i, person.Id)).ToList(),
            stories.Where(s => s.PersonId == person.Id).OrderBy(s => s.CreatedUtc)
                .Select(s => new ExportedStory(s.Id, s.InterviewId, s.Situation, s.Action, s.Result, s.CreatedUtc, s.UpdatedUtc)).ToList(),
            theirNudges.OrderBy(n => n.DueUtc)
                .Select(n => new ExportedNudge(n.Id, n.InterviewId, n.Kind.ToString(), n.DueUtc, n.State.ToString(), n.SentUtc, n.DoneUtc, n.SnoozeReason)).ToList(),
            sessions.Where(s => s.PersonId == person.Id).OrderBy(s => s.UpdatedUtc)
                .Select(s => new ExportedSession(s.InterviewId, s.PhaseId, s.AwaitingStepId, s.PartialAnswers, s.UpdatedUtc)).ToList(),
            theirChats.Select(a => ExportedConversation.Of(a, person)).ToList(),
            sentCards.Where(c => personalChats.Contains(c.ConversationId) || reminders.ContainsKey(c.CardId)).OrderBy(c => c.SentUtc)
                .Select(c => new ExportedSentCard(c.CardId, reminders.TryGetValue(c.CardId, out var kind) ? $"reminder: {kind}" : "a card",
                    c.ConversationId, c.MessageId, c.SentUtc)).ToList(),
            interviews.Where(i => i.IsHiringManager(person.Id)).OrderBy(i => i.StartUtc).Select(ExportedDecision.Of).ToList());
    }
}

/// <summary>A decision the person was asked for as hiring manager: when, and what they answered (their reason included, as theirs).</summary>
public sealed record ExportedDecision(Guid InterviewId, string Role, string Recruiter, DateTime? AskedUtc, string? Answer, DateTime? AnsweredUtc, string? Reason)
{
    public static ExportedDecision Of(Interview interview)
    {
        ArgumentNullException.ThrowIfNull(interview);
        return new(interview.Id, interview.Role, interview.Recruiter.Name, interview.DecisionAskedUtc, interview.ManagerAnswer?.ToString(),
            interview.ManagerAnsweredUtc, interview.ManagerNote);
    }
}

/// <summary>The person's profile: who they are on the platform, their working time and reminder choices.</summary>
public sealed record ExportedPerson(
    Guid Id,
    Guid WorkspaceId,
    string PlatformUserId,
    string? DirectoryId,
    string DisplayName,
    string TimeZone,
    bool TimeZoneChosen,
    TimeOnly WorkdayStart,
    TimeOnly WorkdayEnd,
    IReadOnlyList<string> WorkingDays,
    string? HolidayCountry,
    IReadOnlyList<string> RemindersTurnedOff,
    Guid? CurrentInterviewId,
    DateTime CreatedUtc)
{
    public static ExportedPerson Of(Person person) => new(
        person.Id, person.WorkspaceId, person.PlatformUserId, person.DirectoryId, person.DisplayName,
        person.TimeZoneId, person.TimeZoneChosen, person.WorkdayStart, person.WorkdayEnd,
        Enum.GetValues<DayOfWeek>().OrderBy(d => ((int)d + 6) % 7).Where(d => person.WorkingDays.Includes(d)).Select(d => d.ToString()).ToList(),
        person.HolidayCountry,
        person.TurnedOffNudges.Kinds.Order().Select(k => k.ToString()).ToList(),
        person.ActiveInterviewId,
        person.CreatedUtc);
}

/// <summary>
/// An interview as it concerns the person: its facts, and only their own answers, notes and
/// questions. On an interview someone else created, the other side shows by name only.
/// </summary>
public sealed record ExportedInterview(
    Guid Id,
    string Role,
    string? Company,
    string? MySide,
    bool CreatedByMe,
    string Status,
    DateTime StartUtc,
    DateTime EndUtc,
    string TimeZone,
    DateOnly? FeedbackDueDate,
    DateTime? FeedbackSentUtc,
    ExportedParty Recruiter,
    ExportedParty Candidate,
    IReadOnlyList<ExportedAnswer> MyChecklist,
    IReadOnlyList<ExportedNote> MyNotes,
    IReadOnlyList<ExportedQuestion> MyQuestions)
{
    public static ExportedInterview Of(Interview interview, Guid personId)
    {
        ArgumentNullException.ThrowIfNull(interview);
        var createdByMe = interview.OwnerId == personId;
        ExportedParty Party(Party party) => party.PersonId == personId || createdByMe
            ? new ExportedParty(party.Name, party.Email, party.PersonId == personId)
            : new ExportedParty(party.Name, null, false);

        return new ExportedInterview(
            interview.Id, interview.Role, interview.Company, interview.SideOf(personId)?.ToString(), createdByMe,
            interview.Status.ToString(), interview.StartUtc, interview.EndUtc, interview.TimeZoneId,
            interview.FeedbackDueDate, interview.FeedbackSentUtc,
            Party(interview.Recruiter), Party(interview.Candidate),
            interview.Checklist.Where(e => e.PersonId == personId).OrderBy(e => e.StepId, StringComparer.Ordinal)
                .Select(e => new ExportedAnswer(e.StepId, e.Done, e.Value, e.UpdatedUtc)).ToList(),
            interview.NotesBy(personId).Select(n => new ExportedNote(n.StepId, n.Text, n.CreatedUtc)).ToList(),
            interview.QuestionsBy(personId).Select(q => new ExportedQuestion(q.Order, q.Text, q.Intent)).ToList());
    }
}

/// <summary>One side of an interview. <see cref="IsMe"/>: this side is the person exporting.</summary>
public sealed record ExportedParty(string Name, string? Email, bool IsMe);

/// <summary>A checklist step: done or not, and what the person entered (answers and drafts, as stored).</summary>
public sealed record ExportedAnswer(string StepId, bool Done, string? Value, DateTime UpdatedUtc);

public sealed record ExportedNote(string StepId, string Text, DateTime CreatedUtc);

public sealed record ExportedQuestion(int Order, string Text, string? Intent);

public sealed record ExportedStory(Guid Id, Guid? InterviewId, string Situation, string Action, string Result, DateTime CreatedUtc, DateTime UpdatedUtc);

/// <summary>A reminder addressed to the person: its kind, when it is (or was) due and what became of it.</summary>
public sealed record ExportedNudge(Guid Id, Guid? InterviewId, string Kind, DateTime DueUtc, string State, DateTime? SentUtc, DateTime? DoneUtc, string? SnoozeReason);

/// <summary>Where the person is in an interview's playbook, with any answer given in chat but not yet saved.</summary>
public sealed record ExportedSession(Guid InterviewId, string PhaseId, string? AwaitingStepId, string? PartialAnswers, DateTime UpdatedUtc);

/// <summary>
/// A chat where the bot can reach the person, or a shared chat whose stored address still names them.
/// The platform's own reference is not repeated; <see cref="AddressHolds"/> says what of theirs it holds.
/// </summary>
public sealed record ExportedConversation(string Platform, string ConversationId, bool IsPersonal, DateTime UpdatedUtc, string AddressHolds)
{
    public static ExportedConversation Of(ConversationAddress address, Person person)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(person);
        // The reference is the channel's own text; it is only searched here, never read.
        var held = new List<string>();
        if (Mentions(address, person.PlatformUserId)) held.Add("your user id");
        if (Mentions(address, person.DisplayName)) held.Add("your name");
        if (Mentions(address, person.DirectoryId)) held.Add("your directory id");
        var holds = held.Count switch
        {
            0 => "the chat's address",
            1 => $"the chat's address and {held[0]}",
            _ => $"the chat's address, {string.Join(", ", held[..^1])} and {held[^1]}",
        };
        return new ExportedConversation(address.Platform, address.ConversationId, address.IsPersonal, address.UpdatedUtc, holds);
    }

    /// <summary>A shared chat's address that names the person by an id of theirs (stored before shared chats were stored without their last speaker).</summary>
    public static bool Names(ConversationAddress address, Person person)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(person);
        return !address.IsPersonal && (Mentions(address, person.PlatformUserId) || Mentions(address, person.DirectoryId));
    }

    private static bool Mentions(ConversationAddress address, string? text) =>
        !string.IsNullOrEmpty(text) && address.Reference.Contains(text, StringComparison.Ordinal);
}

/// <summary>A card the bot posted that concerns the person: which card (a reminder's kind, or a card in their chat), where and when.</summary>
public sealed record ExportedSentCard(Guid CardId, string Card, string ConversationId, string MessageId, DateTime SentUtc);
