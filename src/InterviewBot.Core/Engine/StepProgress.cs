using InterviewBot.Core.Coaching;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Engine;

/// <summary>
/// The one notion of "done" for a playbook step: what the checklist ticks and counts, what the prep
/// nudge lists as still open, and what spares the prep nudge altogether. A step is done when its
/// substance is there, not when something was saved once:
/// <list type="bullet">
/// <item>a role-brief step, when the brief (shared by every call for the role) has the fields the
/// playbook names in <c>done-when</c> – whichever call they were filled in;</item>
/// <item>a step the question coach works on, when it is ticked and none of the planned questions is
/// closed (one that a yes, a no or a single fact answers);</item>
/// <item>any other step, when the person's checklist entry is ticked.</item>
/// </list>
/// </summary>
public static class StepProgress
{
    private static readonly QuestionCoach Questions = new();

    public static bool IsDone(Interview interview, Person person, PlaybookStep step, RoleBrief? brief)
    {
        if (step.Store == StepStore.RoleBrief) return MissingFromBrief(step, brief).Count == 0;
        var ticked = interview.FindEntry(person.Id, step.Id)?.Done == true;
        if (step.Coach != StepCoach.QuestionCoach) return ticked;
        return ticked && !interview.QuestionsBy(person.Id).Any(q => Questions.Assess(q.Text).IsClosed);
    }

    /// <summary>The steps of <paramref name="phase"/> not done yet, in playbook order.</summary>
    public static IReadOnlyList<PlaybookStep> Open(Interview interview, Person person, PlaybookPhase phase, RoleBrief? brief) =>
        phase.Steps.Where(s => !IsDone(interview, person, s, brief)).ToList();

    /// <summary>The fields a role-brief step still needs before it counts as done (without <c>done-when</c>: any one field).</summary>
    public static IReadOnlyList<StepField> MissingFromBrief(PlaybookStep step, RoleBrief? brief)
    {
        if (step.DoneWhen is not { } keys) return brief is { Fields.Count: > 0 } ? [] : step.Fields;
        return step.Fields.Where(f => keys.Contains(f.Id) && brief?[f.Id] is null).ToList();
    }
}
