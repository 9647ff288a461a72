using InterviewBot.Core.Domain;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Views;
using static InterviewBot.Cards.Tests.BlockKitJson;

namespace InterviewBot.Cards.Tests;

/// <summary>What a recruiter or candidate sees in Slack: the same checklists, summaries and nudges as on Teams.</summary>
public class BlockKitMessageTests
{
    private readonly Samples _samples = new Samples().WithProgress();

    [Fact]
    public void A_checklist_shows_its_title_progress_and_which_steps_are_done()
    {
        var view = _samples.Checklist(Audience.Recruiter, "before", withBrief: true, notice: "Note saved ✓");
        var message = BlockKitRenderer.RenderMessage(view, Samples.CardId);

        Assert.Equal(view.Title, Text(Blocks(message)[0]));
        var texts = Texts(message);
        Assert.Contains(texts, t => t.EndsWith("*2/3 done*", StringComparison.Ordinal));
        Assert.Contains("*Note saved ✓*", texts);
        Assert.Contains(texts, t => t.StartsWith("✓ *Do your homework on the resume*", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("○ *Look beyond the resume*", StringComparison.Ordinal));
        Assert.Equal(view.Items.Count, OfType(message, "divider").Count);
        Assert.Equal($"{view.Title} – 2/3 done", (string?)message["text"]);
    }

    [Fact]
    public void A_finished_phase_gets_a_tick_after_its_progress()
    {
        var view = _samples.Checklist(Audience.Recruiter, "before", withBrief: true) with { Done = 3 };

        Assert.Contains("●●● *3/3 done* ✓", Texts(BlockKitRenderer.RenderMessage(view, Samples.CardId)));
    }

    [Fact]
    public void Each_step_keeps_its_why_prompt_saved_notes_inline_inputs_and_buttons_in_that_order()
    {
        var view = _samples.Checklist(Audience.Recruiter, "before", withBrief: false);
        var message = BlockKitRenderer.RenderMessage(view, Samples.CardId);
        var item = view.Items[0];

        var blocks = Blocks(message);
        var start = blocks.FindIndex(b => Text(b).StartsWith("✓ *Do your homework", StringComparison.Ordinal));
        Assert.Equal("divider", (string?)blocks[start - 1]["type"]);
        Assert.Contains("_" + item.Why + "_", Text(blocks[start]), StringComparison.Ordinal);
        Assert.Contains(item.Prompt!, Text(blocks[start]), StringComparison.Ordinal);
        Assert.Equal("context", (string?)blocks[start + 1]["type"]);
        Assert.StartsWith("Your notes so far:\n• Led the payments rewrite", Text(blocks[start + 1]), StringComparison.Ordinal);
        Assert.Equal("step.resume-homework.text", (string?)blocks[start + 2]["block_id"]);
        var actions = blocks[start + 3];
        Assert.Equal("actions", (string?)actions["type"]);
        var save = actions["elements"]!.AsArray().Select(e => e!.AsObject()).First(e => e["value"] is not null);
        Assert.Equal("Save", Label(save));
        Assert.Equal("primary", (string?)save["style"]);
        var data = BlockKitRenderer.ReadButton((string)save["value"]!)!;
        Assert.Equal(Verbs.SaveStep, data.Verb);
        Assert.Equal("resume-homework", data.Data["step"]);
        Assert.Equal(_samples.RecruiterInterview.Id.ToString(), data.Data["interviewId"]);
    }

    [Fact]
    public void During_the_call_the_role_brief_is_in_fields_and_planned_questions_in_a_section()
    {
        var message = BlockKitRenderer.RenderMessage(_samples.Checklist(Audience.Recruiter, "during", withBrief: true), Samples.CardId);

        var facts = Blocks(message).Single(b => b["fields"] is not null)["fields"]!.AsArray().Select(f => (string?)f!["text"]).ToList();
        Assert.Contains("*Candidate*\nJordan Lee", facts);
        Assert.Contains("*Salary budget*\n85,000–95,000 EUR gross a year", facts);
        Assert.Contains(Texts(message), t => t.StartsWith("*Planned questions*\nTell me about the hardest bug you chased last year _(depth of debugging)_", StringComparison.Ordinal));
        // The recruiter's own notes, with markup characters shown as typed.
        Assert.Contains(Texts(message), t => t.Contains("Talked about &lt;retries&gt; &amp; idempotency keys", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_real_checklist_keeps_every_step_in_full()
    {
        foreach (var name in CardCatalog.Names.Select(n => (string)n[0]).Where(n => n.StartsWith("checklist/", StringComparison.Ordinal)))
        {
            var view = (ChecklistView)CardCatalog.Get(name);
            var message = BlockKitRenderer.RenderMessage(view, Samples.CardId);

            Assert.DoesNotContain(Texts(message), t => t.Contains('✂'));
            Assert.Equal(view.Items.Count, OfType(message, "divider").Count);
            Assert.Equal(view.Items.Sum(i => i.Fields.Count), OfType(message, "input").Count);
        }
    }

    [Fact]
    public void The_bots_marks_become_slack_mrkdwn_and_what_the_user_typed_stays_text()
    {
        var help = BlockKitRenderer.RenderMessage(CardCatalog.Get("help/help"), Samples.CardId);
        var list = BlockKitRenderer.RenderMessage(CardCatalog.InterviewList(), Samples.CardId);
        var odd = BlockKitRenderer.RenderMessage(new SummaryView("**Bold** & <b>", "x < y & y > z", [], [new Section("Math", ["5 * 3 * 2 = 30", "snake_case stays"])], []), Samples.CardId);

        Assert.Contains(Texts(help), t => t.Contains("*note* _text_ – add a note", StringComparison.Ordinal));
        Assert.Contains(Texts(help), t => t.Contains("*before*, *during*, *after* – the checklist", StringComparison.Ordinal));
        Assert.Contains("Times in Europe/Berlin. Type _open 2_ or tap a button.", Texts(list));
        Assert.Equal("**Bold** & <b>", Text(Blocks(odd)[0]));
        Assert.Equal("x &lt; y &amp; y &gt; z", Text(Blocks(odd)[1]));
        Assert.Equal("*Math*\n5 * 3 * 2 = 30\nsnake_case stays", Text(Blocks(odd)[2]));
        Assert.Equal("**Bold** &amp; &lt;b&gt; – x &lt; y &amp; y &gt; z", (string?)odd["text"]);
    }

    [Fact]
    public void The_welcome_shows_its_sections_and_start_buttons_with_the_first_one_primary()
    {
        var view = (SummaryView)CardCatalog.Get("help/welcome");
        var message = BlockKitRenderer.RenderMessage(view, Samples.CardId);

        Assert.Equal(view.Title, Text(Blocks(message)[0]));
        Assert.Equal("context", (string?)Blocks(message)[1]["type"]);
        Assert.All(view.Sections, s => Assert.Contains(Texts(message), t => t.StartsWith($"*{s.Heading}*\n", StringComparison.Ordinal)));
        var buttons = Buttons(message);
        Assert.Equal(view.Buttons.Select(b => b.Label), buttons.Select(Label));
        Assert.Equal("primary", (string?)buttons[0]["style"]);
    }

    [Fact]
    public void Buttons_come_before_links_on_a_summary()
    {
        var message = BlockKitRenderer.RenderMessage(CardCatalog.Get("summary/with-links"), Samples.CardId);

        Assert.Equal(["Open checklist", "Add to calendar"], Buttons(message).Select(Label));
    }

    [Fact]
    public void The_nudge_draft_is_an_editable_box_named_draft_holding_the_whole_text()
    {
        var view = Samples.FeedbackNudge();
        var message = BlockKitRenderer.RenderMessage(view, Samples.CardId);

        var draft = Element(message, "draft");
        Assert.Equal("plain_text_input", (string?)draft["type"]);
        Assert.True((bool?)draft["multiline"]);
        Assert.Equal(view.Draft, (string?)draft["initial_value"]);
        Assert.Equal("You promised Jordan feedback by *Fri 6 Mar*. A short honest answer beats silence.", Text(Blocks(message)[1]));
        Assert.Contains(view.Status!, Texts(message));
        Assert.Equal(["Mark as sent", "Remind me tomorrow", "Open checklist"], Buttons(message).Select(Label));
        Assert.Equal("Feedback for Jordan Lee is due today – You promised Jordan feedback by Fri 6 Mar. A short honest answer beats silence.", (string?)message["text"]);
    }

    [Fact]
    public void A_nudge_without_a_draft_has_no_draft_box()
    {
        var message = BlockKitRenderer.RenderMessage(CardCatalog.Get("nudge/no-draft"), Samples.CardId);

        Assert.Empty(OfType(message, "input"));
    }

    [Fact]
    public void Rendering_is_repeatable_for_the_same_view_and_card_id()
    {
        var view = _samples.Checklist(Audience.Recruiter, "during", withBrief: true);

        var first = BlockKitRenderer.RenderMessage(view, Samples.CardId).ToJsonString();

        Assert.Equal(first, BlockKitRenderer.RenderMessage(view, Samples.CardId).ToJsonString());
        Assert.NotEqual(first, BlockKitRenderer.RenderMessage(view, Guid.Empty).ToJsonString());
    }

    [Fact]
    public void An_unknown_view_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => BlockKitRenderer.RenderMessage(new UnknownView(), Samples.CardId));

        Assert.Contains(nameof(UnknownView), error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => BlockKitRenderer.RenderMessage(null!, Samples.CardId));
        Assert.Throws<ArgumentNullException>(() => BlockKitRenderer.RenderModal(null!, Samples.CardId));
    }

    private sealed record UnknownView() : CardView("?");
}
