using System.Globalization;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Playbooks;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.Engine;

/// <summary>The brag list: every STAR story a person wrote, to read, edit, delete and reuse in a new prep.</summary>
public sealed class StoryFlow(IStories stories, InterviewAccess access)
{
    private const string Situation = "situation", Action = "action", Result = "result";

    public async Task ShowListAsync(Turn turn, CancellationToken ct)
    {
        var list = await stories.ListAsync(turn.Workspace.Id, turn.Person.Id, ct);
        var active = await access.FindActiveAsync(turn, ct);
        turn.ShowInPlace(BragList(list, active?.SideOf(turn.Person.Id) == Audience.Candidate ? active : null, null));
    }

    public async Task EditAsync(Turn turn, CancellationToken ct)
    {
        var story = await LoadAsync(turn, ct);
        turn.ShowInPlace(Form(story, new FormReader(null)));
    }

    public async Task SaveAsync(Turn turn, CancellationToken ct)
    {
        var story = await LoadAsync(turn, ct);
        var form = new FormReader(turn.Submit);
        var situation = form.Text(Situation, "Situation and task", required: true, Story.MaxPartLength);
        var action = form.Text(Action, "What I did", required: true, Story.MaxPartLength);
        var result = form.Text(Result, "Result", required: true, Story.MaxPartLength);
        if (!form.IsValid)
        {
            turn.ShowInPlace(Form(story, form));
            return;
        }
        story.Update(situation!, action!, result!, turn.NowUtc);
        await ShowListAfterAsync(turn, "Story updated ✓", ct);
    }

    public async Task DeleteAsync(Turn turn, CancellationToken ct)
    {
        var story = await LoadAsync(turn, ct);
        stories.Remove(story);
        await ShowListAfterAsync(turn, "Story deleted.", ct, story.Id);
    }

    /// <summary>Copies a story from the brag list into the current prep's career-story step.</summary>
    public async Task UseAsync(Turn turn, CancellationToken ct)
    {
        var story = await LoadAsync(turn, ct);
        var interview = await access.LoadFromCardAsync(turn, ct);
        var step = access.Playbook(interview, turn.Person).Steps.FirstOrDefault(s => s.Coach == StepCoach.StoryBuilder)
            ?? throw new DomainException("This interview's playbook has no story step.");
        var values = new Dictionary<string, string> { [step.Fields[0].Id] = story.Situation, [step.Fields[1].Id] = story.Action, [step.Fields[2].Id] = story.Result };
        interview.Entry(turn.Person.Id, step.Id).Save(StepAnswers.Write(step, values), turn.NowUtc);
        await access.ShowStepPhaseAsync(turn, interview, step, "Story copied into this prep ✓", ct);
    }

    private async Task ShowListAfterAsync(Turn turn, string notice, CancellationToken ct, Guid? removed = null)
    {
        var list = (await stories.ListAsync(turn.Workspace.Id, turn.Person.Id, ct)).Where(s => s.Id != removed).ToList();
        var active = await access.FindActiveAsync(turn, ct);
        turn.ShowInPlace(BragList(list, active?.SideOf(turn.Person.Id) == Audience.Candidate ? active : null, notice));
    }

    private async Task<Story> LoadAsync(Turn turn, CancellationToken ct)
    {
        var id = turn.Submit?.GuidValue(Verbs.KeyStory);
        return (id is { } storyId ? await stories.FindAsync(turn.Workspace.Id, turn.Person.Id, storyId, ct) : null)
            ?? throw new DomainException($"I can't find that story any more. Type {Italic("my stories")} for your brag list.");
    }

    private static SummaryView BragList(IReadOnlyList<Story> list, Interview? useIn, string? notice)
    {
        if (list.Count == 0)
        {
            return new SummaryView("My brag list", notice ?? "No stories yet.",
                [], [new Section("How to add one", [$"Open your prep ({Italic("prep")} or {Italic("my interviews")}) and fill {Italic("Practise telling your career story")}, on the card or in chat."])], []);
        }
        var sections = list.Select((s, i) =>
        {
            var polished = StoryPolisher.Polish(s.Situation, s.Action, s.Result);
            return new Section($"{i + 1}. {polished.Title}", [polished.Text]);
        }).ToList();
        var buttons = new List<ActionButton>();
        for (var i = 0; i < list.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var id = list[i].Id.ToString();
            buttons.Add(ActionButton.For($"Edit {number}", Verbs.EditStory, false, (Verbs.KeyStory, id)));
            if (useIn is not null && list[i].InterviewId != useIn.Id)
                buttons.Add(ActionButton.For($"Use {number} for {useIn.Company ?? "this prep"}", Verbs.UseStory, false, (Verbs.KeyStory, id), (Verbs.KeyInterview, useIn.Id.ToString())));
            buttons.Add(ActionButton.For($"Delete {number}", Verbs.DeleteStory, false, (Verbs.KeyStory, id)));
        }
        return new SummaryView("My brag list", notice ?? $"{list.Count} {(list.Count == 1 ? "story" : "stories")}, newest first.", [], sections, buttons);
    }

    private static FormView Form(Story story, FormReader form) => new(
        "Edit story",
        "Situation and task, what you did, and the result – with a number if you can.",
        form.Echo(
        [
            new FieldView(Situation, "Situation and task", FieldInputKind.MultilineText, story.Situation, Required: true, MaxLength: Story.MaxPartLength),
            new FieldView(Action, "What I did", FieldInputKind.MultilineText, story.Action, Required: true, MaxLength: Story.MaxPartLength),
            new FieldView(Result, "Result", FieldInputKind.MultilineText, story.Result, Required: true, MaxLength: Story.MaxPartLength),
        ]),
        ActionButton.For("Save story", Verbs.SaveStory, true, (Verbs.KeyStory, story.Id.ToString())),
        ActionButton.For("Back to the list", Verbs.ListStories),
        form.IsValid ? null : "Please fix the fields marked below.");
}
