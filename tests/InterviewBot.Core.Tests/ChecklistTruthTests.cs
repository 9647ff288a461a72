using InterviewBot.Core.FollowUp;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Tests;

/// <summary>
/// A step counts as done when its substance is there, and the checklist and the prep nudge agree
/// on it: the nudge's "Still open" names exactly the steps the checklist shows open.
/// </summary>
public class ChecklistTruthTests
{
    private static readonly Playbook Recruiter = PlaybookCatalog.Default.Recruiter;
    private static readonly DateTime Now = Samples.Now;
    private readonly Person _rita = Samples.Person("Rita Recruiter");
    private readonly Interview _screen;

    public ChecklistTruthTests() => _screen = Samples.Screen(_rita);

    private RoleBrief Brief(params string[] fields)
    {
        var brief = new RoleBrief(Samples.Workspace.Id, _screen.Role, Now);
        foreach (var field in fields) brief.Set(field, $"Some {field}", Now);
        return brief;
    }

    private ChecklistView Checklist(string phaseId, RoleBrief? brief) =>
        ChecklistCardBuilder.Build(_screen, _rita, Recruiter, Recruiter.FindPhase(phaseId)!, brief);

    private string PrepNudgeBody(RoleBrief? brief)
    {
        var nudge = new Nudge(Samples.Workspace.Id, _screen.Id, _rita.Id, NudgeKind.PrepReminder, NudgeRecipient.Recruiter, "prep", 1, Now, Now);
        return NudgeCards.Compose(new NudgeContext(nudge, Samples.Workspace, _screen, _rita, Recruiter, Brief: brief, NowUtc: Now)).Body;
    }

    /// <summary>What the prep nudge would say is open, written from what the checklist shows open.</summary>
    private static string StillOpen(ChecklistView checklist)
    {
        var open = checklist.Items.Where(i => !i.Done).Select(i => i.Title).ToList();
        return "Still open: " + (open.Count == 0 ? "nothing – you are ready" : string.Join("; ", open)) + ".";
    }

    private static bool IsDone(ChecklistView checklist, string stepId) => checklist.Items.Single(i => i.StepId == stepId).Done;

    [Fact]
    public void A_brief_with_one_field_does_not_make_the_vacancy_known_on_the_checklist_or_the_prep_nudge()
    {
        // Saving the brief used to tick the step as soon as any field was filled.
        _screen.Entry(_rita.Id, "know-the-role").Mark(true, Now);
        var brief = Brief("remote");

        var checklist = Checklist("before", brief);

        Assert.False(IsDone(checklist, "know-the-role"));
        Assert.EndsWith(StillOpen(checklist), PrepNudgeBody(brief), StringComparison.Ordinal);
        Assert.Contains("Know the vacancy in depth", PrepNudgeBody(brief), StringComparison.Ordinal);
    }

    [Fact]
    public void Product_and_salary_without_the_daily_work_leave_the_vacancy_open()
    {
        var checklist = Checklist("before", Brief("product", "salary", "remote", "plans"));

        Assert.False(IsDone(checklist, "know-the-role"));
        Assert.Equal(0, checklist.Done);
    }

    [Fact]
    public void A_brief_filled_for_an_earlier_call_of_the_same_role_counts_on_both()
    {
        // The brief is shared by every call for the role; this call has no tick of its own for it.
        _screen.Entry(_rita.Id, "resume-homework").Mark(true, Now);
        var brief = Brief("product", "routine", "salary");

        var checklist = Checklist("before", brief);

        Assert.True(IsDone(checklist, "know-the-role"));
        Assert.Equal((2, 3), (checklist.Done, checklist.Total));
        Assert.EndsWith(StillOpen(checklist), PrepNudgeBody(brief), StringComparison.Ordinal);
        Assert.EndsWith("Still open: Look beyond the resume.", PrepNudgeBody(brief), StringComparison.Ordinal);
    }

    [Fact]
    public void With_every_prep_step_done_the_prep_nudge_says_nothing_is_open()
    {
        _screen.Entry(_rita.Id, "resume-homework").Mark(true, Now);
        _screen.Entry(_rita.Id, "look-beyond").Mark(true, Now);
        var brief = Brief("product", "routine", "salary");

        Assert.Equal(3, Checklist("before", brief).Done);
        Assert.EndsWith("Still open: nothing – you are ready.", PrepNudgeBody(brief), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_open_questions_is_done_only_when_no_planned_question_is_closed()
    {
        _screen.ReplaceQuestions(_rita.Id, ["Tell me about the hardest bug you chased last year.", "Did you work with Kafka?"], Now);
        _screen.Entry(_rita.Id, "open-questions").Mark(true, Now);

        var withClosed = Checklist("during", null);

        Assert.False(IsDone(withClosed, "open-questions"));
        Assert.Equal(0, withClosed.Done);

        _screen.ReplaceQuestions(_rita.Id, ["Tell me about the hardest bug you chased last year.", "How have you used Kafka, and what did you learn?"], Now);

        var allOpen = Checklist("during", null);

        Assert.True(IsDone(allOpen, "open-questions"));
        Assert.Equal(1, allOpen.Done);
    }
}
