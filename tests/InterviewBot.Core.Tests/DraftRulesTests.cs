using System.Text.RegularExpressions;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Tests;

/// <summary>
/// The drafts are written from the person's own material: a thank-you per person that greets them by
/// first name and recalls a different, cleanly cut topic from the call notes; feedback started from the
/// recruiter's call notes and the decision, with a kind rejection and a short honest reply.
/// </summary>
public partial class DraftRulesTests
{
    private static readonly DateTime Now = Samples.Now;
    private static readonly DateTime AfterCall = Samples.CallStartUtc.AddHours(2);
    private readonly Person _candidate = Samples.Person("Chris Candidate");
    private readonly Person _recruiter = Samples.Person("Rita Recruiter");

    /// <summary>The notes quoted in issue 19, where the old draft pasted the first one cut mid-word, the same for everyone.</summary>
    private const string IssueNotes =
        "Olena: team of 6, moving billing to event sourcing next year; a second team opens in Lisbon. Live coding 90 min with Marco as the next round.";

    private static ChecklistView Card(Interview interview, Person viewer, string phaseId)
    {
        var playbook = PlaybookCatalog.Default.For(interview.SideOf(viewer.Id)!.Value);
        return ChecklistCardBuilder.Build(interview, viewer, playbook, playbook.FindPhase(phaseId)!, null);
    }

    private static ChecklistItemView Item(ChecklistView card, string stepId) => card.Items.Single(i => i.StepId == stepId);

    private static string DraftOf(ChecklistView card, string stepId) => Item(card, stepId).Fields.First(f => f.Id == $"step.{stepId}.draft").Value!;

    private static List<string> Drafts(ChecklistView card, string stepId) =>
        Item(card, stepId).Fields.Where(f => f.Id.StartsWith($"step.{stepId}.draft", StringComparison.Ordinal)).Select(f => f.Value!).ToList();

    private Interview PrepWithPeople(string notes, params string[] people)
    {
        var prep = Samples.Prep(_candidate, interviewer: "Olena Kovalenko", role: "Staff engineer");
        var step = PlaybookCatalog.Default.Candidate.FindStep("thank-you")!;
        prep.Entry(_candidate.Id, "thank-you").Keep(StepAnswers.Write(step, new Dictionary<string, string> { ["people"] = string.Join('\n', people) }), Now);
        foreach (var note in notes.Split("\n\n")) prep.AddNote(_candidate.Id, "take-notes", note, Now);
        return prep;
    }

    /// <summary>The "talking about …" topic of a thank-you draft.</summary>
    private static string Topic(string draft) => TopicLine().Match(draft).Groups[1].Value;

    [Fact]
    public void Each_person_gets_a_different_thank_you_and_a_topic_that_names_them_goes_to_them()
    {
        var prep = PrepWithPeople(IssueNotes, "Olena Kovalenko", "Marco Rossi", "Jordan Lee");

        var drafts = Drafts(Card(prep, _candidate, "after"), "thank-you");

        Assert.Equal(3, drafts.Count);
        Assert.Equal(3, drafts.Distinct().Count());
        Assert.Equal(3, drafts.Select(Topic).Distinct().Count());
        Assert.Equal("moving billing to event sourcing next year", Topic(drafts[0]));
        Assert.Contains("Marco", Topic(drafts[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void Thank_yous_greet_each_person_by_first_name_and_name_the_role()
    {
        var prep = PrepWithPeople(IssueNotes, "Olena Kovalenko – team lead", "Jordan Lee", "Dr. Ana Silva");

        var drafts = Drafts(Card(prep, _candidate, "after"), "thank-you");

        Assert.StartsWith("Hi Olena,\n", drafts[0], StringComparison.Ordinal);
        Assert.StartsWith("Hi Jordan,\n", drafts[1], StringComparison.Ordinal);
        Assert.StartsWith("Hi Dr Silva,\n", drafts[2], StringComparison.Ordinal);
        Assert.All(drafts, d => Assert.Contains("the Staff engineer role", d, StringComparison.Ordinal));
    }

    [Fact]
    public void A_thank_you_is_short_and_its_topic_is_a_whole_phrase_of_the_notes_never_cut()
    {
        const string longNote = "We talked for a long time about how the platform team moved every one of their forty services from a " +
            "hand-rolled deploy script to a proper pipeline with canary releases and automatic rollbacks, which took them most of last year";
        var prep = PrepWithPeople(longNote + "\n\nShe asked about my side project, a small parser in Rust.", "Olena Kovalenko", "Jordan Lee");

        var drafts = Drafts(Card(prep, _candidate, "after"), "thank-you");

        Assert.All(drafts, d =>
        {
            Assert.DoesNotContain("…", d, StringComparison.Ordinal);
            Assert.True(d.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length <= 70, $"too long: {d}");
            var topic = Topic(d);
            Assert.False(string.IsNullOrEmpty(topic));
            if (topic.StartsWith('[')) return; // nothing clean was left for this person: a hint, not a fragment
            // A whole phrase: the notes hold it, and it ends where a clause of the notes ends.
            Assert.Matches(new Regex(Regex.Escape(topic) + @"(?:[.;,]|$)", RegexOptions.IgnoreCase), longNote + ". She asked about my side project, a small parser in Rust.");
        });
        Assert.Contains(drafts, d => Topic(d).Contains("parser", StringComparison.Ordinal) || Topic(d).Contains("side project", StringComparison.Ordinal));
    }

    [Fact]
    public void With_fewer_topics_than_people_the_others_get_a_hint_that_names_them_not_a_copy()
    {
        var prep = PrepWithPeople("their move to event sourcing", "Olena Kovalenko", "Jordan Lee");

        var drafts = Drafts(Card(prep, _candidate, "after"), "thank-you");

        Assert.Equal("their move to event sourcing", Topic(drafts[0]));
        Assert.Equal("[something you and Jordan talked about]", Topic(drafts[1]));
    }

    [Theory]
    [InlineData("Spoke with Sam and the team lead about the dashboards.", "the dashboards")]
    [InlineData("She asked about my side project", "my side project")]
    [InlineData("They deploy twice a day; the move to Kubernetes", "the move to Kubernetes")]
    public void A_topic_is_what_was_talked_about_not_the_notes_narration(string notes, string topic)
    {
        var prep = PrepWithPeople(notes, "Olena Kovalenko");

        Assert.Equal(topic, Topic(Drafts(Card(prep, _candidate, "after"), "thank-you")[0]));
    }

    [Fact]
    public void The_feedback_boxes_start_from_the_recruiters_call_notes()
    {
        var screen = Samples.Screen(_recruiter, candidate: "Jordan Lee");
        screen.AddNote(_recruiter.Id, "take-notes", "Strong: clear examples from the payments project\nWeak: not enough depth on databases", Now);
        screen.AddNote(_recruiter.Id, "take-notes", "asked good questions about on-call", Now.AddMinutes(1));

        var item = Item(Card(screen, _recruiter, "after"), "send-feedback");

        var good = item.Fields.Single(f => f.Id == "step.send-feedback.good").Value;
        Assert.Equal("clear examples from the payments project; asked good questions about on-call", good);
        Assert.Equal("not enough depth on databases", item.Fields.Single(f => f.Id == "step.send-feedback.improve").Value);
        Assert.Contains("clear examples from the payments project", DraftOf(Card(screen, _recruiter, "after"), "send-feedback"), StringComparison.Ordinal);
        Assert.DoesNotContain("[one or two concrete strengths]", DraftOf(Card(screen, _recruiter, "after"), "send-feedback"), StringComparison.Ordinal);
    }

    [Fact]
    public void What_the_recruiter_saved_in_the_feedback_boxes_wins_over_the_notes()
    {
        var screen = Samples.Screen(_recruiter);
        screen.AddNote(_recruiter.Id, "take-notes", "Strong: clear examples from the payments project", Now);
        var step = PlaybookCatalog.Default.Recruiter.FindStep("send-feedback")!;
        screen.Entry(_recruiter.Id, "send-feedback").Keep(StepAnswers.Write(step, new Dictionary<string, string> { ["good"] = "calm under pressure" }), Now);

        var item = Item(Card(screen, _recruiter, "after"), "send-feedback");

        Assert.Equal("calm under pressure", item.Fields.Single(f => f.Id == "step.send-feedback.good").Value);
        Assert.Null(item.Fields.Single(f => f.Id == "step.send-feedback.improve").Value);
    }

    [Fact]
    public void The_hiring_managers_decision_starts_the_decision_box_but_their_reason_stays_out()
    {
        var screen = Samples.Screen(_recruiter, candidate: "Jordan Lee");
        screen.NameHiringManager(new HiringManager("Sam Rivera"), Now);
        screen.AskForDecision(AfterCall);
        screen.RecordManagerAnswer(HiringAnswer.NotAFit, "too junior for us, honestly", null, AfterCall.AddHours(1));

        var card = Card(screen, _recruiter, "after");

        Assert.False(string.IsNullOrEmpty(Item(card, "send-feedback").Fields.Single(f => f.Id == "step.send-feedback.decision").Value));
        Assert.All(Drafts(card, "send-feedback"), d => Assert.DoesNotContain("too junior", d, StringComparison.Ordinal));
        Assert.Contains("other candidates", DraftOf(card, "send-feedback"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("we will not continue with your application")]
    [InlineData("Not a fit for this role")]
    [InlineData("we won't move forward")]
    [InlineData("rejected")]
    public void A_no_is_drafted_as_a_kind_rejection_saying_what_was_good_and_where_to_grow(string decision)
    {
        var screen = Samples.Screen(_recruiter, candidate: "Jordan Lee");
        var step = PlaybookCatalog.Default.Recruiter.FindStep("send-feedback")!;
        screen.Entry(_recruiter.Id, "send-feedback").Keep(StepAnswers.Write(step, new Dictionary<string, string>
        {
            ["good"] = "clear examples from the payments project", ["improve"] = "more depth on databases", ["decision"] = decision,
        }), Now);

        var draft = DraftOf(Card(screen, _recruiter, "after"), "send-feedback");

        Assert.StartsWith("Hi Jordan,", draft, StringComparison.Ordinal);
        Assert.DoesNotContain(decision.TrimEnd('.'), draft, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Next step:", draft, StringComparison.Ordinal);
        Assert.Contains("What you did well: clear examples from the payments project.", draft, StringComparison.Ordinal);
        Assert.Contains("grow", draft, StringComparison.Ordinal);
        Assert.Contains("more depth on databases", draft, StringComparison.Ordinal);
        Assert.Contains("Thank you", draft, StringComparison.Ordinal);
        Assert.Contains("Backend engineer", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yes_keeps_the_recruiters_next_step_as_written()
    {
        var screen = Samples.Screen(_recruiter, candidate: "Jordan Lee");
        var step = PlaybookCatalog.Default.Recruiter.FindStep("send-feedback")!;
        screen.Entry(_recruiter.Id, "send-feedback").Keep(StepAnswers.Write(step, new Dictionary<string, string>
        {
            ["good"] = "clear examples", ["improve"] = "system design", ["decision"] = "we'd like to invite you to a technical interview",
        }), Now);

        var draft = DraftOf(Card(screen, _recruiter, "after"), "send-feedback");

        Assert.Contains("Next step: we'd like to invite you to a technical interview.", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_honest_reply_is_offered_next_to_the_full_feedback()
    {
        var screen = Samples.Screen(_recruiter, candidate: "Jordan Lee");
        var step = PlaybookCatalog.Default.Recruiter.FindStep("send-feedback")!;
        screen.Entry(_recruiter.Id, "send-feedback").Keep(StepAnswers.Write(step, new Dictionary<string, string>
        {
            ["good"] = "clear examples", ["improve"] = "more depth on databases", ["decision"] = "not a fit",
        }), Now);

        var item = Item(Card(screen, _recruiter, "after"), "send-feedback");

        var boxes = item.Fields.Where(f => f.Id.StartsWith("step.send-feedback.draft", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, boxes.Count);
        Assert.Equal("Or: Short honest reply", boxes[1].Label);
        var lines = boxes[1].Value!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length < boxes[0].Value!.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("Hi Jordan,", boxes[1].Value, StringComparison.Ordinal);
        Assert.Contains("clear examples", boxes[1].Value, StringComparison.Ordinal);
        Assert.DoesNotContain("not a fit", boxes[1].Value, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"talking about (.+)\.\n")]
    private static partial Regex TopicLine();
}
