using InterviewBot.Core.Views;

namespace InterviewBot.Cards.Tests;

/// <summary>Every card the engine makes, from both playbooks and every flow, is a payload Slack will take.</summary>
public class BlockKitLimitsTests
{
    public static IEnumerable<object[]> Names => CardCatalog.Names;

    public static IEnumerable<object[]> FormNames => CardCatalog.Names.Where(n => CardCatalog.Get((string)n[0]) is FormView);

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_card_as_a_message_is_within_every_Block_Kit_limit(string name)
    {
        var message = BlockKitRenderer.RenderMessage(CardCatalog.Get(name), Samples.CardId);

        BlockKitLimits.AssertWithin(message, name);
        Assert.False(string.IsNullOrWhiteSpace((string?)message["text"]), $"{name} has no notification text");
    }

    [Theory]
    [MemberData(nameof(FormNames))]
    public void Every_form_as_a_modal_is_within_every_Block_Kit_limit(string name)
    {
        var modal = BlockKitRenderer.RenderModal((FormView)CardCatalog.Get(name), Samples.CardId);

        BlockKitLimits.AssertWithin(modal, name);
    }

    [Fact]
    public void Texts_longer_than_Slack_takes_are_cut_with_an_ellipsis_and_short_ones_are_whole()
    {
        var longText = string.Concat(Enumerable.Repeat("word ", 1000));
        var view = new SummaryView(new string('T', 200), longText, [new Fact(new string('L', 100), longText)],
            [new Section("Long", [longText]), new Section("Short", ["Fine as it is."])],
            [ActionButton.For(new string('B', 100), "b")]);

        var message = BlockKitRenderer.RenderMessage(view, Samples.CardId);

        BlockKitLimits.AssertWithin(message, "long texts");
        var texts = BlockKitJson.Texts(message);
        Assert.Equal(150, texts[0].Length);
        Assert.Contains(texts, t => t.Length == BlockKitRenderer.MaxSectionText && t.EndsWith('…'));
        Assert.Contains("*Short*\nFine as it is.", texts);
        Assert.Equal(BlockKitRenderer.MaxButtonText, BlockKitJson.Label(BlockKitJson.Buttons(message).Single()).Length);
    }

    [Fact]
    public void Emoji_are_never_cut_in_half()
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", 2000));
        var view = new FormView(emoji, emoji, [new FieldView("e", emoji, FieldInputKind.Text, emoji, emoji)], ActionButton.For(emoji, "e"));

        BlockKitLimits.AssertWithin(BlockKitRenderer.RenderMessage(view, Samples.CardId), "emoji message");
        BlockKitLimits.AssertWithin(BlockKitRenderer.RenderModal(view, Samples.CardId), "emoji modal");
    }

    [Fact]
    public void Sixty_buttons_are_all_kept_in_order_in_actions_blocks_of_at_most_25()
    {
        var buttons = Enumerable.Range(1, 60).Select(n => ActionButton.For($"Open {n}", "interview.open", false, ("n", $"{n}"))).ToList();
        var message = BlockKitRenderer.RenderMessage(new SummaryView("Many", null, [], [], buttons), Samples.CardId);

        BlockKitLimits.AssertWithin(message, "sixty buttons");
        Assert.Equal([25, 25, 10], BlockKitJson.OfType(message, "actions").Select(a => a["elements"]!.AsArray().Count));
        Assert.Equal(buttons.Select(b => b.Label), BlockKitJson.Buttons(message).Select(BlockKitJson.Label));
    }

    [Fact]
    public void Twelve_facts_fill_two_sections_of_at_most_ten_fields()
    {
        var facts = Enumerable.Range(1, 12).Select(n => new Fact($"Fact {n}", $"Value {n}")).ToList();
        var message = BlockKitRenderer.RenderMessage(new SummaryView("Facts", null, facts, [], []), Samples.CardId);

        BlockKitLimits.AssertWithin(message, "twelve facts");
        Assert.Equal([10, 2], BlockKitJson.Blocks(message).Where(b => b["fields"] is not null).Select(b => b["fields"]!.AsArray().Count));
    }

    [Fact]
    public void A_link_too_long_for_Slack_is_left_out_with_a_note_and_the_others_are_kept()
    {
        var tooLong = "https://example.com/?q=" + new string('a', 3000);
        var view = new SummaryView("Links", null, [], [], [ActionButton.For("Open", "o")],
            [new LinkButton("Huge search", tooLong), new LinkButton("Calendar", "https://calendar.example.com/add?x=1%202")]);

        var message = BlockKitRenderer.RenderMessage(view, Samples.CardId);

        BlockKitLimits.AssertWithin(message, "long link");
        Assert.Equal(["Open", "Calendar"], BlockKitJson.Buttons(message).Select(BlockKitJson.Label));
        Assert.Equal("https://calendar.example.com/add?x=1%202", (string?)BlockKitJson.Buttons(message)[1]["url"]);
        Assert.Contains(BlockKitJson.Texts(message), t => t.StartsWith("⚠️ The link “Huge search” is too long for Slack", StringComparison.Ordinal));
    }

    [Fact]
    public void A_button_whose_data_is_too_big_for_a_value_is_left_out_with_a_note()
    {
        var view = new NudgeView("Nudge", "Body", null,
            [ActionButton.For("Huge", "h", false, ("blob", new string('x', 2100))), ActionButton.For("Fine", "f")]);

        var message = BlockKitRenderer.RenderMessage(view, Samples.CardId);

        BlockKitLimits.AssertWithin(message, "huge value");
        Assert.Equal(["Fine"], BlockKitJson.Buttons(message).Select(BlockKitJson.Label));
        Assert.Contains(BlockKitJson.Texts(message), t => t.Contains("“Huge” carries more data than Slack takes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_choice_list_longer_than_Slack_takes_keeps_the_first_hundred_and_says_so()
    {
        var choices = Enumerable.Range(0, 130).Select(i => new Choice($"Zone {i}", $"z{i}")).Append(new Choice("Too long a value", new string('v', 200))).ToList();
        var form = new FormView("Zones", null, [new FieldView("zone", "Zone", FieldInputKind.Choice, "z5", Choices: choices)], ActionButton.For("Save", "s"));

        var modal = BlockKitRenderer.RenderModal(form, Samples.CardId);

        BlockKitLimits.AssertWithin(modal, "many choices");
        Assert.Equal(100, BlockKitJson.Element(modal, "zone")["options"]!.AsArray().Count);
        Assert.Equal("z5", (string?)BlockKitJson.Element(modal, "zone")["initial_option"]!["value"]);
        Assert.Equal("⚠️ 31 of the choices do not fit in Slack and are left out.", BlockKitJson.Text(BlockKitJson.Next(modal, BlockKitJson.Input(modal, "zone"))!));
    }

    [Fact]
    public void Labels_and_placeholders_are_cut_to_what_Slack_takes()
    {
        var form = new FormView("F", null, [new FieldView("a", new string('l', 2500), Placeholder: new string('p', 400), MaxLength: 0), new FieldView("b", "")],
            ActionButton.For("Save", "s"));

        var modal = BlockKitRenderer.RenderModal(form, Samples.CardId);

        BlockKitLimits.AssertWithin(modal, "long label");
        Assert.Equal("b", (string?)BlockKitJson.Input(modal, "b")["label"]!["text"]);
    }

    [Fact]
    public void A_home_with_more_items_than_Slack_takes_keeps_to_100_blocks_says_what_is_left_out_and_keeps_each_items_own_card()
    {
        var reminder = Guid.NewGuid();
        var items = Enumerable.Range(1, 60).Select(n => new HomeItem($"Call {n}", [ActionButton.For("Open", "interview.open")])).ToList();
        var waiting = new HomeItem("Feedback for Jordan Lee is due", [ActionButton.For("Feedback sent", "nudge.done", true)], reminder);
        var view = new HomeView("Riley's InterviewBot home", "Times in Europe/Berlin.",
            [new HomeSection("Waiting on you", [waiting], "None."), new HomeSection("Open follow-ups", [], "None open."), new HomeSection("Upcoming calls", items, "None.")],
            [ActionButton.For("New interview", "interview.new", true)]);

        var home = BlockKitRenderer.RenderHome(view, Guid.Empty);

        BlockKitLimits.AssertWithin(home, "home");
        Assert.Equal("home", (string?)home["type"]);
        Assert.InRange(home["blocks"]!.AsArray().Count, 51, BlockKitRenderer.MaxHomeBlocks);
        var json = home.ToJsonString();
        Assert.Contains("too long for Slack (at most 100 blocks)", json, StringComparison.Ordinal);
        Assert.Contains("None open.", json, StringComparison.Ordinal);
        var feedback = JsonTree.Objects(home).Single(o => (string?)o["type"] == "button" && (string?)o["text"]?["text"] == "Feedback sent");
        Assert.Equal(reminder, BlockKitRenderer.ReadButton((string)feedback["value"]!)!.CardId);
    }
}
