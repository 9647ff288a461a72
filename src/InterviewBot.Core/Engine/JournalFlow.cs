using InterviewBot.Core.Playbooks;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.Engine;

/// <summary>The candidate's journal: their reflections after each call, newest first.</summary>
public sealed class JournalFlow(InterviewAccess access)
{
    private const int MaxInterviews = 50;

    public async Task ShowAsync(Turn turn, CancellationToken ct)
    {
        var interviews = await access.ListAsync(turn, DateTime.MinValue, MaxInterviews, ct);
        var sections = new List<Section>();
        foreach (var interview in interviews.OrderByDescending(i => i.StartUtc))
        {
            var step = access.Playbook(interview, turn.Person).Steps.FirstOrDefault(s => s.Coach == StepCoach.Journal);
            var entry = step is null ? null : interview.FindEntry(turn.Person.Id, step.Id);
            if (step is null || entry?.Value is null) continue;
            var answers = StepAnswers.Read(step, entry.Value);
            var lines = step.Fields.Where(f => answers.ContainsKey(f.Id)).Select(f => $"{Bold($"{f.Label}:")} {answers[f.Id]}").ToList();
            sections.Add(new Section($"{Describe.Date(interview.StartUtc, turn.Person)} – {ChecklistCardBuilder.Headline(interview, turn.Person)}", lines));
        }
        turn.ShowInPlace(sections.Count == 0
            ? new SummaryView("My journal", $"Nothing yet. After a call, {Italic("Reflect on the call")} in the after checklist adds to it.", [], [], [])
            : new SummaryView("My journal", $"{sections.Count} reflection{(sections.Count == 1 ? "" : "s")}, newest first.", [], sections, []));
    }
}
