using InterviewBot.Cards;
using InterviewBot.Core.Ports;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace InterviewBot.Teams;

/// <summary>The core's messages as Bot Framework activities: the card as an Adaptive Card attachment, the text as Teams markdown.</summary>
internal static class TeamsActivities
{
    public static Activity Of(OutboundMessage message)
    {
        var text = message.Text is null ? null : AdaptiveCardRenderer.Markdown(message.Text);
        if (message.Card is null) return (Activity)MessageFactory.Text(text);
        var attachment = new Attachment
        {
            ContentType = AdaptiveCardRenderer.ContentType,
            // The card's JSON as it is: written into the activity verbatim, never parsed into Newtonsoft's objects on the way.
            Content = new JRaw(AdaptiveCardRenderer.RenderJson(message.Card, message.CardId)),
        };
        var activity = (Activity)MessageFactory.Attachment(attachment);
        activity.Text = text;
        return activity;
    }
}
