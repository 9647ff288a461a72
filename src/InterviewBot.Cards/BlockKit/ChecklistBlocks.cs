using System.Globalization;
using System.Text.Json.Nodes;
using InterviewBot.Core.Views;
using static InterviewBot.Cards.BlockKit.BlockElements;

namespace InterviewBot.Cards.BlockKit;

/// <summary>
/// The checklist of one phase: progress, call facts, and every step with what can be done for it
/// right there (inputs, links, buttons), as on the Adaptive Card. A step takes about five blocks
/// and a message holds 50, so a long phase is folded on purpose, see <see cref="Build"/>.
/// </summary>
internal static class ChecklistBlocks
{
    /// <summary>The progress bar has this many segments at most, so a long playbook does not make it wrap.</summary>
    private const int BarSegments = 10;

    private enum Shape
    {
        /// <summary>As on the Adaptive Card: the saved notes in small grey text under the step.</summary>
        Full,

        /// <summary>The saved notes joined to the step's text: one block fewer.</summary>
        Compact,

        /// <summary>Only the step's title, in a list with its neighbours that are folded too.</summary>
        Folded,
    }

    public static IEnumerable<FieldView> Fields(ChecklistView view) => view.Items.SelectMany(i => i.Fields);

    /// <summary>
    /// Tries, in turn, until the message fits: every step in full; every step compact; finished
    /// steps folded to their title (what is done matters least now); then open steps from the top
    /// compact for as long as they fit, the rest folded into title lists (a list too long for one
    /// section ends with "…and N more steps"). A note says how many steps are folded.
    /// </summary>
    public static List<BlockGroup> Build(ChecklistView view, Func<BlockCanvas> canvas)
    {
        const int limit = BlockKitRenderer.MaxMessageBlocks;
        var shapes = view.Items.Select(_ => Shape.Full).ToArray();
        var groups = Compose(view, canvas(), shapes);
        if (Count(groups) <= limit) return groups;

        Array.Fill(shapes, Shape.Compact);
        groups = Compose(view, canvas(), shapes);
        if (Count(groups) <= limit) return groups;
        var itemBlocks = view.Items.Select(item => Item(item, Shape.Compact, canvas()).Count).ToArray();
        // Facts and sections are extra reading: when they alone would fill more than half the
        // message, the steps are planned as if they took half, and the final fit cuts them.
        var extras = Facts(view.Facts).Count() + (view.Sections ?? []).Sum(s => Section(s).Count());
        var frame = Count(groups) - itemBlocks.Sum() - extras + Math.Min(extras, limit / 2) + (extras > limit / 2 ? 1 : 0);

        for (var i = 0; i < shapes.Length; i++) shapes[i] = view.Items[i].Done ? Shape.Folded : Shape.Compact;
        if (Count(frame, itemBlocks, shapes) > limit)
        {
            Array.Fill(shapes, Shape.Folded);
            foreach (var i in Enumerable.Range(0, shapes.Length).Where(i => !view.Items[i].Done))
            {
                shapes[i] = Shape.Compact;
                if (Count(frame, itemBlocks, shapes) > limit) shapes[i] = Shape.Folded;
            }
        }
        return Compose(view, canvas(), shapes);
    }

    public static string Fallback(ChecklistView view) =>
        SlackText.Notification(view.Title, string.Create(CultureInfo.InvariantCulture, $"{ClampedDone(view)}/{Math.Max(view.Total, 0)} done"));

    private static int Count(List<BlockGroup> groups) => groups.Sum(g => g.Count);

    /// <summary>The blocks a plan takes: the frame, the compact steps, two per run of folded steps and one for the note.</summary>
    private static int Count(int frame, int[] itemBlocks, Shape[] shapes)
    {
        var count = frame;
        for (var i = 0; i < shapes.Length; i++)
        {
            if (shapes[i] != Shape.Folded) count += itemBlocks[i];
            else if (i == 0 || shapes[i - 1] != Shape.Folded) count += 2;
        }
        return shapes.Contains(Shape.Folded) ? count + 1 : count;
    }

    private static List<BlockGroup> Compose(ChecklistView view, BlockCanvas canvas, Shape[] shapes)
    {
        var head = new List<JsonObject> { Header(view.Title) };
        if (!string.IsNullOrWhiteSpace(view.Subtitle)) head.Add(Context(SlackText.Mrkdwn(view.Subtitle)));
        head.Add(Section(Progress(view)));
        if (!string.IsNullOrWhiteSpace(view.Notice)) head.Add(Section(SlackText.Bold(view.Notice)));

        var groups = new List<BlockGroup> { new(head, GroupRole.Head) };
        groups.AddRange(Facts(view.Facts).Select(f => new BlockGroup([f], GroupRole.Body, Name: "facts")));
        groups.AddRange((view.Sections ?? []).Select(s => new BlockGroup(Section(s).ToList(), GroupRole.Body, Name: s.Heading)));

        var folded = new List<ChecklistItemView>();
        for (var i = 0; i <= view.Items.Count; i++)
        {
            if (i < view.Items.Count && shapes[i] == Shape.Folded)
            {
                folded.Add(view.Items[i]);
                continue;
            }
            // The steps are what the card is for: they outrank facts and sections when not everything fits.
            if (folded.Count > 0) groups.Add(new BlockGroup([Divider(), Section(FoldedList(folded))], GroupRole.Body, 1, "steps"));
            folded.Clear();
            if (i < view.Items.Count)
            {
                var item = view.Items[i];
                groups.Add(new BlockGroup(Item(item, shapes[i], canvas), GroupRole.Body, 1, item.Title));
            }
        }
        var foldedSteps = shapes.Count(s => s == Shape.Folded);
        if (foldedSteps > 0) groups.Add(new BlockGroup([FoldedNote(foldedSteps)], GroupRole.Head));

        groups.AddRange(canvas.Actions([], view.Buttons, linksFirst: false).Select(a => new BlockGroup([a], GroupRole.Tail)));
        return groups;
    }

    /// <summary>"●●○○○○○ *2/7 done*": plain text, so it reads the same on every client.</summary>
    private static string Progress(ChecklistView view)
    {
        var total = Math.Max(view.Total, 0);
        var done = ClampedDone(view);
        var segments = Math.Min(total, BarSegments);
        var filled = total == 0 ? 0 : (int)Math.Round(done * (double)segments / total, MidpointRounding.ToZero);
        if (done > 0 && filled == 0) filled = 1;
        var bar = new string('●', filled) + new string('○', segments - filled);
        // Slack has no green text: a finished phase gets a tick instead (a text symbol, not an emoji).
        var finished = total > 0 && done == total ? " " + ChecklistCard.DoneMark : "";
        return string.Create(CultureInfo.InvariantCulture, $"{bar} *{done}/{total} done*{finished}").TrimStart();
    }

    private static int ClampedDone(ChecklistView view) => Math.Clamp(view.Done, 0, Math.Max(view.Total, 0));

    private static string Mark(ChecklistItemView item) => ChecklistCard.Mark(item);

    private static List<JsonObject> Item(ChecklistItemView item, Shape shape, BlockCanvas canvas)
    {
        // Title, then the why toned down (italic), then what to do.
        var text = $"{Mark(item)} {SlackText.Bold(item.Title)}";
        if (!string.IsNullOrWhiteSpace(item.Why)) text += "\n" + SlackText.Italic(item.Why);
        if (!string.IsNullOrWhiteSpace(item.Prompt)) text += "\n" + SlackText.Mrkdwn(item.Prompt);
        var saved = string.IsNullOrWhiteSpace(item.Saved) ? null : string.Join('\n', item.Saved.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (saved is not null && shape == Shape.Compact) text += "\n" + SlackText.Italic(saved);

        var blocks = new List<JsonObject> { Divider(), Section(text) };
        if (saved is not null && shape == Shape.Full) blocks.Add(Context(SlackText.Mrkdwn(saved)));
        foreach (var field in item.Fields) blocks.AddRange(canvas.Field(field));
        // Links first: the usual order is look something up, write it down, then save or tick.
        blocks.AddRange(canvas.Actions(item.Links, item.Buttons, linksFirst: true));
        return blocks;
    }

    private static string FoldedList(IReadOnlyList<ChecklistItemView> items) => SlackText.LinesUpTo(
        items.Select(i => $"{Mark(i)} {SlackText.Escape(SlackText.Plain(i.Title).Trim())}").ToList(),
        BlockKitRenderer.MaxSectionText,
        more => string.Create(CultureInfo.InvariantCulture, $"…and {more} more {(more == 1 ? "step" : "steps")}"));

    private static JsonObject FoldedNote(int folded) => Context(string.Create(CultureInfo.InvariantCulture,
        $"✂️ This checklist is too long for one Slack message (at most {BlockKitRenderer.MaxMessageBlocks} blocks), so {folded} {(folded == 1 ? "step is" : "steps are")} folded to their titles. " +
        $"Nothing is lost: steps you finish fold away and make room for the next ones, and `help` shows what you can do in chat."));
}
