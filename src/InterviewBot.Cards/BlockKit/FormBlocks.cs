using System.Text.Json.Nodes;
using InterviewBot.Core.Views;
using static InterviewBot.Cards.BlockKit.BlockElements;

namespace InterviewBot.Cards.BlockKit;

/// <summary>
/// A form posted as a message (Slack sends its inputs with the button that is tapped): the
/// form-wide error, what it is for, the fields, then Submit and Cancel.
/// </summary>
internal static class FormBlocks
{
    /// <summary>When not every field fits, the ones with an error go first, then the required ones.</summary>
    public static int Priority(FieldView field) =>
        !string.IsNullOrWhiteSpace(field.Error) ? 3 : field.Required ? 2 : 1;

    /// <summary>The form-wide error, seen before the user scrolls to the field it concerns.</summary>
    public static JsonObject? Error(FormView view) =>
        string.IsNullOrWhiteSpace(view.Error) ? null : Section("⚠️ " + SlackText.Bold(view.Error));

    public static JsonObject? Intro(FormView view) =>
        string.IsNullOrWhiteSpace(view.Intro) ? null : Section(SlackText.Mrkdwn(view.Intro));

    public static IEnumerable<BlockGroup> FieldGroups(FormView view, BlockCanvas canvas) =>
        view.Fields.Select(f => new BlockGroup(canvas.Field(f), GroupRole.Body, Priority(f), f.Label));

    public static List<BlockGroup> Build(FormView view, BlockCanvas canvas)
    {
        var head = new List<JsonObject> { Header(view.Title) };
        if (Error(view) is { } error) head.Add(error);
        if (Intro(view) is { } intro) head.Add(intro);

        var groups = new List<BlockGroup> { new(head, GroupRole.Head) };
        groups.AddRange(FieldGroups(view, canvas));
        ActionButton[] buttons = view.Cancel is null ? [view.Submit] : [view.Submit, view.Cancel];
        groups.AddRange(canvas.Actions([], buttons, linksFirst: false).Select(a => new BlockGroup([a], GroupRole.Tail)));
        return groups;
    }

    public static string Fallback(FormView view) => SlackText.Notification(view.Title, view.Error ?? view.Intro);
}
