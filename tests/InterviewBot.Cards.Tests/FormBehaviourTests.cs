using InterviewBot.Core.Engine;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards.Tests;

/// <summary>What a person filling in a form sees and can do.</summary>
public class FormBehaviourTests
{
    private readonly Samples _samples = new();

    [Fact]
    public void A_field_error_from_the_bot_is_shown_in_attention_colour_right_under_its_input()
    {
        var card = AdaptiveCardRenderer.Render(_samples.SettingsWithErrors(), Samples.CardId);

        var shown = CardJson.Next(CardJson.Input(card, "workdayEnd"));
        Assert.NotNull(shown);
        Assert.Equal("TextBlock", (string?)shown["type"]);
        Assert.Equal("The working day must end after it starts.", (string?)shown["text"]);
        Assert.Equal("attention", (string?)shown["color"]);
        // The field without an error is followed by the next input, not by an empty error line.
        Assert.Equal("workdayEnd", (string?)CardJson.Next(CardJson.Input(card, "workdayStart"))!["id"]);
    }

    [Fact]
    public void Every_kind_of_input_shows_its_error_and_the_form_says_what_is_wrong_above_the_fields()
    {
        var view = CardCatalog.EveryKindOfField();
        var card = AdaptiveCardRenderer.Render(view, Samples.CardId);

        foreach (var field in view.Fields.Where(f => f.Error is not null))
        {
            var next = CardJson.Next(CardJson.Input(card, field.Id));
            Assert.Equal(field.Error, (string?)next?["text"]);
            Assert.Equal("attention", (string?)next?["color"]);
        }
        var body = CardJson.Body(card);
        var formError = body.Select(e => e!.AsObject()).First(e => (string?)e["text"] == view.Error);
        Assert.Equal("attention", (string?)formError["color"]);
        Assert.True(body.IndexOf(formError) < body.IndexOf(CardJson.Input(card, "text")));
    }

    [Fact]
    public void Required_inputs_are_marked_with_a_label_and_a_message_and_optional_ones_are_not()
    {
        var card = AdaptiveCardRenderer.Render(_samples.CardFromTurn(_samples.Recruiter, InterviewForms.ShowNewInterview), Samples.CardId);

        var name = CardJson.Input(card, "candidate");
        Assert.True((bool?)name["isRequired"]);
        Assert.Equal("Candidate name", (string?)name["label"]);
        Assert.Equal("Candidate name is required.", (string?)name["errorMessage"]);
        Assert.Equal("e.g. Jordan Lee", (string?)name["placeholder"]);
        Assert.Equal(120, (int?)name["maxLength"]);
        Assert.True((bool?)CardJson.Input(card, "date")["isRequired"]);
        Assert.Null(CardJson.Input(card, "candidateEmail")["isRequired"]);
    }

    [Fact]
    public void Inputs_come_prefilled_and_typed_for_their_kind()
    {
        var card = AdaptiveCardRenderer.Render(_samples.CardFromTurn(_samples.Recruiter, InterviewForms.ShowNewInterview), Samples.CardId);

        Assert.Equal("Input.Date", (string?)CardJson.Input(card, "date")["type"]);
        Assert.Equal("Input.Time", (string?)CardJson.Input(card, "time")["type"]);
        Assert.Equal("Berlin", (string?)CardJson.Input(card, "timeZone")["value"]); // Europe/Berlin, by its city
        var length = CardJson.Input(card, "minutes");
        Assert.Equal("Input.ChoiceSet", (string?)length["type"]);
        Assert.Equal("compact", (string?)length["style"]);
        Assert.Equal("30", (string?)length["value"]);
        Assert.Null(length["isMultiSelect"]);
        Assert.True((bool?)CardJson.Input(card, "briefAbout")["isMultiline"]);
    }

    [Fact]
    public void Working_days_are_a_multi_select_holding_the_chosen_days_comma_separated()
    {
        var card = AdaptiveCardRenderer.Render(_samples.CardFromTurn(_samples.Recruiter, SettingsFlow.Show), Samples.CardId);

        var days = CardJson.Input(card, "workingDays");
        Assert.True((bool?)days["isMultiSelect"]);
        Assert.Equal("Monday,Tuesday,Wednesday,Thursday,Friday", (string?)days["value"]);
        Assert.Equal(7, days["choices"]!.AsArray().Count);
    }

    [Fact]
    public void A_number_input_gets_a_number_and_a_value_that_is_not_one_is_left_empty()
    {
        var card = AdaptiveCardRenderer.Render(CardCatalog.EveryKindOfField(), Samples.CardId);

        Assert.Equal(45, (double?)CardJson.Input(card, "number2")["value"]);
        Assert.Null(CardJson.Input(card, "number")["value"]);
    }

    [Fact]
    public void Cancel_goes_through_without_the_required_inputs_and_Submit_is_the_positive_button()
    {
        var card = AdaptiveCardRenderer.Render(_samples.CardFromTurn(_samples.Candidate, InterviewForms.ShowNewPrep), Samples.CardId);

        var actions = card["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.Equal(["Start preparing", "Cancel"], actions.Select(a => (string?)a["title"]));
        Assert.Equal("positive", (string?)actions[0]["style"]);
        Assert.Null(actions[0]["associatedInputs"]);
        Assert.Equal("none", (string?)actions[1]["associatedInputs"]);
        Assert.Null(actions[1]["style"]);
        Assert.Equal(Verbs.Dismiss, (string?)actions[1]["data"]!["verb"]);
    }

    [Fact]
    public void A_button_carries_its_own_data_but_cannot_replace_the_verb_or_the_card_id()
    {
        var sneaky = new ActionButton("Go", "real.verb", new Dictionary<string, string> { ["verb"] = "other", ["cardId"] = "x", ["step"] = "s1" });
        var view = new FormView("Form", null, [], sneaky);

        var data = AdaptiveCardRenderer.Render(view, Samples.CardId)["actions"]![0]!["data"]!.AsObject();

        Assert.Equal("real.verb", (string?)data["verb"]);
        Assert.Equal(Samples.CardId.ToString(), (string?)data["cardId"]);
        Assert.Equal("s1", (string?)data["step"]);
    }

    [Fact]
    public void The_nudge_draft_is_an_editable_box_named_draft_holding_the_whole_text()
    {
        var view = Samples.FeedbackNudge();
        var card = AdaptiveCardRenderer.Render(view, Samples.CardId);

        var draft = CardJson.Input(card, "draft");
        Assert.Equal("Input.Text", (string?)draft["type"]);
        Assert.True((bool?)draft["isMultiline"]);
        Assert.Equal(view.Draft, (string?)draft["value"]);
        Assert.Contains(CardJson.Body(card), e => (string?)e!["text"] == view.Status);
    }

    [Fact]
    public void A_card_with_no_draft_has_no_draft_box()
    {
        var card = AdaptiveCardRenderer.Render(CardCatalog.Get("nudge/no-draft"), Samples.CardId);

        Assert.DoesNotContain(JsonTree.Objects(card), o => (string?)o["id"] == "draft");
    }

    [Fact]
    public void Rendering_is_repeatable_for_the_same_view_and_card_id()
    {
        var view = _samples.WithProgress().Checklist(Core.Domain.Audience.Recruiter, "during", withBrief: true);

        var first = AdaptiveCardRenderer.Render(view, Samples.CardId).ToJsonString();
        var second = AdaptiveCardRenderer.Render(view, Samples.CardId).ToJsonString();

        Assert.Equal(first, second);
        Assert.NotEqual(first, AdaptiveCardRenderer.Render(view, Guid.Empty).ToJsonString());
    }

    [Fact]
    public void Every_card_view_kind_renders_and_an_unknown_one_is_refused_by_name()
    {
        Assert.Throws<ArgumentException>(() => AdaptiveCardRenderer.Render(new UnknownView(), Samples.CardId));
        Assert.Equal("application/vnd.microsoft.card.adaptive", AdaptiveCardRenderer.ContentType);
    }

    private sealed record UnknownView() : CardView("?");
}
