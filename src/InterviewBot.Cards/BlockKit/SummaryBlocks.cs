using InterviewBot.Core.Views;
using static InterviewBot.Cards.BlockKit.BlockElements;

namespace InterviewBot.Cards.BlockKit;

/// <summary>Facts, sections and buttons: welcome, help, confirmations, the interview list.</summary>
internal static class SummaryBlocks
{
    public static List<BlockGroup> Build(SummaryView view, BlockCanvas canvas)
    {
        var head = new List<System.Text.Json.Nodes.JsonObject> { Header(view.Title) };
        if (!string.IsNullOrWhiteSpace(view.Subtitle)) head.Add(Context(SlackText.Mrkdwn(view.Subtitle)));

        var groups = new List<BlockGroup> { new(head, GroupRole.Head) };
        groups.AddRange(Facts(view.Facts).Select(f => new BlockGroup([f], GroupRole.Body, Name: "facts")));
        groups.AddRange(view.Sections.Select(s => new BlockGroup(Section(s).ToList(), GroupRole.Body, Name: s.Heading)));
        // Buttons first: they are what the card is for; links are extra reading.
        groups.AddRange(canvas.Actions(view.Links ?? [], view.Buttons, linksFirst: false).Select(a => new BlockGroup([a], GroupRole.Tail)));
        return groups;
    }

    public static string Fallback(SummaryView view) => SlackText.Notification(view.Title, view.Subtitle);
}
