using System.Globalization;
using System.Text.Json.Nodes;
using InterviewBot.Core.Views;
using static InterviewBot.Cards.AdaptiveElements;

namespace InterviewBot.Cards;

/// <summary>The checklist of one phase: progress, call facts, and every step with what can be done for it right there.</summary>
internal static class ChecklistCard
{
    /// <summary>The progress bar has this many segments at most, so a long playbook does not make it wrap.</summary>
    private const int BarSegments = 10;

    public static (List<JsonObject> Body, JsonArray Actions) Build(ChecklistView view, Guid cardId, TextBudget budget)
    {
        var body = new List<JsonObject> { Text(budget.Cut(view.Title), size: "large", weight: "bolder") };
        if (!string.IsNullOrWhiteSpace(view.Subtitle)) body.Add(Text(budget.Cut(view.Subtitle), subtle: true, spacing: "none"));
        body.Add(Progress(view.Done, view.Total));
        // Accent, not "good": the engine's notices also say things like "Nothing to save".
        if (!string.IsNullOrWhiteSpace(view.Notice)) body.Add(Text(budget.Cut(view.Notice), weight: "bolder", color: "accent"));
        if (FactSet(view.Facts, budget) is { } facts) body.Add(facts);
        foreach (var section in view.Sections ?? []) body.AddRange(Section(section, budget));
        body.AddRange(view.Items.Select(item => Item(item, cardId, budget)));

        var actions = CardActions(body, view.Buttons.Select(b => Submit(b, cardId, budget)).ToList());
        return (body, actions);
    }

    /// <summary>"3/7 done" with a bar of dots: plain text, so it renders the same on every client.</summary>
    private static JsonObject Progress(int done, int total)
    {
        total = Math.Max(total, 0);
        done = Math.Clamp(done, 0, total);
        var segments = Math.Min(total, BarSegments);
        var filled = total == 0 ? 0 : (int)Math.Round(done * (double)segments / total, MidpointRounding.ToZero);
        if (done > 0 && filled == 0) filled = 1;
        var bar = new string('●', filled) + new string('○', segments - filled);
        var text = $"{bar} {Markup.Bold(string.Create(CultureInfo.InvariantCulture, $"{done}/{total} done"))}".TrimStart();
        return Text(text, color: total > 0 && done == total ? "good" : null, spacing: "small");
    }

    /// <summary>
    /// A step's state as text symbols every font has (the ● ○ of the progress bar, and ✓), never an
    /// emoji: ⬜ and ✅ show as empty boxes where no emoji font is installed, which hides the state.
    /// </summary>
    public const string DoneMark = "✓", OpenMark = "○";

    public static string Mark(ChecklistItemView item) => item.Done ? DoneMark : OpenMark;

    private static JsonObject Item(ChecklistItemView item, Guid cardId, TextBudget budget)
    {
        var parts = new List<JsonObject>
        {
            Text(budget.Cut($"{Mark(item)} {item.Title}"), weight: "bolder"),
            Text(budget.Cut(item.Why), subtle: true, spacing: "none"),
        };
        if (!string.IsNullOrWhiteSpace(item.Prompt)) parts.Add(Text(budget.Cut(item.Prompt)));
        if (!string.IsNullOrWhiteSpace(item.Saved)) parts.AddRange(Lines(item.Saved, budget, subtle: true));
        foreach (var field in item.Fields) parts.AddRange(Field(field, budget));

        // Links first: the usual order is look something up, write it down, then save or tick.
        var actions = item.Links.Select(l => OpenUrl(l, budget))
            .Concat(item.Buttons.Select(b => Submit(b, cardId, budget)))
            .ToList();
        parts.AddRange(ActionRows(actions));

        return new JsonObject
        {
            ["type"] = "Container",
            ["separator"] = true,
            ["spacing"] = "medium",
            ["items"] = new JsonArray(parts.Select(p => (JsonNode)p).ToArray()),
        };
    }
}
