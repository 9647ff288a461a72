using InterviewBot.Core.Nudges;

namespace InterviewBot.Core.Telemetry;

/// <summary>
/// Records, once per interview, the working days from its call to its feedback – counted in the
/// recruiter's calendar, as the team digest counts them – when the feedback is saved as sent.
/// </summary>
public sealed class FeedbackTurnaround(IPeople people, WorkingTimes times)
{
    public async Task RecordAsync(Workspace workspace, Interview interview, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(interview);
        if (interview.FeedbackSentUtc is not { } sent) return;
        var recruiter = interview.Recruiter.PersonId is { } id ? await people.GetAsync(workspace.Id, id, ct) : null;
        var calendar = new WorkingCalendar(recruiter is null ? times.Team(workspace) : times.Of(workspace, recruiter));
        BotTelemetry.FeedbackTurnaround.Record(Math.Max(0, calendar.WorkingDaysBetween(calendar.LocalDate(interview.StartUtc), calendar.LocalDate(sent))));
    }
}
