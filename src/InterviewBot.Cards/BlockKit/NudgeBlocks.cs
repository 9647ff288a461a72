using System.Text.Json.Nodes;
using InterviewBot.Core.Views;
using static InterviewBot.Cards.BlockKit.BlockElements;

namespace InterviewBot.Cards.BlockKit;

/// <summary>A follow-up the bot sends on its own: what to do now, a draft to send, and the ways to answer.</summary>
internal static class NudgeBlocks
{
    /// <summary>The draft as an editable input, under the id the engine reads it from (as on the Adaptive Card).</summary>
    public static FieldView? Draft(NudgeView view) => string.IsNullOrWhiteSpace(view.Draft)
        ? null
        : new FieldView(NudgeCard.DraftInputId, "Draft – edit, copy and send", FieldInputKind.MultilineText, view.Draft);

    public static IEnumerable<FieldView> Fields(NudgeView view) =>
        (Draft(view) is { } draft ? [draft] : Enumerable.Empty<FieldView>()).Concat(view.Fields ?? []);

    public static List<BlockGroup> Build(NudgeView view, BlockCanvas canvas)
    {
        var head = new List<JsonObject> { Header(view.Title), Section(SlackText.Mrkdwn(view.Body)) };
        if (!string.IsNullOrWhiteSpace(view.Status)) head.Add(Context(SlackText.Mrkdwn(view.Status)));

        var groups = new List<BlockGroup> { new(head, GroupRole.Head) };
        groups.AddRange(Facts(view.Facts).Select(f => new BlockGroup([f], GroupRole.Body, Name: "facts")));
        groups.AddRange((view.Sections ?? []).Select(s => new BlockGroup(Section(s).ToList(), GroupRole.Body, Name: s.Heading)));
        // The draft and the inputs that go with the buttons matter more than extra reading.
        groups.AddRange(Fields(view).Select(f => new BlockGroup(canvas.Field(f), GroupRole.Body, FormBlocks.Priority(f) + 1, f.Label)));
        groups.AddRange(canvas.Actions([], view.Buttons, linksFirst: false).Select(a => new BlockGroup([a], GroupRole.Tail)));
        return groups;
    }

    public static string Fallback(NudgeView view) => SlackText.Notification(view.Title, view.Body);
}
