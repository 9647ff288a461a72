using System.Text.Json.Nodes;
using InterviewBot.Core.Views;
using static InterviewBot.Cards.BlockKit.BlockElements;

namespace InterviewBot.Cards.BlockKit;

/// <summary>
/// The App Home dashboard: a header, the start buttons, then each section with its items – a line and
/// the item's own buttons – so that the budget leaves out whole items (never a line without its buttons).
/// </summary>
internal static class HomeBlocks
{
    public static List<BlockGroup> Build(HomeView view, BlockCanvas canvas)
    {
        var head = new List<JsonObject> { Header(view.Title) };
        if (!string.IsNullOrWhiteSpace(view.Subtitle)) head.Add(Context(SlackText.Mrkdwn(view.Subtitle)));
        head.AddRange(canvas.Actions([], view.Buttons, linksFirst: false));

        var groups = new List<BlockGroup> { new(head, GroupRole.Head) };
        // Every heading first, then earlier sections' items before later ones (the view puts what matters most first).
        var headings = view.Sections.Count + 1;
        var priority = view.Sections.Count;
        foreach (var section in view.Sections)
        {
            groups.Add(new BlockGroup([Divider(), Section(SlackText.Bold(section.Heading))], GroupRole.Body, headings, section.Heading));
            if (section.Items.Count == 0) groups.Add(new BlockGroup([Context(SlackText.Mrkdwn(section.Empty))], GroupRole.Body, headings, section.Heading));
            foreach (var item in section.Items)
            {
                var blocks = new List<JsonObject> { Section(SlackText.Mrkdwn(item.Text)) };
                var notes = new List<string>();
                blocks.AddRange(BlockCanvas.Actions(item.Buttons.Select(b => canvas.Button(b, notes, item.CardId ?? canvas.CardId)), notes));
                groups.Add(new BlockGroup(blocks, GroupRole.Body, priority, section.Heading));
            }
            priority--;
        }
        return groups;
    }
}
