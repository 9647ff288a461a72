using System.Text.RegularExpressions;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Tests;

/// <summary>The checklist card during the call (facts, questions) and after it (drafts, status buttons).</summary>
public class ChecklistCardBuilderCallAndFollowUpTests
{
    private static readonly PlaybookCatalog Playbooks = PlaybookCatalog.Default;
    private static readonly DateTime Now = Samples.Now;
    private readonly Person _recruiter = Samples.Person("Rita Recruiter");
    private readonly Person _candidate = Samples.Person("Chris Candidate");

    private static ChecklistView Card(Interview interview, Person viewer, string phaseId, RoleBrief? brief = null)
    {
        var playbook = Playbooks.For(interview.SideOf(viewer.Id)!.Value);
        return ChecklistCardBuilder.Build(interview, viewer, playbook, playbook.FindPhase(phaseId)!, brief);
    }

    /// <summary>The (first) draft box of a step: steps can also have boxes for the answers the draft is written from.</summary>
    private static string DraftOf(ChecklistView card, string stepId) =>
        card.Items.Single(i => i.StepId == stepId).Fields.First(f => f.Id == $"step.{stepId}.draft").Value!;

    [Fact]
    public void The_recruiters_call_card_shows_the_role_brief_and_the_planned_questions_with_intents()
    {
        var screen = Samples.Screen(_recruiter);
        var brief = new RoleBrief(Samples.Workspace.Id, "Backend engineer", Now);
        brief.Set("salary", "85,000–95,000 EUR", Now);
        brief.Set("remote", "Two office days a week", Now);
        screen.ReplaceQuestions(_recruiter.Id, ["Tell me about the hardest bug you chased -> depth of debugging", "What do you want to learn next?"], Now);

        var card = Card(screen, _recruiter, "during", brief);

        Assert.Contains(new Fact("Candidate", "Zoë Müller"), card.Facts!);
        Assert.Contains(new Fact("Salary budget", "85,000–95,000 EUR"), card.Facts!);
        Assert.Contains(new Fact("Remote and office policy", "Two office days a week"), card.Facts!);
        Assert.DoesNotContain(card.Facts!, f => f.Label == "Plans and vision");
        var questions = Assert.Single(card.Sections!);
        Assert.Equal("Planned questions", questions.Heading);
        Assert.Equal(2, questions.Lines.Count);
        Assert.StartsWith("Tell me about the hardest bug you chased", questions.Lines[0], StringComparison.Ordinal);
        Assert.Contains("depth of debugging", questions.Lines[0], StringComparison.Ordinal);
        Assert.Equal("What do you want to learn next?", questions.Lines[1]);
    }

    [Fact]
    public void The_question_box_holds_the_saved_questions_with_their_intents_ready_to_edit()
    {
        var screen = Samples.Screen(_recruiter);
        screen.ReplaceQuestions(_recruiter.Id, ["Hardest bug? -> depth", "Next role?"], Now);

        var box = Assert.Single(Card(screen, _recruiter, "during").Items.Single(i => i.StepId == "open-questions").Fields);

        Assert.Equal("Hardest bug? -> depth\nNext role?", box.Value);
    }

    [Fact]
    public void Only_the_call_card_carries_facts_and_questions()
    {
        var screen = Samples.Screen(_recruiter);
        screen.ReplaceQuestions(_recruiter.Id, ["Hardest bug?"], Now);

        Assert.Null(Card(screen, _recruiter, "before").Facts);
        Assert.Null(Card(screen, _recruiter, "after").Sections);
    }

    [Fact]
    public void The_candidates_call_card_shows_the_interviewer_their_number_and_their_own_questions()
    {
        var shared = Samples.Screen(_recruiter, candidate: "Chris Candidate", candidatePerson: _candidate);
        shared.Entry(_candidate.Id, "salary-number").Save("92,000 EUR", Now);
        shared.ReplaceQuestions(_candidate.Id, ["What does a normal week look like?"], Now);
        shared.ReplaceQuestions(_recruiter.Id, ["Recruiter's private plan"], Now);

        var card = Card(shared, _candidate, "during");

        Assert.Contains(new Fact("Interviewer", "Rita Recruiter"), card.Facts!);
        Assert.Contains(new Fact("My number", "92,000 EUR"), card.Facts!);
        var section = Assert.Single(card.Sections!);
        Assert.Equal("My questions", section.Heading);
        Assert.Equal(["What does a normal week look like?"], section.Lines);
    }

    [Fact]
    public void The_candidates_ask_what_to_prepare_draft_is_ready_to_send_to_the_interviewer()
    {
        var prep = Samples.Prep(_candidate, interviewer: "Sam Rivera", role: "Data engineer");

        var draft = DraftOf(Card(prep, _candidate, "before"), "ask-what-to-bring");

        Assert.StartsWith("Hi Sam,", draft, StringComparison.Ordinal);
        Assert.Contains("Data engineer", draft, StringComparison.Ordinal);
        Assert.Contains("Wednesday 10 March", draft, StringComparison.Ordinal);
        Assert.EndsWith("Chris Candidate", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("{", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void The_thank_you_draft_recalls_the_candidates_first_call_note()
    {
        var prep = Samples.Prep(_candidate, interviewer: "Sam Rivera", role: "Data engineer");
        prep.AddNote(_candidate.Id, "take-notes", "team of six, on-call every fifth week", Now.AddMinutes(5));
        prep.AddNote(_candidate.Id, "take-notes", "their move to event sourcing", Now);

        var draft = DraftOf(Card(prep, _candidate, "after"), "thank-you");

        Assert.StartsWith("Hi Sam,", draft, StringComparison.Ordinal);
        Assert.Contains("Data engineer", draft, StringComparison.Ordinal);
        Assert.Contains("their move to event sourcing", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("team of six", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_call_notes_the_thank_you_draft_shows_a_hint_to_fill_in()
    {
        var prep = Samples.Prep(_candidate);

        var draft = DraftOf(Card(prep, _candidate, "after"), "thank-you");

        Assert.Matches(new Regex(@"talking about \[[^\]]+\]"), draft);
        Assert.DoesNotContain("{callNote}", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void The_recruiters_notes_never_appear_in_the_candidates_thank_you()
    {
        var shared = Samples.Screen(_recruiter, candidate: "Chris Candidate", candidatePerson: _candidate);
        shared.AddNote(_recruiter.Id, "take-notes", "weak on SQL, do not hire", Now);

        var draft = DraftOf(Card(shared, _candidate, "after"), "thank-you");

        Assert.DoesNotContain("weak on SQL", draft, StringComparison.Ordinal);
        Assert.StartsWith("Hi Rita,", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void The_recruiters_feedback_draft_is_addressed_to_the_candidate_and_signed_by_the_recruiter()
    {
        var draft = DraftOf(Card(Samples.Screen(_recruiter), _recruiter, "after"), "send-feedback");

        Assert.StartsWith("Hi Zoë,", draft, StringComparison.Ordinal);
        Assert.Contains("Backend engineer", draft, StringComparison.Ordinal);
        Assert.Contains("Wednesday 10 March", draft, StringComparison.Ordinal);
        Assert.EndsWith("Rita Recruiter", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_draft_is_shown_instead_of_the_template()
    {
        var prep = Samples.Prep(_candidate);
        var step = PlaybookCatalog.Default.Candidate.FindStep("thank-you")!;
        prep.Entry(_candidate.Id, "thank-you").Keep(StepAnswers.Write(step, new Dictionary<string, string> { ["draft"] = "Hi Sam – thanks again, see you Friday!" }), Now);

        var card = Card(prep, _candidate, "after");

        Assert.Equal("Hi Sam – thanks again, see you Friday!", DraftOf(card, "thank-you"));
        Assert.False(card.Items.Single(i => i.StepId == "thank-you").Done);
    }

    [Theory]
    [InlineData(new InterviewStatus[0])]
    [InlineData(new[] { InterviewStatus.Held })]
    [InlineData(new[] { InterviewStatus.Held, InterviewStatus.DecisionPending })]
    [InlineData(new[] { InterviewStatus.Held, InterviewStatus.FeedbackSent })]
    [InlineData(new[] { InterviewStatus.Held, InterviewStatus.Closed })]
    [InlineData(new[] { InterviewStatus.NoShow })]
    public void The_recruiters_after_card_offers_exactly_the_statuses_the_interview_can_move_to(InterviewStatus[] path)
    {
        var screen = Samples.Screen(_recruiter);
        foreach (var status in path) screen.MoveTo(status, Now);

        var statusButtons = Card(screen, _recruiter, "after").Buttons.Where(b => b.Verb == Verbs.SetStatus).ToList();

        var offered = statusButtons.Select(b =>
        {
            Assert.Equal(screen.Id.ToString(), b.Data![Verbs.KeyInterview]);
            Assert.True(InterviewLifecycle.TryParse(b.Data[Verbs.KeyStatus], out var s));
            return s;
        });
        Assert.Equal(InterviewLifecycle.NextFrom(screen.Status), offered);
        Assert.Equal(statusButtons.Count, statusButtons.Select(b => b.Label).Distinct().Count());
    }

    [Fact]
    public void The_after_card_links_to_the_other_two_phases()
    {
        var card = Card(Samples.Screen(_recruiter), _recruiter, "after");

        var phases = card.Buttons.Where(b => b.Verb == Verbs.ShowPhase).Select(b => b.Data![Verbs.KeyPhase]);

        Assert.Equal(["before", "during"], phases);
    }

    [Theory]
    [InlineData("before")]
    [InlineData("during")]
    public void Status_buttons_are_only_on_the_recruiters_after_card(string phase) =>
        Assert.DoesNotContain(Card(Samples.Screen(_recruiter), _recruiter, phase).Buttons, b => b.Verb == Verbs.SetStatus);

    [Fact]
    public void The_candidate_cannot_set_the_interviews_status() =>
        Assert.DoesNotContain(Card(Samples.Prep(_candidate), _candidate, "after").Buttons, b => b.Verb == Verbs.SetStatus);

    [Fact]
    public void The_candidates_research_links_search_for_the_company_and_show_its_name_plainly()
    {
        var item = Card(Samples.Prep(_candidate, company: "Acme & Sons"), _candidate, "before").Items.Single(i => i.StepId == "research");

        var crunchbase = new Uri(item.Links.Single(l => l.Label == "Crunchbase").Url);

        Assert.Equal("Acme & Sons", System.Web.HttpUtility.ParseQueryString(crunchbase.Query)["q"]);
        Assert.Contains(item.Links, l => l.Label == "Acme & Sons news");
    }
}
