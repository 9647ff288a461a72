namespace InterviewBot.Core.Ports;

/// <summary>
/// Everything a workspace holds about one candidate, for a privacy admin to pass on: each recruiter's
/// interview with them, with what was written on it by anyone, its reminders and the cards sent for them.
/// </summary>
public sealed record CandidateDataExport(IReadOnlyList<CandidateInterview> Interviews)
{
    public static CandidateDataExport Of(CandidateRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return new CandidateDataExport(records.Interviews.OrderBy(i => i.StartUtc).Select(i => CandidateInterview.Of(i, records)).ToList());
    }

    /// <summary>Every record in it: interviews, answers, notes, questions, reminders and sent-card records.</summary>
    public int Records => Interviews.Sum(i => 1 + i.Checklist.Count + i.Notes.Count + i.Questions.Count + i.Reminders.Count + i.SentCards.Count);
}

/// <summary>One interview with the candidate: its facts, who ran it, and everything on it.</summary>
public sealed record CandidateInterview(
    Guid Id,
    string Role,
    string? Company,
    string Status,
    DateTime StartUtc, DateTime EndUtc, string TimeZone,
    DateOnly? FeedbackDueDate,
    DateTime? FeedbackSentUtc,
    string Recruiter,
    string CandidateName,
    string? CandidateEmail,
    IReadOnlyList<ExportedAnswer> Checklist,
    IReadOnlyList<ExportedNote> Notes,
    IReadOnlyList<ExportedQuestion> Questions,
    IReadOnlyList<ExportedNudge> Reminders,
    IReadOnlyList<ExportedSentCard> SentCards)
{
    public static CandidateInterview Of(Interview interview, CandidateRecords records)
    {
        ArgumentNullException.ThrowIfNull(interview);
        ArgumentNullException.ThrowIfNull(records);
        var reminders = records.Nudges.Where(n => n.InterviewId == interview.Id).OrderBy(n => n.DueUtc).ToList();
        var kinds = reminders.ToDictionary(n => n.Id, n => n.Kind);
        return new CandidateInterview(
            interview.Id, interview.Role, interview.Company, interview.Status.ToString(), interview.StartUtc, interview.EndUtc, interview.TimeZoneId,
            interview.FeedbackDueDate, interview.FeedbackSentUtc, interview.Recruiter.Name, interview.Candidate.Name, interview.Candidate.Email,
            interview.Checklist.OrderBy(e => e.StepId, StringComparer.Ordinal).Select(e => new ExportedAnswer(e.StepId, e.Done, e.Value, e.UpdatedUtc)).ToList(),
            interview.Notes.OrderBy(n => n.CreatedUtc).Select(n => new ExportedNote(n.StepId, n.Text, n.CreatedUtc)).ToList(),
            interview.Questions.OrderBy(q => q.Order).Select(q => new ExportedQuestion(q.Order, q.Text, q.Intent)).ToList(),
            reminders.Select(n => new ExportedNudge(n.Id, n.InterviewId, n.Kind.ToString(), n.DueUtc, n.State.ToString(), n.SentUtc, n.DoneUtc, n.SnoozeReason)).ToList(),
            records.SentCards.Where(c => kinds.ContainsKey(c.CardId)).OrderBy(c => c.SentUtc)
                .Select(c => new ExportedSentCard(c.CardId, $"reminder: {kinds[c.CardId]}", c.ConversationId, c.MessageId, c.SentUtc)).ToList());
    }
}
