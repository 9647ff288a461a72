using System.Globalization;
using System.Text.Json.Nodes;
using InterviewBot.Core.Views;
using static InterviewBot.Cards.BlockKit.BlockElements;

namespace InterviewBot.Cards.BlockKit;

/// <summary>
/// A field as an <c>input</c> block (block_id from <see cref="FieldBlockIds"/>, element action_id
/// <see cref="ActionId"/>), then what the user must see about it: a note when Slack cannot show its
/// value in full, and the bot's error. Values come back in <c>state.values[block_id].v</c>:
/// <c>value</c> (text, number), <c>selected_date</c>, <c>selected_time</c>,
/// <c>selected_option.value</c>, or <c>selected_options[].value</c> joined with "," as the
/// Adaptive Card sends a multi-select.
/// </summary>
internal static class InputBlocks
{
    public const string ActionId = "v";

    private const string CutNote = "This text is too long to show in full in Slack, so it is cut short (…). Saving from here keeps only what you see.";

    public static List<JsonObject> For(FieldView field, string blockId)
    {
        var notes = new List<string>();
        var input = new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = blockId,
            ["label"] = PlainText(string.IsNullOrWhiteSpace(field.Label) ? field.Id : field.Label, BlockKitRenderer.MaxInputLabel),
            ["element"] = Element(field, notes),
            ["optional"] = !field.Required,
        };
        var blocks = new List<JsonObject> { input };
        blocks.AddRange(notes.Select(Warning));
        if (!string.IsNullOrWhiteSpace(field.Error)) blocks.Add(Warning(field.Error));
        return blocks;
    }

    private static JsonObject Element(FieldView field, List<string> notes)
    {
        var element = field.Kind switch
        {
            FieldInputKind.Date => Picker("datepicker", "initial_date", AsDate(field.Value)),
            FieldInputKind.Time => Picker("timepicker", "initial_time", AsTime(field.Value)),
            FieldInputKind.Number => Number(field.Value),
            // Slack's own picker of the workspace's people; what was typed before cannot be shown in it.
            FieldInputKind.Person => new JsonObject { ["type"] = "users_select", ["action_id"] = ActionId },
            FieldInputKind.TimeZone => ZonePicker(field),
            FieldInputKind.Choice or FieldInputKind.MultiChoice or FieldInputKind.Checkboxes when Offerable(field, notes) is { Count: > 0 } choices =>
                Choices(field, choices),
            // A choice without choices cannot be a menu in Slack: a text box still lets the user answer.
            _ => TextInput(field, notes),
        };
        if (!string.IsNullOrWhiteSpace(field.Placeholder) && element["type"]?.GetValue<string>() != "checkboxes")
            element["placeholder"] = PlainText(field.Placeholder, BlockLimits.Placeholder);
        return element;
    }

    private static JsonObject TextInput(FieldView field, List<string> notes)
    {
        var element = new JsonObject { ["type"] = "plain_text_input", ["action_id"] = ActionId };
        if (field.Kind == FieldInputKind.MultilineText) element["multiline"] = true;
        var max = BlockKitRenderer.MaxPlainTextInput;
        if (field.MaxLength is > 0 and var limit)
        {
            max = Math.Min(limit, max);
            element["max_length"] = max;
        }
        if (!string.IsNullOrEmpty(field.Value))
        {
            var shown = SlackText.Cut(field.Value, max);
            if (shown.Length < field.Value.Length) notes.Add(CutNote);
            element["initial_value"] = shown;
        }
        return element;
    }

    /// <summary>
    /// Every zone is more than a menu holds (100), so Slack asks for the zones that match what the person
    /// types (a block_suggestion for <see cref="BlockKitRenderer.ZoneActionId"/>); opening the menu asks
    /// too, with nothing typed yet. The zone the field holds is shown as chosen.
    /// </summary>
    private static JsonObject ZonePicker(FieldView field)
    {
        var element = new JsonObject { ["type"] = "external_select", ["action_id"] = BlockKitRenderer.ZoneActionId, ["min_query_length"] = 0 };
        if (field.Choices?.FirstOrDefault(c => c.Value == field.Value) is { } current) element["initial_option"] = Option(current, withDescription: false);
        return element;
    }

    /// <summary>The answer to a block_suggestion: <c>{"options":[…]}</c>, as many as a menu may show, each within Slack's limits.</summary>
    public static JsonObject Suggestions(IEnumerable<Choice> choices) => new()
    {
        ["options"] = new JsonArray(choices
            .Where(c => c.Value.Length is > 0 and <= BlockLimits.OptionValue)
            .DistinctBy(c => c.Value)
            .Take(BlockLimits.SelectOptions)
            .Select(c => (JsonNode)Option(c, withDescription: false))
            .ToArray()),
    };

    private static JsonObject Picker(string type, string initialKey, string? initial)
    {
        var element = new JsonObject { ["type"] = type, ["action_id"] = ActionId };
        // A value the picker cannot hold (the user typed "25:00") is left out; the field's error says what was wrong.
        if (initial is not null) element[initialKey] = initial;
        return element;
    }

    private static JsonObject Number(string? value)
    {
        var element = new JsonObject { ["type"] = "number_input", ["action_id"] = ActionId, ["is_decimal_allowed"] = false };
        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number))
            element["initial_value"] = decimal.Truncate(number).ToString(CultureInfo.InvariantCulture);
        return element;
    }

    private static JsonObject Choices(FieldView field, List<Choice> choices)
    {
        var multi = field.Kind != FieldInputKind.Choice;
        // Checkboxes are one tap per choice, but Slack shows at most ten; a longer list becomes a multi-select menu.
        var type = field.Kind == FieldInputKind.Checkboxes && choices.Count <= BlockLimits.CheckboxOptions ? "checkboxes"
            : multi ? "multi_static_select" : "static_select";
        var options = choices.Select(c => Option(c, withDescription: type == "checkboxes")).ToList();

        var element = new JsonObject
        {
            ["type"] = type,
            ["action_id"] = ActionId,
            ["options"] = new JsonArray(options.Select(o => (JsonNode)o).ToArray()),
        };
        var chosen = multi
            ? (field.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [field.Value ?? ""];
        // Slack wants the very same option objects as initial options.
        var initial = options.Where(o => chosen.Contains(o["value"]!.GetValue<string>(), StringComparer.Ordinal)).ToList();
        if (!multi && initial.Count > 0) element["initial_option"] = initial[0].DeepClone();
        if (multi && initial.Count > 0) element["initial_options"] = new JsonArray(initial.Select(o => o.DeepClone()).ToArray());
        return element;
    }

    /// <summary>
    /// An option's text may hold 75 characters. A menu cuts a longer one; a checkbox shows the
    /// rest of it in its description, so a long question can still be read before it is ticked.
    /// </summary>
    private static JsonObject Option(Choice choice, bool withDescription)
    {
        var title = SlackText.Plain(choice.Title);
        var (head, rest) = withDescription ? SlackText.SplitAtWord(title, BlockLimits.OptionText) : (title, null);
        var option = new JsonObject { ["text"] = PlainText(head, BlockLimits.OptionText), ["value"] = choice.Value };
        if (rest is not null) option["description"] = PlainText(rest, BlockLimits.OptionDescription);
        return option;
    }

    /// <summary>
    /// The choices Slack can offer: a value of 1–150 characters, no value twice, at most 100.
    /// How many had to be left out is said in a note under the input.
    /// </summary>
    private static List<Choice> Offerable(FieldView field, List<string> notes)
    {
        var offered = new List<Choice>();
        var values = new HashSet<string>(StringComparer.Ordinal);
        var leftOut = 0;
        foreach (var choice in field.Choices ?? [])
        {
            if (choice.Value.Length is 0 or > BlockLimits.OptionValue || offered.Count == BlockLimits.SelectOptions) leftOut++;
            else if (values.Add(choice.Value)) offered.Add(choice);
        }
        if (leftOut > 0)
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{leftOut} of the choices do not fit in Slack and are left out."));
        return offered;
    }

    private static string? AsDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static string? AsTime(string? value) =>
        TimeOnly.TryParseExact(value, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.ToString("HH:mm", CultureInfo.InvariantCulture)
            : null;
}
