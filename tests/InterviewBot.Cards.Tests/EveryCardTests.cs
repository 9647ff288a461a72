using System.Text.Json.Nodes;

namespace InterviewBot.Cards.Tests;

/// <summary>Every card the engine makes, from both playbooks and every flow, is a card Teams will take.</summary>
public class EveryCardTests
{
    public static IEnumerable<object[]> Names => CardCatalog.Names;

    [Theory]
    [MemberData(nameof(Names))]
    public void Validates_against_the_Adaptive_Card_1_5_schema(string name)
    {
        var card = AdaptiveCardRenderer.Render(CardCatalog.Get(name), Samples.CardId);

        AdaptiveCardSchema.AssertValid(card, name);
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Fits_in_a_Teams_message(string name)
    {
        var card = AdaptiveCardRenderer.Render(CardCatalog.Get(name), Samples.CardId);

        Assert.InRange(CardJson.Bytes(card), 1, CardJson.TeamsLimitBytes - 1);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Uses_only_actions_that_reach_the_bot_from_Teams_mobile(string name)
    {
        var card = AdaptiveCardRenderer.Render(CardCatalog.Get(name), Samples.CardId);

        Assert.DoesNotContain("Action.Execute", card.ToJsonString(), StringComparison.Ordinal);
        var actionTypes = JsonTree.Objects(card).Select(o => (string?)o["type"]).Where(t => t?.StartsWith("Action.", StringComparison.Ordinal) == true).ToList();
        Assert.All(actionTypes, t => Assert.Contains(t, new[] { "Action.Submit", "Action.OpenUrl" }));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_submit_names_its_verb_and_this_card(string name)
    {
        var card = AdaptiveCardRenderer.Render(CardCatalog.Get(name), Samples.CardId);

        foreach (var submit in CardJson.OfType(card, "Action.Submit"))
        {
            var data = submit["data"]!.AsObject();
            Assert.False(string.IsNullOrWhiteSpace((string?)data["verb"]), $"{name}: '{submit["title"]}' has no verb");
            Assert.Equal(Samples.CardId.ToString(), (string?)data["cardId"]);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Text_wraps_and_no_row_has_more_actions_than_Teams_shows(string name)
    {
        var card = AdaptiveCardRenderer.Render(CardCatalog.Get(name), Samples.CardId);

        Assert.All(CardJson.OfType(card, "TextBlock"), t => Assert.True((bool?)t["wrap"] == true, $"not wrapped: {t["text"]}"));
        Assert.InRange(card["actions"]!.AsArray().Count, 0, 6);
        Assert.All(CardJson.OfType(card, "ActionSet"), set => Assert.InRange(set["actions"]!.AsArray().Count, 1, 6));
    }

    [Fact]
    public void The_catalog_covers_every_phase_of_both_playbooks()
    {
        var phases = Samples.Playbooks.All.Sum(p => p.Phases.Count);

        // fresh and worked, with and without a role brief
        Assert.Equal(phases * 4, CardCatalog.Names.Count(n => ((string)n[0]).StartsWith("checklist/", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_schema_check_rejects_what_Teams_would_reject()
    {
        // A guard against a validator that passes everything: each of these breaks the 1.5 schema.
        var valid = AdaptiveCardRenderer.Render(CardCatalog.Get("form/new-interview"), Samples.CardId);
        Assert.Empty(AdaptiveCardSchema.Errors(valid));

        var unknownProperty = valid.DeepClone();
        unknownProperty["msteams"] = new JsonObject { ["width"] = "Full" };
        var textless = valid.DeepClone();
        CardJson.OfType(textless, "TextBlock").First().Remove("text");
        var inputWithoutId = valid.DeepClone();
        CardJson.OfType(inputWithoutId, "Input.Text").First().Remove("id");
        var badUrl = AdaptiveCardRenderer.Render(CardCatalog.Get("summary/with-links"), Samples.CardId);
        CardJson.OfType(badUrl, "Action.OpenUrl").First()["url"] = "https://exa mple.com/{candidate}";

        Assert.NotEmpty(AdaptiveCardSchema.Errors(unknownProperty));
        Assert.NotEmpty(AdaptiveCardSchema.Errors(textless));
        Assert.NotEmpty(AdaptiveCardSchema.Errors(inputWithoutId));
        Assert.NotEmpty(AdaptiveCardSchema.Errors(badUrl));
    }
}
