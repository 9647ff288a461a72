using InterviewBot.Core.Coaching;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Engine;

/// <summary>
/// The budget flag on the recruiter's call and after cards: the expectation the recruiter recorded
/// in "Salary discussed" against the role's salary budget. Only the recruiter's own entry is read;
/// the candidate's salary coach answers are private to them and never compared.
/// </summary>
public static class BudgetFacts
{
    public const string Label = "Budget check";
    private const string DiscussedStep = "salary-early";
    private const string BudgetField = "salary";

    public static IEnumerable<Fact> For(Interview interview, Person viewer, Playbook playbook, RoleBrief? brief)
    {
        if (playbook.Audience != Audience.Recruiter || interview.SideOf(viewer.Id) != Audience.Recruiter) yield break;
        var step = playbook.Steps.FirstOrDefault(s => s.Id == DiscussedStep);
        if (step is null) yield break;
        var discussed = StepAnswers.Read(step, interview.FindEntry(viewer.Id, step.Id)?.Value).Values.FirstOrDefault();
        if (BudgetCheck.Compare(brief?[BudgetField], discussed) is { Raised: true } flag) yield return new Fact(Label, flag.Text);
    }
}
