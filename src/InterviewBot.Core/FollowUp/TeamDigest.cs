using System.Globalization;
using InterviewBot.Core.Nudges;

namespace InterviewBot.Core.FollowUp;

/// <summary>
/// The team digest: today's calls, feedback that is overdue, and turnaround – the median working
/// days from call to feedback and the share sent within three working days, over the last 30 days.
/// Only interviews a recruiter runs for the workspace count (see <see cref="ChannelNames"/>); names of
/// candidates appear only when the workspace allows it, and never those of internal candidates.
/// </summary>
public sealed class TeamDigest(IInterviews interviews, IPeople people, WorkingTimes times)
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(30);
    private const int DeadlineWorkingDays = 3;

    public async Task<NudgeView> ComposeAsync(Workspace workspace, DateTime nowUtc, CancellationToken ct)
    {
        var zone = times.Team(workspace).TimeZoneId;
        var today = DateOnly.FromDateTime(Zones.ToLocal(nowUtc, zone));
        var all = (await interviews.ListInWorkspaceAsync(workspace.Id, nowUtc - Window - TimeSpan.FromDays(14), ct))
            .Where(ChannelNames.IsTeamInterview).ToList();
        var names = await ChannelNames.ForAsync(workspace, people, ct);
        var recruiters = new Dictionary<Guid, Person?>();
        async Task<Person?> RecruiterOf(Interview i)
        {
            if (i.Recruiter.PersonId is not { } id) return null;
            if (!recruiters.TryGetValue(id, out var person)) recruiters[id] = person = await people.GetAsync(workspace.Id, id, ct);
            return person;
        }

        var todays = all.Where(i => i.Status is not (InterviewStatus.Cancelled or InterviewStatus.NoShow)
            && DateOnly.FromDateTime(Zones.ToLocal(i.StartUtc, zone)) == today).ToList();
        var overdue = new List<(Interview Interview, Person Recruiter)>();
        var turnaround = new List<int>();
        foreach (var interview in all)
        {
            if (await RecruiterOf(interview) is not { } recruiter) continue;
            var calendar = new WorkingCalendar(times.Of(workspace, recruiter));
            var callDay = calendar.LocalDate(interview.StartUtc);
            if (interview.FeedbackSentUtc is { } sent && sent >= nowUtc - Window)
                turnaround.Add(calendar.WorkingDaysBetween(callDay, calendar.LocalDate(sent)));
            var waiting = interview.Status is InterviewStatus.Held or InterviewStatus.DecisionPending
                || (interview.Status == InterviewStatus.Scheduled && interview.EndUtc < nowUtc);
            if (waiting && FeedbackDeadline.For(calendar, callDay, interview.FeedbackDueDate, DeadlineWorkingDays).OverdueFrom <= calendar.LocalDate(nowUtc))
                overdue.Add((interview, recruiter));
        }

        var facts = new List<Fact>
        {
            new("Calls today", todays.Count.ToString(CultureInfo.InvariantCulture)),
            new("Feedback overdue", overdue.Count.ToString(CultureInfo.InvariantCulture)),
            new("Median working days to feedback (30 days)", turnaround.Count == 0 ? "–" : Median(turnaround).ToString("0.#", CultureInfo.InvariantCulture)),
            new("Feedback within 3 working days", turnaround.Count == 0 ? "–" : $"{100 * turnaround.Count(d => d <= DeadlineWorkingDays) / turnaround.Count}% of {turnaround.Count}"),
        };
        var sections = new List<Section>();
        if (todays.Count > 0)
        {
            var lines = new List<string>();
            foreach (var i in todays.OrderBy(i => i.StartUtc))
                lines.Add($"{Zones.ToLocal(i.StartUtc, zone):HH:mm} – {Subject(names, i)}, {(await RecruiterOf(i))?.DisplayName ?? i.Recruiter.Name}");
            sections.Add(new Section("Today", lines));
        }
        if (overdue.Count > 0)
            sections.Add(new Section("Waiting for feedback", overdue.Select(o => $"{Subject(names, o.Interview)} {DayWords.On(o.Interview.StartUtc, nowUtc, zone)} – {o.Recruiter.DisplayName}").ToList()));
        return new NudgeView($"Team digest – {today.ToString("dddd d MMMM", CultureInfo.InvariantCulture)}", "Phone screens at a glance.", null, [], facts, Sections: sections);
    }

    private static string Subject(ChannelNames names, Interview interview) =>
        names.MayName(interview) ? $"{interview.Candidate.Name} ({interview.Role})" : $"{interview.Role} phone screen";

    private static double Median(List<int> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
