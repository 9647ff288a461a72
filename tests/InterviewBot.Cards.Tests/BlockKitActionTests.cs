using System.Text.Json.Nodes;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Views;
using static InterviewBot.Cards.Tests.BlockKitJson;

namespace InterviewBot.Cards.Tests;

/// <summary>What a tap in Slack sends back: every button and every modal tells the bot the same as on Teams.</summary>
public class BlockKitActionTests
{
    public static IEnumerable<object[]> Names => CardCatalog.Names;

    public static IEnumerable<object[]> FormNames => CardCatalog.Names.Where(n => CardCatalog.Get((string)n[0]) is FormView);

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_button_value_reads_back_as_its_verb_this_card_and_its_data(string name)
    {
        var view = CardCatalog.Get(name);
        var message = BlockKitRenderer.RenderMessage(view, Samples.CardId);

        var expected = ViewButtons(view).ToList();
        var sent = Buttons(message).Where(b => b["value"] is not null).ToList();
        Assert.Equal(expected.Count, sent.Count);
        foreach (var (button, element) in expected.Zip(sent))
        {
            var action = BlockKitRenderer.ReadButton((string)element["value"]!);
            Assert.NotNull(action);
            Assert.Equal(button.Verb, action.Verb);
            Assert.Equal(Samples.CardId, action.CardId);
            Assert.Equal(ExpectedData(button), Sorted(action.Data));
            Assert.Equal(button.Label, Label(element));
            Assert.Equal(button.Primary, (string?)element["style"] == "primary");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Link_buttons_open_the_url_the_view_built_unchanged_and_carry_no_value(string name)
    {
        var view = CardCatalog.Get(name);
        var message = BlockKitRenderer.RenderMessage(view, Samples.CardId);

        var expected = view switch
        {
            ChecklistView c => c.Items.SelectMany(i => i.Links).ToList(),
            SummaryView s => (s.Links ?? []).ToList(),
            _ => [],
        };
        var links = Buttons(message).Where(b => b["url"] is not null).ToList();
        Assert.Equal(expected.Select(l => (l.Label, l.Url)), links.Select(l => (Label(l), (string)l["url"]!)));
        Assert.All(links, l => Assert.Null(l["value"]));
    }

    [Fact]
    public void Links_with_encoded_names_keep_their_encoding()
    {
        var view = new Samples().Checklist(Core.Domain.Audience.Candidate, "before", withBrief: false);
        var message = BlockKitRenderer.RenderMessage(view, Samples.CardId);

        Assert.Contains(Buttons(message), b => ((string?)b["url"])?.Contains("M%C3%B8ller%20%26%20S%C3%B8n", StringComparison.Ordinal) == true);
    }

    [Theory]
    [MemberData(nameof(FormNames))]
    public void A_modal_submit_reads_back_as_the_forms_submit_button(string name)
    {
        var form = (FormView)CardCatalog.Get(name);
        var modal = BlockKitRenderer.RenderModal(form, Samples.CardId);

        var action = BlockKitRenderer.ReadModalMetadata((string)modal["private_metadata"]!);
        Assert.NotNull(action);
        Assert.Equal(form.Submit.Verb, action.Verb);
        Assert.Equal(Samples.CardId, action.CardId);
        Assert.Equal(ExpectedData(form.Submit), Sorted(action.Data));
        Assert.Equal(form.Submit.Label, (string?)modal["submit"]!["text"]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Action_ids_are_unique_in_each_message(string name)
    {
        var message = BlockKitRenderer.RenderMessage(CardCatalog.Get(name), Samples.CardId);

        var ids = Buttons(message).Select(b => (string)b["action_id"]!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enumerable.Range(0, ids.Count).Select(i => $"a{i}"), ids);
    }

    [Fact]
    public void A_button_cannot_replace_the_verb_or_the_card_id_with_its_own_data()
    {
        var sneaky = new ActionButton("Go", "real.verb", new Dictionary<string, string> { ["verb"] = "other", ["cardId"] = "x", ["step"] = "s1" });
        var message = BlockKitRenderer.RenderMessage(new SummaryView("T", null, [], [], [sneaky]), Samples.CardId);

        var action = BlockKitRenderer.ReadButton((string)Buttons(message).Single()["value"]!)!;

        Assert.Equal("real.verb", action.Verb);
        Assert.Equal(Samples.CardId, action.CardId);
        Assert.Equal(new Dictionary<string, string> { ["step"] = "s1" }, action.Data);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not json")]
    [InlineData("[\"verb\"]")]
    [InlineData("{}")]
    [InlineData("{\"verb\":\"\"}")]
    [InlineData("{\"verb\":5}")]
    [InlineData("{\"cardId\":\"0c4d5e6f-1a2b-4c3d-8e9f-a0b1c2d3e4f5\"}")]
    public void Anything_that_is_not_one_of_our_values_is_no_action(string value)
    {
        Assert.Null(BlockKitRenderer.ReadButton(value));
        Assert.Null(BlockKitRenderer.ReadModalMetadata(value));
    }

    [Fact]
    public void A_value_without_a_usable_card_id_still_names_its_verb_and_other_values_read_as_text()
    {
        var action = BlockKitRenderer.ReadButton("{\"verb\":\"help\",\"cardId\":\"nope\",\"n\":5,\"o\":{\"a\":1},\"z\":null}")!;

        Assert.Equal("help", action.Verb);
        Assert.Null(action.CardId);
        Assert.Equal("5", action.Data["n"]);
        Assert.Equal("{\"a\":1}", action.Data["o"]);
        Assert.Equal("", action.Data["z"]);
    }

    [Fact]
    public void Names_with_quotes_accents_and_emoji_survive_the_round_trip()
    {
        var button = ActionButton.For("Open", Verbs.OpenInterview, false, ("who", "Zoë O'Brien \"Z\" 😀 <&>"), ("line", "a\nb"));
        var message = BlockKitRenderer.RenderMessage(new SummaryView("T", null, [], [], [button]), Samples.CardId);

        var action = BlockKitRenderer.ReadButton((string)Buttons(message).Single()["value"]!)!;

        Assert.Equal(ExpectedData(button), Sorted(action.Data));
    }

    [Fact]
    public void A_field_id_too_long_for_a_block_id_gets_a_stand_in_that_the_data_maps_back()
    {
        var longId = "step." + new string('x', 300) + ".text";
        var form = new FormView("Long ids", null,
            [new FieldView(longId, "Answer"), new FieldView("short", "Short")],
            ActionButton.For("Save", Verbs.SaveStep, true, ("step", "s1")));

        var message = BlockKitRenderer.RenderMessage(form, Samples.CardId);
        var modal = BlockKitRenderer.RenderModal(form, Samples.CardId);

        foreach (var payload in new JsonObject[] { message, modal })
        {
            var blockIds = OfType(payload, "input").Select(b => (string)b["block_id"]!).ToList();
            Assert.Equal("short", blockIds[1]);
            Assert.StartsWith("~", blockIds[0], StringComparison.Ordinal);
            Assert.InRange(blockIds[0].Length, 2, BlockKitRenderer.MaxBlockId);
            BlockKitLimits.AssertWithin(payload, "long id");
        }
        var fromButton = BlockKitRenderer.ReadButton((string)Buttons(message).Single()["value"]!)!;
        var fromModal = BlockKitRenderer.ReadModalMetadata((string)modal["private_metadata"]!)!;
        var standIn = (string)OfType(modal, "input")[0]["block_id"]!;
        Assert.Equal(longId, fromButton.Data[standIn]);
        Assert.Equal(longId, fromModal.Data[standIn]);
        Assert.Equal("s1", fromModal.Data["step"]);
    }

    [Fact]
    public void A_field_id_used_twice_gets_a_second_block_id_that_maps_back_to_it()
    {
        var view = new NudgeView("Twice", "Body", null, [ActionButton.For("Done", "nudge.done")],
            Fields: [new FieldView("reason", "Reason"), new FieldView("reason", "Reason again")]);

        var message = BlockKitRenderer.RenderMessage(view, Samples.CardId);

        var blockIds = OfType(message, "input").Select(b => (string)b["block_id"]!).ToList();
        Assert.Equal("reason", blockIds[0]);
        Assert.NotEqual("reason", blockIds[1]);
        Assert.Equal("reason", BlockKitRenderer.ReadButton((string)Buttons(message).Single()["value"]!)!.Data[blockIds[1]]);
        BlockKitLimits.AssertWithin(message, "repeated id");
    }
}
