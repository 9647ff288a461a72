using System.Text.Json.Nodes;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Engine;

namespace InterviewBot.Cards.Tests;

/// <summary>What a recruiter or candidate sees on a checklist card, and what its buttons send.</summary>
public class ChecklistBehaviourTests
{
    private readonly Samples _samples = new Samples().WithProgress();

    private static List<string?> Texts(JsonNode node) => CardJson.OfType(node, "TextBlock").Select(t => (string?)t["text"]).ToList();

    [Fact]
    public void Shows_progress_and_which_steps_are_done()
    {
        var view = _samples.Checklist(Audience.Recruiter, "before", withBrief: true);
        var card = AdaptiveCardRenderer.Render(view, Samples.CardId);

        var texts = Texts(card);
        Assert.Contains(texts, t => t!.EndsWith("**2/3 done**", StringComparison.Ordinal));
        Assert.Contains("✓ Do your homework on the resume", texts);
        Assert.Contains("○ Look beyond the resume", texts);
        Assert.Contains("✓ Know the vacancy in depth", texts);
    }

    [Fact]
    public void Step_state_is_shown_with_text_symbols_every_font_has_never_only_with_emoji_boxes()
    {
        var view = _samples.Checklist(Audience.Recruiter, "before", withBrief: true) with { Done = 3 };
        var texts = Texts(AdaptiveCardRenderer.Render(view, Samples.CardId))
            .Concat(JsonTree.Objects(BlockKitRenderer.RenderMessage(view, Samples.CardId)).Select(o => o["text"]).OfType<JsonValue>().Select(v => v.ToString()))
            .OfType<string>().ToList();

        Assert.DoesNotContain(texts, t => t.Contains('\u2B1C') || t.Contains('\u2705')); // ⬜ ✅: empty boxes without an emoji font
        Assert.Contains(texts, t => t.StartsWith("✓ *Do your homework on the resume*", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("*3/3 done* ✓", StringComparison.Ordinal));
    }

    [Fact]
    public void A_finished_phase_shows_its_progress_in_green()
    {
        var view = _samples.Checklist(Audience.Recruiter, "before", withBrief: true) with { Done = 3 };
        var card = AdaptiveCardRenderer.Render(view, Samples.CardId);

        var progress = CardJson.OfType(card, "TextBlock").Single(t => ((string?)t["text"])!.Contains("3/3 done", StringComparison.Ordinal));
        Assert.Equal("good", (string?)progress["color"]);
        Assert.StartsWith("●●●", (string?)progress["text"], StringComparison.Ordinal);
    }

    [Fact]
    public void Each_step_is_its_own_separated_block_with_why_prompt_saved_notes_inputs_and_buttons()
    {
        var view = _samples.Checklist(Audience.Recruiter, "before", withBrief: false);
        var card = AdaptiveCardRenderer.Render(view, Samples.CardId);

        var steps = CardJson.Body(card).Select(e => e!.AsObject()).Where(e => (string?)e["type"] == "Container").ToList();
        Assert.Equal(view.Items.Count, steps.Count);
        Assert.All(steps, s => Assert.True((bool?)s["separator"]));
        var first = steps[0];
        var texts = Texts(first);
        Assert.Contains(view.Items[0].Why, texts);
        Assert.Contains(view.Items[0].Prompt, texts);
        Assert.Contains("Your notes so far:", texts);
        Assert.Contains(texts, t => t!.StartsWith("• Led the payments rewrite", StringComparison.Ordinal));
        Assert.Equal("step.resume-homework.text", (string?)CardJson.OfType(first, "Input.Text").Single()["id"]);
        var save = CardJson.OfType(first, "Action.Submit").First();
        Assert.Equal("Save", (string?)save["title"]);
        Assert.Equal("positive", (string?)save["style"]);
        Assert.Equal(Verbs.SaveStep, (string?)save["data"]!["verb"]);
        Assert.Equal("resume-homework", (string?)save["data"]!["step"]);
        Assert.Equal(_samples.RecruiterInterview.Id.ToString(), (string?)save["data"]!["interviewId"]);
    }

    [Fact]
    public void The_why_of_a_step_is_toned_down()
    {
        var view = _samples.Checklist(Audience.Candidate, "during", withBrief: false);
        var card = AdaptiveCardRenderer.Render(view, Samples.CardId);

        var why = CardJson.OfType(card, "TextBlock").Single(t => (string?)t["text"] == view.Items[0].Why);
        Assert.True((bool?)why["isSubtle"]);
    }

    [Fact]
    public void Link_buttons_open_the_urls_the_view_built_unchanged()
    {
        var view = _samples.Checklist(Audience.Candidate, "before", withBrief: false);
        var card = AdaptiveCardRenderer.Render(view, Samples.CardId);

        var expected = view.Items.SelectMany(i => i.Links).Select(l => (l.Label, l.Url)).ToList();
        var actual = CardJson.OfType(card, "Action.OpenUrl").Select(a => ((string)a["title"]!, (string)a["url"]!)).ToList();
        Assert.Equal(expected, actual);
        // The company "Møller & Søn" arrives encoded by the view; the card must not decode or re-encode it.
        Assert.Contains(actual, a => a.Item2.Contains("M%C3%B8ller%20%26%20S%C3%B8n", StringComparison.Ordinal));
    }

    [Fact]
    public void During_the_call_the_role_brief_and_planned_questions_are_on_the_card()
    {
        var card = AdaptiveCardRenderer.Render(_samples.Checklist(Audience.Recruiter, "during", withBrief: true), Samples.CardId);

        var facts = CardJson.OfType(card, "FactSet").Single()["facts"]!.AsArray()
            .Select(f => ((string?)f!["title"], (string?)f["value"])).ToList();
        Assert.Contains(("Candidate", "Jordan Lee"), facts);
        Assert.Contains(("Salary budget", "85,000–95,000 EUR gross a year"), facts);
        var texts = Texts(card);
        Assert.Contains("Planned questions", texts);
        Assert.Contains("Tell me about the hardest bug you chased last year *(depth of debugging)*", texts);
    }

    [Fact]
    public void A_notice_from_the_last_action_is_shown_emphasised()
    {
        var card = AdaptiveCardRenderer.Render(_samples.Checklist(Audience.Candidate, "during", false, notice: "Note saved ✓"), Samples.CardId);

        var notice = CardJson.OfType(card, "TextBlock").Single(t => (string?)t["text"] == "Note saved ✓");
        Assert.Equal("bolder", (string?)notice["weight"]);
        Assert.NotNull(notice["color"]);
    }

    [Fact]
    public void Phase_and_status_buttons_sit_in_the_action_bar_while_they_fit_in_one_row()
    {
        var view = _samples.Checklist(Audience.Recruiter, "after", withBrief: false);
        var card = AdaptiveCardRenderer.Render(view, Samples.CardId);

        var titles = card["actions"]!.AsArray().Select(a => (string?)a!["title"]).ToList();
        Assert.Equal(view.Buttons.Select(b => b.Label), titles);
        Assert.Contains("Decision pending", titles);
    }

    [Fact]
    public void More_buttons_than_Teams_shows_in_one_row_all_stay_reachable_in_order()
    {
        var view = CardCatalog.InterviewList();
        var card = AdaptiveCardRenderer.Render(view, Samples.CardId);

        Assert.Empty(card["actions"]!.AsArray());
        var rows = CardJson.Body(card).Select(e => e!.AsObject()).Where(e => (string?)e["type"] == "ActionSet").ToList();
        Assert.Equal([6, 4], rows.Select(r => r["actions"]!.AsArray().Count));
        var titles = rows.SelectMany(r => r["actions"]!.AsArray()).Select(a => (string?)a!["title"]);
        Assert.Equal(view.Buttons.Select(b => b.Label), titles);
    }
}
