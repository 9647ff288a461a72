using System.Globalization;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Playbooks;
using InterviewBot.Core.Views;

namespace InterviewBot.Core.Engine;

/// <summary>Builds the checklist card of one phase for one participant. Pure: same input, same card.</summary>
public static class ChecklistCardBuilder
{
    private const int NotesShown = 3;

    public static ChecklistView Build(Interview interview, Person viewer, Playbook playbook, PlaybookPhase phase, RoleBrief? brief, string? notice = null)
    {
        var placeholders = Placeholders(interview, viewer);
        var items = phase.Steps.Select(step => Item(interview, viewer, step, brief, placeholders)).ToList();
        var id = interview.Id.ToString();

        var buttons = new List<ActionButton>();
        foreach (var other in playbook.Phases.Where(p => p.Id != phase.Id))
            buttons.Add(ActionButton.For(other.Title, Verbs.ShowPhase, false, (Verbs.KeyInterview, id), (Verbs.KeyPhase, other.Id)));
        if (playbook.Audience == Audience.Recruiter && phase.Id == "after")
        {
            foreach (var next in InterviewLifecycle.NextFrom(interview.Status))
                buttons.Add(ActionButton.For(StatusLabel(next), Verbs.SetStatus, false, (Verbs.KeyInterview, id), (Verbs.KeyStatus, next.ToString())));
        }

        return new ChecklistView(
            $"{phase.Title}: {Headline(interview, viewer)}",
            $"{Describe.When(interview, viewer)} · {interview.Status.Describe()}. {phase.Intro}",
            items.Count(i => i.Done),
            items.Count,
            items,
            buttons,
            phase.Id == "during" ? CallFacts(interview, viewer, playbook, brief) : null,
            phase.Id == "during" ? CallSections(interview, viewer) : null,
            notice);
    }

    public static string Headline(Interview interview, Person viewer) =>
        interview.SideOf(viewer.Id) == Audience.Candidate
            ? $"{interview.Role} at {interview.Company ?? "the company"}"
            : $"{interview.Candidate.Name} – {interview.Role}";

    public static bool IsDone(Interview interview, Person viewer, PlaybookStep step, RoleBrief? brief) =>
        interview.FindEntry(viewer.Id, step.Id)?.Done == true
        || (step.Store == StepStore.RoleBrief && brief is { Fields.Count: > 0 });

    /// <summary>Values for the placeholders in links and drafts, as <paramref name="viewer"/> would write them.</summary>
    public static Dictionary<string, string?> Placeholders(Interview interview, Person viewer)
    {
        var firstNote = interview.NotesBy(viewer.Id).FirstOrDefault(n => n.StepId == "take-notes")?.Text;
        return new Dictionary<string, string?>
        {
            ["candidate"] = interview.Candidate.Name,
            ["recruiter"] = interview.Recruiter.Name,
            ["company"] = interview.Company,
            ["role"] = interview.Role,
            ["callDate"] = Zones.ToLocal(interview.StartUtc, viewer.TimeZoneId).ToString("dddd d MMMM", CultureInfo.InvariantCulture),
            ["me"] = viewer.DisplayName,
            ["callNote"] = firstNote is null ? "[one thing you talked about]" : HelpCards.Shorten(firstNote, 120),
        };
    }

    private static ChecklistItemView Item(Interview interview, Person viewer, PlaybookStep step, RoleBrief? brief, Dictionary<string, string?> placeholders)
    {
        var entry = interview.FindEntry(viewer.Id, step.Id);
        var done = IsDone(interview, viewer, step, brief);
        var id = interview.Id.ToString();
        (string, string)[] keys = [(Verbs.KeyInterview, id), (Verbs.KeyStep, step.Id)];
        var fields = Fields(interview, viewer, step, brief, entry, placeholders);
        var links = step.Links.Select(l => new LinkButton(
            TemplateText.Fill(l.Label, placeholders), TemplateText.Fill(l.Url, placeholders, forUrl: true))).ToList();

        var buttons = new List<ActionButton>();
        if (fields.Count > 0)
            buttons.Add(ActionButton.For(step.Action == StepAction.Draft ? "Save edits" : "Save", Verbs.SaveStep, step.Action != StepAction.Draft, keys));
        if (step.TakesText && step.Action is StepAction.Text or StepAction.List)
            buttons.Add(ActionButton.For("Answer in chat", Verbs.AnswerInChat, false, keys));
        if (step.Action is StepAction.Check or StepAction.Link or StepAction.Draft)
            buttons.Add(ActionButton.For(ToggleLabel(step, done), Verbs.ToggleStep, false, keys));

        var prompt = step.Prompt is null ? null : TemplateText.Fill(step.Prompt, placeholders);
        return new ChecklistItemView(step.Id, step.Title, step.Why, done, prompt, fields, links, buttons, Saved(interview, viewer, step));
    }

    private static List<FieldView> Fields(Interview interview, Person viewer, PlaybookStep step, RoleBrief? brief,
        ChecklistEntry? entry, Dictionary<string, string?> placeholders)
    {
        if (step.Action == StepAction.Draft)
        {
            var draft = entry?.Value ?? TemplateText.Fill(step.Draft!, placeholders);
            return [new FieldView(Verbs.StepInput(step.Id, "draft"), "Draft – edit, copy and send", FieldInputKind.MultilineText, draft, MaxLength: Note.MaxLength)];
        }

        var answers = StepAnswers.Read(step, entry?.Value);
        return step.Fields.Select(f => new FieldView(
            Verbs.StepInput(step.Id, f.Id),
            f.Label,
            f.Kind == FieldKind.Date ? FieldInputKind.Date : f.Multiline ? FieldInputKind.MultilineText : FieldInputKind.Text,
            step.Store switch
            {
                StepStore.Notes => null,
                StepStore.Questions => string.Join('\n', interview.QuestionsBy(viewer.Id).Select(q => q.Format())),
                StepStore.RoleBrief => brief?[f.Id],
                StepStore.FeedbackDate when f.Kind == FieldKind.Date => interview.FeedbackDueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => answers.GetValueOrDefault(f.Id),
            },
            f.Placeholder,
            MaxLength: step.Store == StepStore.RoleBrief ? RoleBrief.MaxFieldLength : Note.MaxLength)).ToList();
    }

    private static string? Saved(Interview interview, Person viewer, PlaybookStep step)
    {
        if (step.Store != StepStore.Notes) return null;
        var notes = interview.NotesBy(viewer.Id).Where(n => n.StepId == step.Id).TakeLast(NotesShown).ToList();
        return notes.Count == 0 ? null : "Your notes so far:\n" + string.Join('\n', notes.Select(n => "• " + HelpCards.Shorten(n.Text, 200)));
    }

    private static List<Fact> CallFacts(Interview interview, Person viewer, Playbook playbook, RoleBrief? brief)
    {
        var facts = new List<Fact> { new(interview.SideOf(viewer.Id) == Audience.Candidate ? "Interviewer" : "Candidate", interview.CounterpartName(viewer.Id)) };
        if (playbook.Audience == Audience.Recruiter)
        {
            var briefStep = playbook.Steps.FirstOrDefault(s => s.Store == StepStore.RoleBrief);
            if (briefStep is not null && brief is not null)
                facts.AddRange(briefStep.Fields.Where(f => brief[f.Id] is not null).Select(f => new Fact(f.Label, brief[f.Id]!)));
        }
        else
        {
            var number = interview.FindEntry(viewer.Id, "salary-number")?.Value;
            if (number is not null) facts.Add(new Fact("My number", number));
        }
        return facts;
    }

    private static List<Section> CallSections(Interview interview, Person viewer)
    {
        var questions = interview.QuestionsBy(viewer.Id).Select(q => q.Intent is null ? q.Text : $"{q.Text} *({q.Intent})*").ToList();
        return questions.Count == 0 ? [] : [new Section(interview.SideOf(viewer.Id) == Audience.Candidate ? "My questions" : "Planned questions", questions)];
    }

    private static string ToggleLabel(PlaybookStep step, bool done) => (step.Action, done) switch
    {
        (_, true) => "Undo",
        (StepAction.Draft, false) => "Mark as sent",
        _ => "Done",
    };

    private static string StatusLabel(InterviewStatus status) => status switch
    {
        InterviewStatus.Held => "Call held",
        InterviewStatus.DecisionPending => "Decision pending",
        InterviewStatus.FeedbackSent => "Feedback sent",
        InterviewStatus.Closed => "Close",
        InterviewStatus.Cancelled => "Cancelled",
        InterviewStatus.NoShow => "No-show",
        InterviewStatus.Scheduled => "Back to scheduled",
        _ => status.ToString(),
    };
}
