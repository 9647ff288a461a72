using System.Globalization;
using InterviewBot.Core.Nudges;

namespace InterviewBot.Core.FollowUp;

/// <summary>
/// The team digest: today's calls, feedback that is overdue, and turnaround – the median and slowest
/// working days from call to feedback over the last 7 days, the trend against the four weeks before,
/// and the share sent within three working days.
/// Only interviews a recruiter runs for the workspace count (see <see cref="ChannelNames"/>); names of
/// candidates appear only when the workspace allows it, and never those of internal candidates.
/// </summary>
public sealed class TeamDigest(IInterviews interviews, IPeople people, WorkingTimes times)
{
    /// <summary>The turnaround reported, and the four weeks before it that it is compared with.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromDays(7);
    private static readonly TimeSpan Before = TimeSpan.FromDays(28);
    private const int DeadlineWorkingDays = 3;

    public async Task<NudgeView> ComposeAsync(Workspace workspace, DateTime nowUtc, CancellationToken ct)
    {
        var zone = times.Team(workspace).TimeZoneId;
        var today = DateOnly.FromDateTime(Zones.ToLocal(nowUtc, zone));
        var all = (await interviews.ListInWorkspaceAsync(workspace.Id, nowUtc - Window - Before - TimeSpan.FromDays(14), ct))
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
        var turnaround = new List<(int Days, Interview Interview)>();
        var earlier = new List<int>();
        foreach (var interview in all)
        {
            if (await RecruiterOf(interview) is not { } recruiter) continue;
            var calendar = new WorkingCalendar(times.Of(workspace, recruiter));
            var callDay = calendar.LocalDate(interview.StartUtc);
            if (interview.FeedbackSentUtc is { } sent && sent <= nowUtc && sent > nowUtc - Window - Before)
            {
                var days = calendar.WorkingDaysBetween(callDay, calendar.LocalDate(sent));
                if (sent > nowUtc - Window) turnaround.Add((days, interview));
                else earlier.Add(days);
            }
            var waiting = interview.Status is InterviewStatus.Held or InterviewStatus.DecisionPending
                || (interview.Status == InterviewStatus.Scheduled && interview.EndUtc < nowUtc);
            if (waiting && FeedbackDeadline.For(calendar, callDay, interview.FeedbackDueDate, DeadlineWorkingDays).OverdueFrom <= calendar.LocalDate(nowUtc))
                overdue.Add((interview, recruiter));
        }

        var facts = new List<Fact>
        {
            new("Calls today", todays.Count.ToString(CultureInfo.InvariantCulture)),
            new("Feedback overdue", overdue.Count.ToString(CultureInfo.InvariantCulture)),
            new("Median working days to feedback (7 days)", turnaround.Count == 0 ? "–" : Days(Median([.. turnaround.Select(t => t.Days)]))),
            new("Slowest feedback (7 days)", Slowest(names, turnaround)),
            new("Trend", Trend([.. turnaround.Select(t => t.Days)], earlier)),
            new("Feedback within 3 working days", turnaround.Count == 0 ? "–" : $"{100 * turnaround.Count(t => t.Days <= DeadlineWorkingDays) / turnaround.Count}% of {turnaround.Count}"),
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

    /// <summary>The call that waited longest for feedback this week, by role unless names may be shown.</summary>
    private static string Slowest(ChannelNames names, List<(int Days, Interview Interview)> turnaround)
    {
        if (turnaround.Count == 0) return "–";
        var (days, interview) = turnaround.OrderByDescending(t => t.Days).ThenBy(t => t.Interview.StartUtc).First();
        return $"{days.ToString(CultureInfo.InvariantCulture)} working day{(days == 1 ? "" : "s")} – {Subject(names, interview)}";
    }

    /// <summary>This week's median against the four weeks before: faster, slower or the same.</summary>
    private static string Trend(List<int> week, List<int> before)
    {
        if (week.Count == 0 || before.Count == 0) return "–";
        var (now, then) = (Median(week), Median(before));
        var direction = now < then ? "Faster than" : now > then ? "Slower than" : "The same as";
        return $"{direction} the 4 weeks before (median {Days(then)})";
    }

    private static string Days(double days) => days.ToString("0.#", CultureInfo.InvariantCulture);

    private static double Median(List<int> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
