using System.Text.Json.Nodes;
using InterviewBot.Cards;
using InterviewBot.Core.Views;

namespace InterviewBot.Slack.Outbound;

/// <summary>A message ready for chat.postMessage / chat.update: the notification text and the blocks.</summary>
internal sealed record SlackMessage(string Text, JsonArray? Blocks);

/// <summary>Neutral replies as Slack messages: cards through the Block Kit renderer, texts as mrkdwn.</summary>
internal static class SlackMessages
{
    /// <summary>A section's text may hold 3,000 characters.</summary>
    private const int MaxSectionText = 3000;

    /// <summary>Slack cuts a message's top-level text at 40,000 characters; ours stay far below.</summary>
    private const int MaxText = 4000;

    /// <param name="revision">For chat.update: fresh input block_ids (see <see cref="BlockKitRenderer.RenderMessage"/>).</param>
    public static SlackMessage Of(string? text, CardView? card, Guid cardId, string? revision = null)
    {
        var said = string.IsNullOrWhiteSpace(text) ? null : Mrkdwn(text);
        if (card is null) return new SlackMessage(Cut(said ?? " ", MaxText), null);

        var rendered = BlockKitRenderer.RenderMessage(card, cardId, revision);
        var blocks = rendered["blocks"] as JsonArray ?? [];
        var fallback = (rendered["text"] as JsonValue)?.GetValue<string>() ?? card.Title;
        if (said is not null && blocks.Count < BlockKitRenderer.MaxMessageBlocks)
        {
            // Slack shows only the blocks when there are blocks; the words said with the card go first.
            var copy = (JsonArray)blocks.DeepClone();
            copy.Insert(0, new JsonObject
            {
                ["type"] = "section",
                ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = Cut(said, MaxSectionText) },
            });
            blocks = copy;
        }
        return new SlackMessage(Cut(said ?? fallback, MaxText), blocks);
    }

    /// <summary>A revision not used before, for a message that replaces one Slack shows.</summary>
    public static string NewRevision() => Guid.NewGuid().ToString("N")[..12];

    /// <summary>A view text as mrkdwn: what a person typed stays text (&amp;, &lt;, &gt; escaped); the bot's marks become *bold* and _italic_.</summary>
    public static string Mrkdwn(string text) => BlockKitRenderer.Mrkdwn(text);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
