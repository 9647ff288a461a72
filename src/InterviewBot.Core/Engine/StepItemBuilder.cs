using System.Globalization;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Engine;

/// <summary>
/// One step on a checklist card: its inputs (prefilled with what is kept), its links and drafts,
/// what its coach has to say, and the buttons that act on it.
/// </summary>
public static class StepItemBuilder
{
    private const int NotesShown = 3;
    private const int RewritesOffered = 3;

    private static readonly QuestionCoach Questions = new();
    private static readonly SalaryCoach Salary = new();

    public static ChecklistItemView Build(ChecklistContext context, PlaybookStep step, IReadOnlyDictionary<string, string?> placeholders)
    {
        var (interview, viewer, _, _, brief, _) = context;
        var entry = interview.FindEntry(viewer.Id, step.Id);
        var answers = DraftSources.Answers(step, StepAnswers.Read(step, entry?.Value), interview, viewer);
        var done = StepProgress.IsDone(interview, viewer, step, brief);
        (string, string)[] keys = [(Verbs.KeyInterview, interview.Id.ToString()), (Verbs.KeyStep, step.Id)];

        var withAnswers = new Dictionary<string, string?>(placeholders);
        foreach (var (key, value) in StepAnswers.FieldsOnly(step, answers)) withAnswers[key] = value;
        var links = step.Links
            .Where(l => l.OnlyWith is null || !string.IsNullOrWhiteSpace(answers.GetValueOrDefault(l.OnlyWith)))
            .Select(l => new LinkButton(TemplateText.Fill(l.Label, withAnswers), TemplateText.Fill(l.Url, withAnswers, forUrl: true)))
            .ToList();

        var fields = Fields(context, step, answers, placeholders);
        var buttons = new List<ActionButton>();
        if (fields.Count > 0) buttons.Add(ActionButton.For("Save", Verbs.SaveStep, step.Action != StepAction.Draft, keys));
        if (step.TakesText && step.Action is StepAction.Text or StepAction.List)
            buttons.Add(ActionButton.For(step.Coach == StepCoach.StoryBuilder ? "Tell it in chat" : "Answer in chat", Verbs.AnswerInChat, false, keys));
        if (step.Action is StepAction.Check or StepAction.Link or StepAction.Draft)
            buttons.Add(ActionButton.For(ToggleLabel(step, done), Verbs.ToggleStep, false, keys));
        // The recruiter's drafts to the candidate can go by e-mail, as the card shows them (checked before it goes).
        if (step.Action == StepAction.Draft && step.DraftPer is null && context.CanEmail && interview.SideOf(viewer.Id) == Audience.Recruiter)
            buttons.Add(ActionButton.For("Send by e-mail", Mail.MailVerbs.Compose, false, keys));
        buttons.AddRange(CoachButtons(context, step));

        var prompt = step.Prompt is null ? null : TemplateText.Fill(step.Prompt, placeholders);
        return new ChecklistItemView(step.Id, step.Title, step.Why, done, prompt, fields, links, buttons, Saved(context, step, answers));
    }

    private static List<FieldView> Fields(ChecklistContext context, PlaybookStep step, IReadOnlyDictionary<string, string> answers,
        IReadOnlyDictionary<string, string?> placeholders)
    {
        var (interview, viewer, _, _, brief, _) = context;
        var questions = interview.QuestionsBy(viewer.Id).ToList();

        if (step.Store == StepStore.Intents)
        {
            return questions.Select((q, i) => new FieldView(Verbs.StepInput(step.Id, $"q{i}"), $"{i + 1}. {HelpCards.Shorten(q.Text, 150)}",
                Value: q.Intent, Placeholder: "What I want to learn", MaxLength: PlannedQuestion.MaxLength)).ToList();
        }
        if (step.Coach == StepCoach.AskedQuestions)
        {
            if (questions.Count == 0) return [];
            var choices = questions.Select((q, i) => new Choice(HelpCards.Shorten(q.Text, 150), i.ToString(CultureInfo.InvariantCulture))).ToList();
            var asked = interview.FindEntry(viewer.Id, step.Id)?.Value;
            return [new FieldView(Verbs.StepInput(step.Id, "asked"), "Asked so far", FieldInputKind.Checkboxes, asked, Choices: choices)];
        }

        var fields = step.Fields.Select(f => new FieldView(
            Verbs.StepInput(step.Id, f.Id),
            f.Label,
            f.Kind == FieldKind.Date ? FieldInputKind.Date : f.Multiline ? FieldInputKind.MultilineText : FieldInputKind.Text,
            step.Store switch
            {
                StepStore.Notes => null,
                StepStore.Questions => string.Join('\n', questions.Select(q => q.Format())),
                StepStore.RoleBrief => brief?[f.Id],
                StepStore.FeedbackDate when f.Kind == FieldKind.Date => interview.FeedbackDueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => answers.GetValueOrDefault(f.Id) ?? (f.Id == step.DraftPer ? interview.CounterpartName(viewer.Id) : null),
            },
            f.Placeholder,
            MaxLength: step.Store == StepStore.RoleBrief ? RoleBrief.MaxFieldLength : Note.MaxLength)).ToList();

        if (step.Action == StepAction.Draft)
        {
            var drafts = DraftWriter.Write(step, placeholders, answers, interview.CounterpartName(viewer.Id));
            fields.AddRange(drafts.Select((d, i) => new FieldView(
                Verbs.StepInput(step.Id, StepAnswers.DraftKeyFor(i)),
                d.Label is { } label ? $"Or: {label}" : d.Recipient is null ? "Draft – edit, copy and send" : $"Draft for {d.Recipient}",
                FieldInputKind.MultilineText, d.Text, MaxLength: Note.MaxLength)));
        }
        return fields;
    }

    private static string? Saved(ChecklistContext context, PlaybookStep step, IReadOnlyDictionary<string, string> answers)
    {
        var (interview, viewer, _, _, _, _) = context;
        if (step.Store == StepStore.Notes)
        {
            var notes = interview.NotesBy(viewer.Id).Where(n => n.StepId == step.Id).TakeLast(NotesShown).ToList();
            return notes.Count == 0 ? null : "Your notes so far:\n" + string.Join('\n', notes.Select(n => "• " + HelpCards.Shorten(n.Text, 200)));
        }

        switch (step.Coach)
        {
            case StepCoach.QuestionCoach:
                var questions = interview.QuestionsBy(viewer.Id).ToList();
                if (questions.Count == 0) return null;
                var closed = questions.Select((q, i) => (Number: i + 1, q.Text, Assessment: Questions.Assess(q.Text))).Where(x => x.Assessment.IsClosed).ToList();
                if (closed.Count == 0) return $"✓ All {questions.Count} questions are open – good.";
                return string.Join('\n', closed.Select(c =>
                    $"⚠ {c.Number}. \"{HelpCards.Shorten(c.Text, 120)}\" – {c.Assessment.Reason} Try: \"{c.Assessment.Suggestion}\""));

            case StepCoach.SalaryCoach:
                var number = answers.Values.FirstOrDefault();
                return string.IsNullOrWhiteSpace(number) ? null : Salary.Assess(number).Advice;

            case StepCoach.PitchPace:
                return PitchPace.Advice(answers.Values.FirstOrDefault());

            case StepCoach.StoryBuilder:
                if (!step.Fields.All(f => !string.IsNullOrWhiteSpace(answers.GetValueOrDefault(f.Id)))) return null;
                var story = StoryPolisher.Polish(answers[step.Fields[0].Id], answers[step.Fields[1].Id], answers[step.Fields[2].Id]);
                return "Your story, ready to tell:\n" + story.Text + string.Concat(story.Advice.Select(a => "\nTip: " + a));

            default:
                return null;
        }
    }

    private static IEnumerable<ActionButton> CoachButtons(ChecklistContext context, PlaybookStep step)
    {
        var id = context.Interview.Id.ToString();
        switch (step.Coach)
        {
            case StepCoach.QuestionBank:
                yield return ActionButton.For("Question bank", Verbs.ShowQuestionBank, false, (Verbs.KeyInterview, id));
                break;
            case StepCoach.StoryBuilder:
                yield return ActionButton.For("My brag list", Verbs.ListStories, false, (Verbs.KeyInterview, id));
                break;
            case StepCoach.Journal:
                yield return ActionButton.For("My journal", Verbs.ShowJournal);
                break;
            case StepCoach.QuestionCoach:
                var closed = context.Interview.QuestionsBy(context.Viewer.Id)
                    .Select((q, i) => (Index: i, Closed: Questions.Assess(q.Text).IsClosed))
                    .Where(x => x.Closed).Take(RewritesOffered);
                foreach (var (index, _) in closed)
                {
                    yield return ActionButton.For($"Use rewrite for {index + 1}", Verbs.RewriteQuestion, false,
                        (Verbs.KeyInterview, id), (Verbs.KeyIndex, index.ToString(CultureInfo.InvariantCulture)));
                }
                break;
        }
    }

    private static string ToggleLabel(PlaybookStep step, bool done) => (step.Action, done) switch
    {
        (_, true) => "Undo",
        (StepAction.Draft, false) => "Mark as sent",
        _ => "Done",
    };
}
