using System.Web;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Tests;

/// <summary>The checklist card: progress, the buttons on each step and the generated links.</summary>
public class ChecklistCardBuilderTests
{
    private static readonly Playbook Recruiter = PlaybookCatalog.Default.Recruiter;
    private static readonly DateTime Now = Samples.Now;
    private readonly Person _recruiter = Samples.Person("Rita Recruiter");
    private readonly Interview _screen;

    public ChecklistCardBuilderTests() => _screen = Samples.Screen(_recruiter);

    private ChecklistView Card(string phaseId, RoleBrief? brief = null, Person? viewer = null) =>
        ChecklistCardBuilder.Build(_screen, viewer ?? _recruiter, Recruiter, Recruiter.FindPhase(phaseId)!, brief);

    private static ChecklistItemView Item(ChecklistView card, string stepId) => card.Items.Single(i => i.StepId == stepId);

    private static string[] Labels(ChecklistItemView item) => item.Buttons.Select(b => b.Label).ToArray();

    private RoleBrief Brief(params (string Field, string Value)[] parts)
    {
        var brief = new RoleBrief(Samples.Workspace.Id, _screen.Role, Now);
        foreach (var (field, value) in parts) brief.Set(field, value, Now);
        return brief;
    }

    [Fact]
    public void A_fresh_interview_shows_the_recruiter_none_of_three_prep_steps_done()
    {
        var card = Card("before");

        Assert.Equal((0, 3), (card.Done, card.Total));
        Assert.Equal(["resume-homework", "look-beyond", "know-the-role"], card.Items.Select(i => i.StepId));
        Assert.All(card.Items, i => Assert.False(i.Done));
        Assert.Contains("Zoë Müller", card.Title, StringComparison.Ordinal);
        Assert.Contains("Backend engineer", card.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void The_card_shows_the_call_time_and_status_in_the_viewers_own_zone()
    {
        var inKolkata = Samples.Person("Ravi Recruiter", "Asia/Kolkata");

        Assert.Contains("Wed 10 Mar 2027, 14:00–14:30 (Europe/Berlin)", Card("before").Subtitle, StringComparison.Ordinal);
        Assert.Contains("18:30–19:00 (Asia/Kolkata)", Card("before", viewer: inKolkata).Subtitle, StringComparison.Ordinal);
        Assert.Contains("scheduled", Card("before").Subtitle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_step_is_saved_on_the_card_or_answered_in_chat() =>
        Assert.Equal(["Save", "Answer in chat"], Labels(Item(Card("during"), "listen-actively")));

    [Theory]
    [InlineData("before", "resume-homework")]
    [InlineData("during", "open-questions")]
    [InlineData("during", "salary-early")]
    public void A_step_with_one_box_can_be_saved_on_the_card_or_answered_in_chat(string phase, string stepId)
    {
        var item = Item(Card(phase), stepId);

        Assert.Equal(["Save", "Answer in chat"], Labels(item));
        Assert.Single(item.Fields);
    }

    [Fact]
    public void A_step_with_several_boxes_is_saved_on_the_card_or_answered_in_chat_box_by_box()
    {
        var item = Item(Card("before"), "know-the-role");

        Assert.Equal(["Save", "Answer in chat"], Labels(item));
        Assert.Equal(7, item.Fields.Count);
    }

    [Fact]
    public void A_draft_can_be_edited_and_then_marked_as_sent() =>
        Assert.Equal(["Save", "Mark as sent"], Labels(Item(Card("after"), "send-feedback")));

    [Fact]
    public void A_link_step_keeps_what_was_learned_and_can_be_ticked_off() =>
        Assert.Equal(["Save", "Done"], Labels(Item(Card("before"), "look-beyond")));

    [Fact]
    public void A_ticked_step_offers_Undo()
    {
        _screen.Entry(_recruiter.Id, "look-beyond").Mark(true, Now);
        _screen.Entry(_recruiter.Id, "send-feedback").Mark(true, Now);

        Assert.Equal(["Save", "Undo"], Labels(Item(Card("before"), "look-beyond")));
        Assert.Equal(["Save", "Undo"], Labels(Item(Card("after"), "send-feedback")));
    }

    [Theory]
    [InlineData("before")]
    [InlineData("during")]
    [InlineData("after")]
    public void Every_step_button_acts_on_this_interview_and_its_own_step(string phase)
    {
        var card = Card(phase);

        Assert.All(card.Items, item => Assert.All(item.Buttons, b =>
        {
            Assert.Contains(b.Verb, new[] { Verbs.SaveStep, Verbs.AnswerInChat, Verbs.ToggleStep });
            Assert.Equal(_screen.Id.ToString(), b.Data![Verbs.KeyInterview]);
            Assert.Equal(item.StepId, b.Data[Verbs.KeyStep]);
        }));
    }

    [Fact]
    public void Each_box_is_sent_back_under_the_id_of_its_step_and_field()
    {
        var item = Item(Card("before"), "know-the-role");

        Assert.Contains(item.Fields, f => f.Id == Verbs.StepInput("know-the-role", "salary") && f.Label == "Salary budget");
        Assert.All(item.Fields, f => Assert.StartsWith("step.know-the-role.", f.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_links_look_up_the_candidates_whole_name()
    {
        var links = Item(Card("before"), "look-beyond").Links;

        Assert.Equal(4, links.Count);
        Assert.All(links, link =>
        {
            Assert.Contains("Zo%C3%AB%20M%C3%BCller", link.Url, StringComparison.Ordinal);
            Assert.True(Uri.TryCreate(link.Url, UriKind.Absolute, out var uri));
            Assert.Equal(Uri.UriSchemeHttps, uri.Scheme);
        });
        var github = new Uri(links.Single(l => l.Label == "GitHub").Url);
        Assert.Equal("Zoë Müller", HttpUtility.ParseQueryString(github.Query)["q"]);
        Assert.Equal("users", HttpUtility.ParseQueryString(github.Query)["type"]);
    }

    [Fact]
    public void A_name_with_an_ampersand_does_not_break_the_search_link()
    {
        var screen = Samples.Screen(_recruiter, candidate: "Ana Lima & Co");
        var card = ChecklistCardBuilder.Build(screen, _recruiter, Recruiter, Recruiter.FindPhase("before")!, null);

        var github = new Uri(Item(card, "look-beyond").Links.Single(l => l.Label == "GitHub").Url);

        Assert.Equal("Ana Lima & Co", HttpUtility.ParseQueryString(github.Query)["q"]);
    }

    [Fact]
    public void The_prompt_names_the_candidate_in_plain_text() =>
        Assert.Contains("Zoë Müller", Item(Card("before"), "look-beyond").Prompt, StringComparison.Ordinal);

    [Fact]
    public void Progress_counts_the_steps_marked_done()
    {
        _screen.Entry(_recruiter.Id, "resume-homework").Mark(true, Now);

        var card = Card("before");

        Assert.Equal((1, 3), (card.Done, card.Total));
        Assert.True(Item(card, "resume-homework").Done);
        Assert.False(Item(card, "look-beyond").Done);
    }

    [Fact]
    public void A_role_brief_with_its_key_fields_counts_as_knowing_the_role_but_an_empty_or_partial_one_does_not()
    {
        Assert.False(Item(Card("before", Brief()), "know-the-role").Done);
        Assert.False(Item(Card("before", Brief(("salary", "85,000–95,000 EUR"))), "know-the-role").Done);

        var card = Card("before", Brief(("product", "Payments platform"), ("routine", "Code reviews, on-call"), ("salary", "85,000–95,000 EUR")));

        Assert.True(Item(card, "know-the-role").Done);
        Assert.Equal(1, card.Done);
        Assert.Equal("85,000–95,000 EUR", Item(card, "know-the-role").Fields.Single(f => f.Id.EndsWith(".salary", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void A_step_unticked_again_no_longer_counts()
    {
        var entry = _screen.Entry(_recruiter.Id, "listen-actively");
        entry.Mark(true, Now);
        entry.Mark(false, Now);

        Assert.Equal(0, Card("during").Done);
    }

    [Fact]
    public void What_another_participant_ticked_does_not_count_on_my_card()
    {
        var candidate = Samples.Person("Zoë Müller");
        var shared = Samples.Screen(_recruiter, candidatePerson: candidate);
        shared.Entry(candidate.Id, "take-notes").Mark(true, Now);

        var card = ChecklistCardBuilder.Build(shared, _recruiter, Recruiter, Recruiter.FindPhase("during")!, null);

        Assert.Equal(0, card.Done);
        Assert.False(Item(card, "take-notes").Done);
    }

    [Fact]
    public void Notes_saved_on_a_step_show_under_it_newest_three_and_the_box_is_empty_again()
    {
        foreach (var (text, minute) in new[] { ("gap 2019", 1), ("led payments rewrite", 2), ("ask team size", 3), ("check Kafka claim", 4) })
            _screen.AddNote(_recruiter.Id, "resume-homework", text, Now.AddMinutes(minute));

        var item = Item(Card("before"), "resume-homework");

        Assert.Null(Assert.Single(item.Fields).Value);
        Assert.DoesNotContain("gap 2019", item.Saved, StringComparison.Ordinal);
        Assert.Contains("led payments rewrite", item.Saved, StringComparison.Ordinal);
        Assert.Contains("check Kafka claim", item.Saved, StringComparison.Ordinal);
    }
}
