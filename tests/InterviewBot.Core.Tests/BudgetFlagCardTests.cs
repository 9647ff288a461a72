using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Tests;

/// <summary>
/// Issue 19: an expectation the recruiter recorded in "Salary discussed" that lies outside the role's
/// budget shows on the recruiter's call and after cards; the candidate's own coach answers never do.
/// </summary>
public class BudgetFlagCardTests
{
    private static readonly PlaybookCatalog Playbooks = PlaybookCatalog.Default;
    private static readonly DateTime Now = Samples.Now;
    private readonly Person _recruiter = Samples.Person("Rita Recruiter");
    private readonly Person _candidate = Samples.Person("Chris Candidate");

    private static ChecklistView Card(Interview interview, Person viewer, string phaseId, RoleBrief? brief)
    {
        var playbook = Playbooks.For(interview.SideOf(viewer.Id)!.Value);
        return ChecklistCardBuilder.Build(interview, viewer, playbook, playbook.FindPhase(phaseId)!, brief);
    }

    private static RoleBrief Budget(string salary)
    {
        var brief = new RoleBrief(Samples.Workspace.Id, "Backend engineer", Now);
        brief.Set("salary", salary, Now);
        return brief;
    }

    private static Fact? Flag(ChecklistView card) => card.Facts?.SingleOrDefault(f => f.Label == "Budget check");

    [Theory]
    [InlineData("during")]
    [InlineData("after")]
    public void An_expectation_above_the_budget_shows_on_the_call_and_after_cards(string phase)
    {
        var screen = Samples.Screen(_recruiter);
        screen.Entry(_recruiter.Id, "salary-early").Save("expects 6,200", Now);

        var flag = Flag(Card(screen, _recruiter, phase, Budget("4,500–5,500")));

        Assert.NotNull(flag);
        Assert.Contains("above", flag.Value, StringComparison.Ordinal);
        Assert.Contains("6,200", flag.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expectation_inside_the_budget_shows_no_flag()
    {
        var screen = Samples.Screen(_recruiter);
        screen.Entry(_recruiter.Id, "salary-early").Save("shared 85–95k; candidate expects 90k", Now);

        Assert.Null(Flag(Card(screen, _recruiter, "during", Budget("85,000–95,000 EUR gross a year"))));
        Assert.Null(Flag(Card(screen, _recruiter, "after", Budget("85,000–95,000 EUR gross a year"))));
    }

    [Fact]
    public void Another_currency_says_not_comparable_instead_of_converting()
    {
        var screen = Samples.Screen(_recruiter);
        screen.Entry(_recruiter.Id, "salary-early").Save("expects 120k USD", Now);

        var flag = Flag(Card(screen, _recruiter, "during", Budget("85,000–95,000 EUR")));

        Assert.NotNull(flag);
        Assert.Contains("not comparable", flag.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_candidates_private_number_is_never_compared_with_the_budget()
    {
        var shared = Samples.Screen(_recruiter, candidate: "Chris Candidate", candidatePerson: _candidate);
        shared.Entry(_candidate.Id, "salary-number").Save("150,000 EUR", Now);

        var recruiterCard = Card(shared, _recruiter, "during", Budget("85,000–95,000 EUR"));
        var candidateCard = Card(shared, _candidate, "during", null);

        Assert.Null(Flag(recruiterCard));
        Assert.DoesNotContain(recruiterCard.Facts!, f => f.Value.Contains("150,000", StringComparison.Ordinal));
        Assert.Null(Flag(candidateCard));
    }

    [Fact]
    public void The_candidate_never_sees_the_recruiters_budget_flag()
    {
        var shared = Samples.Screen(_recruiter, candidate: "Chris Candidate", candidatePerson: _candidate);
        shared.Entry(_recruiter.Id, "salary-early").Save("expects 6,200", Now);

        Assert.Null(Flag(Card(shared, _candidate, "during", Budget("4,500–5,500"))));
        Assert.Null(Flag(Card(shared, _candidate, "after", Budget("4,500–5,500"))));
    }
}
