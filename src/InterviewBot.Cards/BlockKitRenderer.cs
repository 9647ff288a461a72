using System.Text.Json.Nodes;
using InterviewBot.Cards.BlockKit;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards;

/// <summary>
/// Turns the engine's neutral card views into Slack Block Kit JSON: the same content and the same
/// buttons as the Adaptive Card, within every Block Kit limit (Slack rejects a payload that breaks
/// one, so the user would get nothing). Pure: the same view and card id give the same JSON.
/// </summary>
/// <remarks>
/// Each button's <c>value</c> is the JSON object <c>{"verb":…,"cardId":…,…data}</c> that an
/// Adaptive Card's Action.Submit sends, and a modal's <c>private_metadata</c> is that object for its
/// Submit button. Each field is an <c>input</c> block whose block_id is the field id and whose
/// element's action_id is "v" ("zone" for a time zone picker). A field id Slack cannot take as a block_id (over 255 characters, or
/// repeated in one message) gets a stand-in starting with "~", and the real id travels in every
/// button value and in the metadata under that stand-in as key: the channel maps
/// <c>state.values["~…"]</c> back through <see cref="SlackAction.Data"/>.
/// </remarks>
public static class BlockKitRenderer
{
    public const int MaxMessageBlocks = 50, MaxModalBlocks = 100, MaxHomeBlocks = 100, MaxSectionText = 3000, MaxButtonText = 75, MaxButtonValue = 2000, MaxActionId = 255, MaxBlockId = 255, MaxUrl = 3000, MaxActionsPerBlock = 25, MaxFields = 10, MaxModalTitle = 24, MaxInputLabel = 2000, MaxPlainTextInput = 3000;

    /// <summary>The action_id of a time zone picker (an external_select): a block_suggestion for it asks for zones.</summary>
    public const string ZoneActionId = "zone";

    /// <summary>The answer to a block_suggestion: <c>{"options":[{"text":{"type":"plain_text","text":…},"value":…}]}</c>, at most 100.</summary>
    public static JsonObject RenderSuggestions(IEnumerable<Choice> choices) => InputBlocks.Suggestions(choices);

    /// <summary>A message: <c>{"blocks":[…],"text":…}</c>; the text is what notifications and screen readers show.</summary>
    /// <param name="revision">
    /// For a message that replaces one Slack shows (chat.update): a value not used before gives every
    /// input a new block_id, so no Slack client keeps old typed text in it. Null for a new message.
    /// </param>
    public static JsonObject RenderMessage(CardView view, Guid cardId, string? revision = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var ids = FieldBlockIds.For(FieldsOf(view), revision);
        BlockCanvas Canvas() => new(cardId, ids);
        var (groups, text) = view switch
        {
            ChecklistView checklist => (ChecklistBlocks.Build(checklist, Canvas), ChecklistBlocks.Fallback(checklist)),
            FormView form => (FormBlocks.Build(form, Canvas()), FormBlocks.Fallback(form)),
            SummaryView summary => (SummaryBlocks.Build(summary, Canvas()), SummaryBlocks.Fallback(summary)),
            NudgeView nudge => (NudgeBlocks.Build(nudge, Canvas()), NudgeBlocks.Fallback(nudge)),
            HomeView home => (HomeBlocks.Build(home, Canvas()), SlackText.Notification(home.Title, home.Subtitle)),
            _ => throw new ArgumentException($"No Block Kit renderer for {view.GetType().Name}.", nameof(view)),
        };
        var blocks = BlockBudget.Fit(groups, MaxMessageBlocks, dropped => LeftOut.Note(dropped, MaxMessageBlocks, "message"));
        return new JsonObject
        {
            ["blocks"] = new JsonArray(blocks.Select(b => (JsonNode)b).ToArray()),
            ["text"] = text,
        };
    }

    /// <summary>
    /// A view text (literal, with the bot's <see cref="Markup"/> marks) as Slack mrkdwn: &amp;, &lt; and &gt;
    /// escaped, so "&lt;!here&gt;" or "&lt;https://…|click&gt;" typed by a person stays text.
    /// </summary>
    public static string Mrkdwn(string text) => SlackText.Mrkdwn(text);

    /// <summary>A view text without formatting, for Slack's plain_text objects and notifications.</summary>
    public static string PlainText(string text) => SlackText.Plain(text);

    /// <summary>A modal view for views.open / views.update, with callback_id "interviewbot".</summary>
    public static JsonObject RenderModal(FormView view, Guid cardId)
    {
        ArgumentNullException.ThrowIfNull(view);
        return FormModal.Render(view, cardId);
    }

    /// <summary>
    /// An App Home tab for views.publish: <c>{"type":"home","blocks":[…]}</c>, at most
    /// <see cref="MaxHomeBlocks"/> blocks (whole items are left out, with a note, past that).
    /// A <see cref="HomeView"/> is drawn as a dashboard; any other card as its message blocks.
    /// </summary>
    public static JsonObject RenderHome(CardView view, Guid cardId)
    {
        ArgumentNullException.ThrowIfNull(view);
        JsonArray blocks;
        if (view is HomeView home)
        {
            var fitted = BlockBudget.Fit(HomeBlocks.Build(home, new BlockCanvas(cardId, FieldBlockIds.For([], null))), MaxHomeBlocks,
                dropped => LeftOut.Note(dropped, MaxHomeBlocks, "home"));
            blocks = new JsonArray(fitted.Select(b => (JsonNode)b).ToArray());
        }
        else
        {
            blocks = RenderMessage(view, cardId)["blocks"]!.DeepClone().AsArray();
        }
        return new JsonObject { ["type"] = "home", ["blocks"] = blocks };
    }

    /// <summary>A button's <c>value</c> as verb, card id and data; null when it is not one of ours (a link button has none).</summary>
    public static SlackAction? ReadButton(string actionValue) => ActionValues.Decode(actionValue);

    /// <summary>A modal's <c>private_metadata</c> as the verb, card id and data of its Submit button.</summary>
    public static SlackAction? ReadModalMetadata(string privateMetadata) => ActionValues.Decode(privateMetadata);

    private static IEnumerable<FieldView> FieldsOf(CardView view) => view switch
    {
        ChecklistView checklist => ChecklistBlocks.Fields(checklist),
        FormView form => form.Fields,
        NudgeView nudge => NudgeBlocks.Fields(nudge),
        _ => [],
    };
}
