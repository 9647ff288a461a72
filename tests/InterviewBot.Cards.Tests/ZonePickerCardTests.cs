using System.Text.Json.Nodes;
using InterviewBot.Core;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards.Tests;

/// <summary>The time zone of the settings and booking forms, picked by city on both platforms.</summary>
public class ZonePickerCardTests
{
    private readonly Samples _samples = new();

    public static TheoryData<string> Forms => ["form/settings", "form/new-interview", "form/new-prep"];

    [Theory]
    [MemberData(nameof(Forms))]
    public void In_Teams_the_form_offers_every_zone_by_city_with_todays_offset_and_the_persons_own_first(string name)
    {
        var view = (FormView)CardCatalog.Get(name);
        var card = AdaptiveCardRenderer.Render(view, Samples.CardId);

        var zone = CardJson.Input(card, "timeZone");
        Assert.Equal("Input.ChoiceSet", (string?)zone["type"]);
        Assert.Equal("filtered", (string?)zone["style"]);
        var choices = zone["choices"]!.AsArray().Select(c => ((string)c!["title"]!, (string)c["value"]!)).ToList();
        Assert.Equal(ZoneCatalog.All.Count, choices.Count);
        // 2 March: Berlin on winter time, Kyiv too; the person's own zone first and chosen.
        var own = name == "form/new-prep" ? ("New York (UTC-5)", "New_York") : ("Berlin (UTC+1)", "Berlin");
        Assert.Equal(own, choices[0]);
        Assert.Equal(own.Item2, (string?)zone["value"]);
        Assert.Contains(("Kyiv (UTC+2)", "Kyiv"), choices);
        Assert.Contains(("Kolkata (UTC+5:30)", "Kolkata"), choices);
        // The whole form still fits a Teams message, every field in it and no text cut.
        Assert.InRange(CardJson.Bytes(card), 1, CardJson.TeamsLimitBytes - 1);
        Assert.All(view.Fields, f => CardJson.Input(card, f.Id));
        Assert.DoesNotContain(CardJson.Strings(card), s => s.Contains("too long", StringComparison.Ordinal) || s.EndsWith('…'));
        AdaptiveCardSchema.AssertValid(card, name);
    }

    [Fact]
    public void A_booking_form_full_of_typed_text_keeps_it_whole_and_lists_the_zones_nearest_the_persons_own()
    {
        var typed = string.Concat(Enumerable.Repeat("We build the payment platform for small shops. ", 50))[..2000];
        var form = (FormView)CardCatalog.Get("form/new-interview");
        form = form with { Fields = form.Fields.Select(f => f.Id is "briefAbout" or "briefSalary" ? f with { Value = typed } : f).ToList() };

        var card = AdaptiveCardRenderer.Render(form, Samples.CardId);

        Assert.Equal(typed, (string?)CardJson.Input(card, "briefAbout")["value"]);
        Assert.Equal(typed, (string?)CardJson.Input(card, "briefSalary")["value"]);
        var zone = CardJson.Input(card, "timeZone");
        var titles = zone["choices"]!.AsArray().Select(c => (string)c!["title"]!).ToList();
        Assert.Equal(100, titles.Count);
        Assert.Equal("Berlin (UTC+1)", titles[0]);
        Assert.Contains("Paris (UTC+1)", titles);
        Assert.Contains("Kyiv (UTC+2)", titles);
        Assert.DoesNotContain(titles, t => t.Contains("UTC-10", StringComparison.Ordinal));
        Assert.Equal("Berlin", (string?)zone["value"]);
        Assert.StartsWith("This card has room for the 100 zones nearest yours", (string?)CardJson.Next(zone)!["text"], StringComparison.Ordinal);
        Assert.InRange(CardJson.Bytes(card), 1, CardJson.TeamsLimitBytes - 1);
    }

    [Fact]
    public void In_Slack_the_zone_is_a_menu_that_asks_the_bot_for_zones_and_shows_the_persons_own_chosen()
    {
        var form = (FormView)_samples.CardFromTurn(_samples.Recruiter, SettingsFlow.Show);

        foreach (var payload in new[] { BlockKitRenderer.RenderModal(form, Samples.CardId), BlockKitRenderer.RenderMessage(form, Samples.CardId) })
        {
            var element = BlockKitJson.Element(payload, "timeZone");
            Assert.Equal("external_select", (string?)element["type"]);
            Assert.Equal(BlockKitRenderer.ZoneActionId, (string?)element["action_id"]);
            Assert.Equal(0, (int?)element["min_query_length"]);
            Assert.Equal("Berlin (UTC+1)", (string?)element["initial_option"]!["text"]!["text"]);
            Assert.Equal("Berlin", (string?)element["initial_option"]!["value"]);
            BlockKitLimits.AssertWithin(payload, "settings");
        }
    }

    [Fact]
    public void A_zone_sent_back_wrong_leaves_the_picker_empty_with_the_reason_under_it()
    {
        var form = (FormView)_samples.SettingsWithErrors();
        var card = AdaptiveCardRenderer.Render(form, Samples.CardId);
        var modal = BlockKitRenderer.RenderModal(form, Samples.CardId);

        Assert.Null(CardJson.Input(card, "timeZone")["value"]);
        Assert.Contains("I don't know the time zone \"Mars/Olympus\"", (string?)CardJson.Next(CardJson.Input(card, "timeZone"))!["text"], StringComparison.Ordinal);
        Assert.Null(BlockKitJson.Element(modal, "timeZone")["initial_option"]);
        Assert.Contains("Mars/Olympus", BlockKitJson.Text(BlockKitJson.Next(modal, BlockKitJson.Input(modal, "timeZone"))!), StringComparison.Ordinal);
    }

    [Fact]
    public void Slack_gets_the_zones_matching_what_was_typed_in_its_own_option_shape()
    {
        var answer = BlockKitRenderer.RenderSuggestions(ZoneChoices.Suggestions("lis", null, Samples.Now));

        var first = answer["options"]!.AsArray()[0]!.AsObject();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"text":{"type":"plain_text","text":"Lisbon (UTC+0)"},"value":"Lisbon"}"""), first), first.ToJsonString());
        Assert.InRange(BlockKitRenderer.RenderSuggestions(ZoneChoices.Suggestions("", null, Samples.Now))["options"]!.AsArray().Count, 100, 100);
    }
}
