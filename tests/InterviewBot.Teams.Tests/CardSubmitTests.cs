using InterviewBot.Core.Conversations;
using InterviewBot.Core.Engine;
using InterviewBot.Teams.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InterviewBot.Teams.Tests;

/// <summary>
/// An Action.Submit tap as Teams sends it: a message whose <c>value</c> holds the button's data and
/// the card's inputs, on the card's own message (<c>replyToId</c>).
/// </summary>
public class CardSubmitTests
{
    [Fact]
    public void A_tap_carries_the_buttons_verb_the_card_and_every_input_as_text()
    {
        var inbound = ActivityTranslator.ToInbound(Payloads.Load("card-submit.json"));

        var submit = Assert.IsType<CardSubmit>(inbound.Submit);
        Assert.Equal(Verbs.CreateInterview, submit.Verb);
        Assert.Equal(Guid.Parse("2f9c6b1e-4d7a-4c3b-8e5f-9a0b1c2d3e4f"), submit.CardId);
        Assert.Equal("Jordan Lee", submit.Value("candidate"));
        Assert.Equal("2027-03-02", submit.Value("date"));
        Assert.Equal("14:00", submit.Value("time"));
        Assert.Equal("", submit.Value("briefAbout"));
        Assert.Null(inbound.Text);
        Assert.True(inbound.IsPersonalChat);
    }

    [Fact]
    public void A_number_and_a_nested_object_in_the_tap_arrive_as_text()
    {
        var submit = ActivityTranslator.ToInbound(Payloads.Load("card-submit.json")).Submit!;

        Assert.Equal("45", submit.Value("minutes"));
        Assert.Equal("""{"source":"booking-form","step":1}""", submit.Value("context"));
    }

    [Fact]
    public void An_empty_input_sent_as_null_arrives_as_an_empty_box()
    {
        var activity = Payloads.Load("card-submit.json", json => json["value"]!["briefAbout"] = JValue.CreateNull());

        Assert.Equal("", ActivityTranslator.ToInbound(activity).Submit!.Value("briefAbout"));
    }

    [Fact]
    public void A_value_without_a_verb_is_not_a_tap_on_one_of_our_buttons()
    {
        var activity = Payloads.Load("card-submit.json", json => ((JObject)json["value"]!).Remove("verb"));

        Assert.Null(ActivityTranslator.ToInbound(activity).Submit);
    }

    [Fact]
    public void A_card_id_that_is_not_a_guid_keeps_the_tap_but_names_no_card()
    {
        var activity = Payloads.Load("card-submit.json", json => json["value"]!["cardId"] = "not-a-card");

        var submit = ActivityTranslator.ToInbound(activity).Submit!;

        Assert.Equal(Verbs.CreateInterview, submit.Verb);
        Assert.Null(submit.CardId);
    }
}
