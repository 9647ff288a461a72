using InterviewBot.Core.Engine;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Views;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InterviewBot.Teams.Tests;

/// <summary>
/// The core's messages as the activities the bot posts to Teams: a card goes out as an Adaptive Card
/// attachment whose buttons come back naming their verb and card; text goes out as a plain message.
/// </summary>
public class ReplyActivityTests
{
    private static readonly SummaryView HelpCard = new("How I can help", "Times are shown in Europe/Berlin.", [], [],
        [ActionButton.For("Book a phone screen", Verbs.NewInterview, primary: true), ActionButton.For("My interviews", Verbs.ListInterviews)]);

    [Fact]
    public void A_card_reply_goes_out_as_an_Adaptive_Card_whose_buttons_name_their_verb_and_this_card()
    {
        var reply = BotReply.Show(HelpCard, "Here is what I can do.");

        var activity = TeamsActivities.Of(Message(reply));

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("Here is what I can do.", activity.Text);
        var card = AdaptiveCardOn(activity);
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        var data = card["actions"]!.Select(a => (JObject)a["data"]!).ToList();
        Assert.Equal([Verbs.NewInterview, Verbs.ListInterviews], data.Select(d => (string?)d["verb"]));
        Assert.All(data, d => Assert.Equal(reply.CardId.ToString(), (string?)d["cardId"]));
    }

    [Fact]
    public void A_card_posted_to_Teams_is_a_JSON_object_in_the_wire_format_not_a_string()
    {
        var activity = TeamsActivities.Of(Message(BotReply.Show(HelpCard)));

        // What the connector receives: Teams shows nothing for an attachment whose content is a string.
        var sent = JObject.Parse(JsonConvert.SerializeObject(activity));

        var attachment = Assert.Single((JArray)sent["attachments"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal(JTokenType.Object, attachment["content"]!.Type);
        Assert.Equal("How I can help", (string?)attachment["content"]!.SelectToken("body[0].text"));
    }

    [Fact]
    public void A_card_that_replaces_the_tapped_one_goes_out_without_text()
    {
        var cardId = Guid.NewGuid();

        var activity = TeamsActivities.Of(Message(BotReply.Replace(cardId, HelpCard)));

        Assert.Null(activity.Text);
        Assert.All(AdaptiveCardOn(activity)["actions"]!, a => Assert.Equal(cardId.ToString(), (string?)a["data"]!["cardId"]));
    }

    [Fact]
    public void A_text_reply_is_a_plain_message_without_attachments()
    {
        var activity = TeamsActivities.Of(Message(BotReply.Say("Okay, nothing is waiting for an answer now.")));

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("Okay, nothing is waiting for an answer now.", activity.Text);
        Assert.Empty(activity.Attachments ?? []);
    }

    private static OutboundMessage Message(BotReply reply) => new(reply.Text, reply.Card, reply.CardId);

    /// <summary>The card as the connector receives it: the activity serialized as Bot Builder sends it.</summary>
    private static JObject AdaptiveCardOn(Activity activity)
    {
        var attachment = Assert.Single(activity.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var sent = JObject.Parse(JsonConvert.SerializeObject(activity));
        return Assert.IsType<JObject>(sent["attachments"]![0]!["content"]);
    }
}
