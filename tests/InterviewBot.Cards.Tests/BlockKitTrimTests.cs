using System.Globalization;
using System.Text.RegularExpressions;
using InterviewBot.Core.Views;
using static InterviewBot.Cards.Tests.BlockKitJson;

namespace InterviewBot.Cards.Tests;

/// <summary>
/// Slack rejects a message over 50 blocks and a modal over 100, so the user would get nothing.
/// Oversized views are trimmed on purpose: the most useful part stays, and a note says what is missing.
/// </summary>
public class BlockKitTrimTests
{
    private static ChecklistItemView Item(int n, bool done, string text) => new(
        $"step-{n}", $"Step {n}: {text}", text, done, text,
        [new FieldView($"step.step-{n}.text", "Answer", FieldInputKind.MultilineText, text, MaxLength: 4000),
         new FieldView($"step.step-{n}.date", "When", FieldInputKind.Date, "2026-03-06")],
        [new LinkButton("Search", $"https://www.example.com/search?q=step%20{n}")],
        [ActionButton.For("Save", "step.save", true, ("step", $"step-{n}")), ActionButton.For("Answer in chat", "step.chat", false, ("step", $"step-{n}"))],
        "Your notes so far:\n• " + text);

    private static ChecklistView Checklist(int items, string text, Func<int, bool> done, int facts = 5) => new(
        "During the call: " + text, text, Enumerable.Range(1, items).Count(done), items,
        Enumerable.Range(1, items).Select(n => Item(n, done(n), text)).ToList(),
        [ActionButton.For("After the call", "phase.show", false, ("phase", "after"))],
        Enumerable.Range(1, facts).Select(n => new Fact($"Fact {n}", text)).ToList(),
        [new Section("Planned questions", Enumerable.Repeat(text, 10).ToList())],
        "Saved ✓");

    private static int MoreCount(string text) =>
        Regex.Match(text, @"…and (\d+) more step") is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    [Fact]
    public void A_huge_checklist_is_trimmed_to_50_blocks_keeps_its_top_and_buttons_and_accounts_for_every_step()
    {
        var longText = string.Concat(Enumerable.Repeat("A long text that repeats. ", 60));
        var view = Checklist(300, longText, n => n % 3 == 0);

        var message = RenderMessage(view);

        Assert.InRange(Blocks(message).Count, 1, BlockKitRenderer.MaxMessageBlocks);
        var texts = Texts(message);
        Assert.StartsWith("During the call:", texts[0], StringComparison.Ordinal);
        Assert.Contains(texts, t => t.Contains("*100/300 done*", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("✂️ This checklist is too long for one Slack message", StringComparison.Ordinal) && t.Contains("folded to their titles", StringComparison.Ordinal));
        Assert.Equal("After the call", Label(Buttons(message)[^1]));

        // The first open step is there in full, with its inputs; every step is either in full, listed by title, or counted.
        Assert.Equal("step.step-1.text", (string?)OfType(message, "input")[0]["block_id"]);
        var full = OfType(message, "input").Count / 2;
        var listed = texts.Sum(t => t.Split('\n').Count(l => l.StartsWith("○ Step ", StringComparison.Ordinal) || l.StartsWith("✓ Step ", StringComparison.Ordinal)));
        Assert.Equal(300, full + listed + texts.Sum(MoreCount));
        Assert.InRange(full, 1, 299);
        // Finished steps fold first: every step still shown in full is one still to do.
        Assert.All(OfType(message, "input"), i => Assert.False(view.Items.Single(s => ((string)i["block_id"]!).StartsWith($"step.{s.StepId}.", StringComparison.Ordinal)).Done));
    }

    [Fact]
    public void A_checklist_just_too_long_folds_the_finished_steps_first()
    {
        var view = Checklist(10, "Short.", n => n is 2 or 5 or 6);

        var message = RenderMessage(view);

        var inputs = OfType(message, "input").Select(i => (string)i["block_id"]!).ToList();
        var open = view.Items.Where(i => !i.Done).Select(i => $"step.{i.StepId}.text").ToList();
        Assert.All(open, id => Assert.Contains(id, inputs));
        Assert.DoesNotContain("step.step-2.text", inputs);
        Assert.Contains(Texts(message), t => t == "✓ Step 5: Short.\n✓ Step 6: Short.");
        Assert.Contains(Texts(message), t => t.Contains("3 steps are folded to their titles", StringComparison.Ordinal));
    }

    [Fact]
    public void A_checklist_with_hundreds_of_facts_and_lines_still_fits_and_says_what_is_left_out()
    {
        var view = Checklist(3, "Fact text.", _ => false, facts: 600) with
        {
            Sections = Enumerable.Range(1, 80).Select(n => new Section($"Section {n}", ["line"])).ToList(),
        };

        var message = RenderMessage(view);

        Assert.InRange(Blocks(message).Count, 1, BlockKitRenderer.MaxMessageBlocks);
        Assert.Contains(Texts(message), t => t.StartsWith("✂️ This message is too long for Slack (at most 50 blocks), so some of it is left out", StringComparison.Ordinal));
        // The steps are what the person works through: they are kept before extra reading.
        Assert.Equal(6, OfType(message, "input").Count);
        Assert.Equal("After the call", Label(Buttons(message)[^1]));
    }

    [Fact]
    public void A_modal_from_120_fields_stays_within_100_blocks_and_keeps_fields_with_errors_and_required_ones_first()
    {
        var fields = Enumerable.Range(1, 120).Select(n => new FieldView($"f{n}", $"Field {n}",
            Required: n % 10 == 0, Error: n is 115 or 3 ? $"Field {n} is wrong." : null)).ToList();
        var form = new FormView("Big form", "Lots to fill in.", fields, ActionButton.For("Save", "s"), Error: "Please fix two fields.");

        var modal = BlockKitRenderer.RenderModal(form, Samples.CardId);

        BlockKitLimits.AssertWithin(modal, "120 fields");
        Assert.InRange(Blocks(modal).Count, 90, BlockKitRenderer.MaxModalBlocks);
        var shown = OfType(modal, "input").Select(i => (string)i["block_id"]!).ToList();
        Assert.Contains("f115", shown);
        Assert.Contains("⚠️ Field 115 is wrong.", Texts(modal));
        Assert.All(fields.Where(f => f.Required), f => Assert.Contains(f.Id, shown));
        Assert.Equal(shown.OrderBy(id => int.Parse(id[1..], CultureInfo.InvariantCulture)), shown);
        var note = Texts(modal).Single(t => t.StartsWith("✂️", StringComparison.Ordinal));
        Assert.Contains("at most 100 blocks", note, StringComparison.Ordinal);
        var named = note[(note.IndexOf("left out: ", StringComparison.Ordinal) + 10)..note.IndexOf(". Ask", StringComparison.Ordinal)].Split(", ");
        Assert.Equal(fields.Where(f => !shown.Contains(f.Id)).Select(f => f.Label), named);
        Assert.Equal("⚠️ *Please fix two fields.*", Texts(modal)[0]);
    }

    [Fact]
    public void A_form_message_from_120_fields_stays_within_50_blocks_and_keeps_its_buttons()
    {
        var fields = Enumerable.Range(1, 120).Select(n => new FieldView($"f{n}", $"Field {n}")).ToList();
        var form = new FormView("Big form", null, fields, ActionButton.For("Save", "s", true), ActionButton.For("Cancel", "dismiss"));

        var message = RenderMessage(form);

        Assert.InRange(Blocks(message).Count, 45, BlockKitRenderer.MaxMessageBlocks);
        Assert.Equal(["Save", "Cancel"], Buttons(message).Select(Label));
        Assert.Equal("f1", (string?)OfType(message, "input")[0]["block_id"]);
    }

    [Fact]
    public void A_thousand_buttons_still_give_a_message_Slack_takes()
    {
        var buttons = Enumerable.Range(1, 1300).Select(n => ActionButton.For($"B{n}", "b")).ToList();

        var message = RenderMessage(new SummaryView("Buttons", null, [], [], buttons));

        Assert.Equal("B1", Label(Buttons(message)[0]));
        Assert.Contains(Texts(message), t => t.StartsWith("✂️", StringComparison.Ordinal));
    }

    private static System.Text.Json.Nodes.JsonObject RenderMessage(CardView view)
    {
        var message = BlockKitRenderer.RenderMessage(view, Samples.CardId);
        BlockKitLimits.AssertWithin(message, view.Title);
        return message;
    }
}
