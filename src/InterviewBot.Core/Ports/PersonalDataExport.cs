using InterviewBot.Core.Domain;

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
    IReadOnlyList<ExportedConversation> Conversations)
{
    /// <param name="interviews">Interviews the person is on, with their checklists, notes and questions loaded.</param>
    /// <param name="nudges">Reminders addressed to the person.</param>
    public static PersonalDataExport Of(Person person, IEnumerable<Interview> interviews, IEnumerable<Story> stories,
        IEnumerable<Nudge> nudges, IEnumerable<Session> sessions, IEnumerable<ConversationAddress> addresses)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new PersonalDataExport(
            ExportedPerson.Of(person),
            interviews.Where(i => i.IsParticipant(person.Id)).OrderBy(i => i.StartUtc).Select(i => ExportedInterview.Of(i, person.Id)).ToList(),
            stories.Where(s => s.PersonId == person.Id).OrderBy(s => s.CreatedUtc)
                .Select(s => new ExportedStory(s.Id, s.InterviewId, s.Situation, s.Action, s.Result, s.CreatedUtc, s.UpdatedUtc)).ToList(),
            nudges.Where(n => n.PersonId == person.Id).OrderBy(n => n.DueUtc)
                .Select(n => new ExportedNudge(n.Id, n.InterviewId, n.Kind.ToString(), n.DueUtc, n.State.ToString(), n.SentUtc, n.DoneUtc, n.SnoozeReason)).ToList(),
            sessions.Where(s => s.PersonId == person.Id).OrderBy(s => s.UpdatedUtc)
                .Select(s => new ExportedSession(s.InterviewId, s.PhaseId, s.AwaitingStepId, s.PartialAnswers, s.UpdatedUtc)).ToList(),
            addresses.Where(a => a.PersonId == person.Id)
                .Select(a => new ExportedConversation(a.Platform, a.ConversationId, a.IsPersonal, a.UpdatedUtc)).ToList());
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

/// <summary>A chat where the bot can reach the person (the platform's own reference to it is not repeated here).</summary>
public sealed record ExportedConversation(string Platform, string ConversationId, bool IsPersonal, DateTime UpdatedUtc);
