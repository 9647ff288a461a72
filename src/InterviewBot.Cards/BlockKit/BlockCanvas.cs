using System.Globalization;
using System.Text.Json.Nodes;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards.BlockKit;

/// <summary>
/// One rendering of one message or modal: numbers its buttons' action_ids (a0, a1… in document
/// order, so unique in the message) and gives each field its block_id. A message that has to be
/// trimmed is rendered again on a fresh canvas, so the numbers stay dense and repeatable.
/// </summary>
internal sealed class BlockCanvas(Guid cardId, FieldBlockIds fieldIds)
{
    private readonly FieldBlockIds _fieldIds = fieldIds.Restart();
    private int _nextAction;

    public Guid CardId => cardId;

    public IReadOnlyDictionary<string, string> Aliases => _fieldIds.Aliases;

    public List<JsonObject> Field(FieldView field) => InputBlocks.For(field, _fieldIds.Next(field));

    /// <summary>A button that comes back to the bot; null (with a note) if its data is more than a button value holds.</summary>
    public JsonObject? Button(ActionButton button, List<string> notes) => Button(button, notes, cardId);

    /// <summary>A button that answers another card than the one rendered (an App Home item standing for a reminder card).</summary>
    public JsonObject? Button(ActionButton button, List<string> notes, Guid answers)
    {
        var value = ActionValues.Encode(button, answers, Aliases);
        if (value.Length > BlockKitRenderer.MaxButtonValue)
        {
            notes.Add($"The button “{SlackText.Plain(button.Label)}” carries more data than Slack takes, so it is left out.");
            return null;
        }
        return BlockElements.Button(NextActionId(), button.Label, button.Primary, value: value);
    }

    /// <summary>
    /// A link, with the URL exactly as the view built it. Slack rejects a URL over 3,000
    /// characters, so such a link is left out with a note rather than cut into a wrong address.
    /// Slack still reports a tap on it; it carries no value, so the channel only acknowledges it.
    /// </summary>
    public JsonObject? Link(LinkButton link, List<string> notes)
    {
        if (string.IsNullOrWhiteSpace(link.Url) || link.Url.Length > BlockKitRenderer.MaxUrl)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"The link “{SlackText.Plain(link.Label)}” is too long for Slack (over {BlockKitRenderer.MaxUrl:N0} characters), so it is left out."));
            return null;
        }
        return BlockElements.Button(NextActionId(), link.Label, primary: false, url: link.Url);
    }

    /// <summary>The elements as actions blocks, then a warning for each one left out.</summary>
    public static List<JsonObject> Actions(IEnumerable<JsonObject?> elements, List<string> notes)
    {
        var kept = elements.OfType<JsonObject>().ToList();
        var blocks = BlockElements.Actions(kept).ToList();
        blocks.AddRange(notes.Select(BlockElements.Warning));
        return blocks;
    }

    /// <summary>Links and buttons of one step or card, in the given order.</summary>
    public List<JsonObject> Actions(IEnumerable<LinkButton> links, IEnumerable<ActionButton> buttons, bool linksFirst)
    {
        var notes = new List<string>();
        // Built in the order shown, so the action_ids read a0, a1… down the message.
        var elements = linksFirst
            ? links.Select(l => Link(l, notes)).Concat(buttons.Select(b => Button(b, notes))).ToList()
            : buttons.Select(b => Button(b, notes)).Concat(links.Select(l => Link(l, notes))).ToList();
        return Actions(elements, notes);
    }

    private string NextActionId() => "a" + (_nextAction++).ToString(CultureInfo.InvariantCulture);
}
