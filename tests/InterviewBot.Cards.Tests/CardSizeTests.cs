using System.Text.Json.Nodes;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards.Tests;

/// <summary>
/// Teams refuses a message over about 28 KB, so the user would get nothing. Oversized views must
/// still give a valid card under the limit, cutting read-only text before anything editable.
/// </summary>
public class CardSizeTests
{
    private static readonly Guid InterviewId = new("22222222-3333-4444-8555-666666666666");

    private static ChecklistItemView Item(int n, string longText, string? value) => new(
        $"step-{n}", $"Step {n}: {longText}", longText, n % 2 == 0, longText,
        [new FieldView($"step.step-{n}.text", "Answer", FieldInputKind.MultilineText, value, MaxLength: 4000)],
        [new LinkButton("Search", $"https://www.example.com/search?q=step%20{n}")],
        [ActionButton.For("Save", "step.save", true, ("interviewId", InterviewId.ToString()), ("step", $"step-{n}"))],
        "Your notes so far:\n• " + longText + "\n• " + longText);

    private static ChecklistView Checklist(int items, string longText, string? value = null, int questions = 10) => new(
        "During the call: " + longText, longText, items / 2, items,
        Enumerable.Range(1, items).Select(n => Item(n, longText, value)).ToList(),
        [ActionButton.For("After the call", "phase.show", false, ("phase", "after"))],
        Enumerable.Range(1, 10).Select(n => new Fact($"Fact {n}", longText)).ToList(),
        [new Section("Planned questions", Enumerable.Repeat(longText, questions).ToList())],
        "Saved ✓");

    private static void AssertSendable(JsonObject card, string name)
    {
        Assert.InRange(CardJson.Bytes(card), 1, CardJson.TeamsLimitBytes - 1);
        AdaptiveCardSchema.AssertValid(card, name);
        Assert.DoesNotContain(CardJson.Strings(card), CardJson.HasLoneSurrogate);
    }

    [Fact]
    public void Long_read_only_texts_are_cut_with_an_ellipsis_and_what_the_user_typed_is_kept_whole()
    {
        var typed = string.Concat(Enumerable.Repeat("My answer, kept whole. ", 25));
        var view = Checklist(8, new string('x', 3000), typed);

        var card = AdaptiveCardRenderer.Render(view, Guid.Empty);

        AssertSendable(card, "long texts");
        Assert.Equal(8, CardJson.OfType(card, "Container").Count());
        Assert.All(Enumerable.Range(1, 8), n => Assert.Equal(typed, (string?)CardJson.Input(card, $"step.step-{n}.text")["value"]));
        var texts = CardJson.OfType(card, "TextBlock").Select(t => (string)t["text"]!).ToList();
        Assert.Contains(texts, t => t.EndsWith('…') && t.Length < 3000);
        Assert.DoesNotContain(texts, t => t.Contains(new string('x', 3000), StringComparison.Ordinal));
        Assert.Equal(view.Items.Select(i => i.Links[0].Url), CardJson.OfType(card, "Action.OpenUrl").Select(a => (string?)a["url"]));
    }

    [Fact]
    public void A_draft_too_long_for_Teams_is_cut_and_the_user_is_told_so_under_it()
    {
        var draft = string.Concat(Enumerable.Repeat("Dear Jordan, thank you – ", 2000));
        var view = new NudgeView("Send your feedback", "It is due today.", draft, [ActionButton.For("Mark as sent", "step.toggle", true)]);

        var card = AdaptiveCardRenderer.Render(view, Guid.Empty);

        AssertSendable(card, "long draft");
        var input = CardJson.Input(card, "draft");
        var shown = (string)input["value"]!;
        Assert.EndsWith("…", shown, StringComparison.Ordinal);
        Assert.StartsWith(shown[..^1], draft, StringComparison.Ordinal);
        var warning = CardJson.Next(input)!;
        Assert.Contains("too long", (string?)warning["text"], StringComparison.Ordinal);
        Assert.Equal("warning", (string?)warning["color"]);
        Assert.Single(card["actions"]!.AsArray());
    }

    [Fact]
    public void Emoji_and_accented_text_are_measured_escaped_and_never_cut_in_half()
    {
        // Each emoji is 12 bytes once escaped as \uD83D\uDE00: the limit must hold in that form too.
        var view = Checklist(8, string.Concat(Enumerable.Repeat("😀é", 900)), "Zoë 😀");

        var card = AdaptiveCardRenderer.Render(view, Guid.Empty);

        AssertSendable(card, "emoji");
        Assert.Contains(CardJson.Strings(card), s => s.EndsWith("😀…", StringComparison.Ordinal) || s.EndsWith("é…", StringComparison.Ordinal));
    }

    [Fact]
    public void A_view_far_too_big_to_fit_keeps_its_top_and_says_the_rest_is_left_out()
    {
        var view = Checklist(400, "Short text that repeats.");

        var card = AdaptiveCardRenderer.Render(view, Guid.Empty);

        AssertSendable(card, "400 items");
        var body = CardJson.Body(card);
        Assert.StartsWith("During the call:", (string?)body[0]!["text"], StringComparison.Ordinal);
        Assert.Contains("left out", (string?)body[^1]!["text"], StringComparison.Ordinal);
        Assert.InRange(CardJson.OfType(card, "Container").Count(), 1, 399);
        Assert.Equal("After the call", (string?)card["actions"]![0]!["title"]);
    }

    [Fact]
    public void A_card_that_fits_is_not_cut_at_all()
    {
        var longButFine = new string('y', 1500);
        var view = new SummaryView("Title", longButFine, [new Fact("Fact", longButFine)], [new Section("Lines", [longButFine])], []);

        var card = AdaptiveCardRenderer.Render(view, Guid.Empty);

        Assert.Equal(3, CardJson.Strings(card).Count(s => s == longButFine));
        Assert.DoesNotContain(CardJson.Strings(card), s => s.Contains('…', StringComparison.Ordinal));
    }
}
