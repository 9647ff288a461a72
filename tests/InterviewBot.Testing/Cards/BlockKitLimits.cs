using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Cards;

namespace InterviewBot.Testing;

/// <summary>
/// Slack's Block Kit rules as a checker: there is no official JSON schema (see
/// tests/schemas/SOURCES.md), so this is the contract every rendered message and modal must meet.
/// It knows only the blocks and elements the renderer may use and flags anything else, every
/// length and count limit (docs.slack.dev/reference/block-kit), and the rules Slack enforces
/// between fields: unique ids, initial options that are options, dates and times it can parse.
/// The card tests check the renderer's output with it, the Slack channel's tests every payload their
/// Slack stand-in receives.
/// </summary>
public static class BlockKitLimits
{
    public static IReadOnlyList<string> Check(JsonObject payload)
    {
        var checker = new Checker();
        var type = payload["type"] is JsonValue value && value.TryGetValue<string>(out var t) ? t : null;
        if (type == "modal") checker.Modal(payload);
        else if (type == "home") checker.Home(payload);
        else checker.Message(payload);
        return checker.Violations;
    }

    public static void AssertWithin(JsonObject payload, string name)
    {
        var violations = Check(payload);
        Assert.True(violations.Count == 0, $"{name} breaks Block Kit limits:\n" + string.Join("\n", violations));
    }

    private sealed class Checker
    {
        private readonly HashSet<string> _blockIds = new(StringComparer.Ordinal);
        private readonly HashSet<string> _actionIds = new(StringComparer.Ordinal);

        public List<string> Violations { get; } = [];

        public void Message(JsonObject message)
        {
            Keys(message, "", "blocks", "text");
            var text = Text(message["text"], "text", required: true);
            if (text is not null) Length(text, 4000, "text");
            Blocks(message["blocks"], "blocks", BlockKitRenderer.MaxMessageBlocks);
        }

        public void Modal(JsonObject modal)
        {
            Keys(modal, "", "type", "callback_id", "title", "submit", "close", "private_metadata", "blocks", "external_id", "clear_on_close", "notify_on_close");
            TextObject(modal["title"], "title", BlockKitRenderer.MaxModalTitle, plainOnly: true, required: true);
            TextObject(modal["submit"], "submit", 24, plainOnly: true, required: false);
            TextObject(modal["close"], "close", 24, plainOnly: true, required: false);
            if (Text(modal["callback_id"], "callback_id", required: false) is { } callback) Length(callback, 255, "callback_id");
            if (modal["private_metadata"] is not null && Text(modal["private_metadata"], "private_metadata", required: false, allowEmpty: true) is { } metadata)
                Length(metadata, 3000, "private_metadata");
            Blocks(modal["blocks"], "blocks", BlockKitRenderer.MaxModalBlocks);
            var hasInput = modal["blocks"] is JsonArray blocks && blocks.Any(b => (string?)b?["type"] == "input");
            if (hasInput && modal["submit"] is null) Add("", "a modal with input blocks needs a submit button");
        }

        /// <summary>An App Home tab (views.publish): up to 100 blocks, no title or buttons of its own.</summary>
        public void Home(JsonObject home)
        {
            Keys(home, "", "type", "blocks", "private_metadata", "callback_id", "external_id");
            Blocks(home["blocks"], "blocks", BlockKitRenderer.MaxHomeBlocks);
        }

        private void Blocks(JsonNode? node, string path, int max)
        {
            if (node is not JsonArray blocks) { Add(path, "missing or not an array"); return; }
            if (blocks.Count is 0) Add(path, "no blocks");
            if (blocks.Count > max) Add(path, $"{blocks.Count} blocks, more than {max}");
            for (var i = 0; i < blocks.Count; i++) Block(blocks[i], $"{path}[{i}]");
        }

        private void Block(JsonNode? node, string path)
        {
            if (node is not JsonObject block) { Add(path, "not an object"); return; }
            if (block["block_id"] is { } id && Text(id, path + ".block_id", required: true) is { } blockId)
            {
                Length(blockId, BlockKitRenderer.MaxBlockId, path + ".block_id");
                if (!_blockIds.Add(blockId)) Add(path, $"block_id \"{blockId}\" used twice");
            }
            switch (Text(block["type"], path + ".type", required: true))
            {
                case "header":
                    Keys(block, path, "type", "block_id", "text");
                    TextObject(block["text"], path + ".text", 150, plainOnly: true, required: true);
                    break;
                case "section":
                    Section(block, path);
                    break;
                case "divider":
                    Keys(block, path, "type", "block_id");
                    break;
                case "context":
                    Keys(block, path, "type", "block_id", "elements");
                    Each(block["elements"], path + ".elements", 10, (e, p) => TextObject(e, p, 3000, plainOnly: false, required: true));
                    break;
                case "actions":
                    Keys(block, path, "type", "block_id", "elements");
                    Each(block["elements"], path + ".elements", BlockKitRenderer.MaxActionsPerBlock, Button);
                    break;
                case "input":
                    Input(block, path);
                    break;
                case var other:
                    Add(path, $"block type \"{other}\" is not one the renderer may use");
                    break;
            }
        }

        private void Section(JsonObject block, string path)
        {
            Keys(block, path, "type", "block_id", "text", "fields");
            if (block["text"] is null && block["fields"] is null) Add(path, "a section needs text or fields");
            if (block["text"] is not null) TextObject(block["text"], path + ".text", BlockKitRenderer.MaxSectionText, plainOnly: false, required: true);
            if (block["fields"] is not null)
                Each(block["fields"], path + ".fields", BlockKitRenderer.MaxFields, (f, p) => TextObject(f, p, 2000, plainOnly: false, required: true));
        }

        private void Input(JsonObject block, string path)
        {
            Keys(block, path, "type", "block_id", "label", "element", "optional", "hint", "dispatch_action");
            if (block["block_id"] is null) Add(path, "an input needs a block_id: Slack returns its value under it");
            TextObject(block["label"], path + ".label", BlockKitRenderer.MaxInputLabel, plainOnly: true, required: true);
            if (block["hint"] is not null) TextObject(block["hint"], path + ".hint", 2000, plainOnly: true, required: true);
            Bool(block, "optional", path);
            Bool(block, "dispatch_action", path);
            if (block["element"] is not JsonObject element) { Add(path + ".element", "missing"); return; }
            Element(element, path + ".element");
        }

        private void Element(JsonObject element, string path)
        {
            var type = Text(element["type"], path + ".type", required: true);
            ActionId(element, path, required: true);
            if (element["placeholder"] is not null)
            {
                if (type == "checkboxes") Add(path, "checkboxes take no placeholder");
                TextObject(element["placeholder"], path + ".placeholder", 150, plainOnly: true, required: true);
            }
            switch (type)
            {
                case "plain_text_input":
                    Keys(element, path, "type", "action_id", "initial_value", "multiline", "min_length", "max_length", "placeholder", "focus_on_load");
                    Bool(element, "multiline", path);
                    var max = BlockKitRenderer.MaxPlainTextInput;
                    if (element["max_length"] is { } maxNode)
                    {
                        if (maxNode.GetValueKind() != JsonValueKind.Number || maxNode.GetValue<int>() is < 1 or > 3000) Add(path + ".max_length", "must be a number from 1 to 3000");
                        else max = maxNode.GetValue<int>();
                    }
                    if (element["initial_value"] is not null && Text(element["initial_value"], path + ".initial_value", required: true, allowEmpty: true) is { } value)
                        Length(value, max, path + ".initial_value");
                    break;
                case "datepicker":
                    Keys(element, path, "type", "action_id", "initial_date", "placeholder", "focus_on_load");
                    if (element["initial_date"] is not null && !DateOnly.TryParseExact(Text(element["initial_date"], path, true), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                        Add(path + ".initial_date", "not a YYYY-MM-DD date");
                    break;
                case "timepicker":
                    Keys(element, path, "type", "action_id", "initial_time", "placeholder", "focus_on_load", "timezone");
                    if (element["initial_time"] is not null && !TimeOnly.TryParseExact(Text(element["initial_time"], path, true), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                        Add(path + ".initial_time", "not an HH:mm time");
                    break;
                case "users_select":
                    Keys(element, path, "type", "action_id", "initial_user", "placeholder", "focus_on_load");
                    break;
                case "number_input":
                    Keys(element, path, "type", "action_id", "is_decimal_allowed", "initial_value", "min_value", "max_value", "placeholder", "focus_on_load");
                    if (element["is_decimal_allowed"]?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False)) Add(path, "number_input needs is_decimal_allowed");
                    var decimals = element["is_decimal_allowed"]?.GetValueKind() == JsonValueKind.True;
                    if (element["initial_value"] is not null)
                    {
                        var number = Text(element["initial_value"], path + ".initial_value", true);
                        var ok = decimals ? decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
                            : long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
                        if (!ok) Add(path + ".initial_value", $"\"{number}\" is not a {(decimals ? "number" : "whole number")}");
                    }
                    break;
                case "static_select":
                    Keys(element, path, "type", "action_id", "options", "initial_option", "placeholder", "focus_on_load");
                    var options = Options(element, path, 100, plainOnly: true);
                    if (element["initial_option"] is { } initial && !options.Any(o => JsonNode.DeepEquals(o, initial))) Add(path + ".initial_option", "is not one of the options");
                    break;
                case "external_select":
                    // Options come from the app's block_suggestion answer; only the chosen one is in the payload.
                    Keys(element, path, "type", "action_id", "initial_option", "min_query_length", "placeholder", "focus_on_load");
                    if (element["min_query_length"] is { } minimum && (minimum.GetValueKind() != JsonValueKind.Number || minimum.GetValue<int>() < 0))
                        Add(path + ".min_query_length", "must be a number of at least 0");
                    if (element["initial_option"] is JsonObject chosen)
                    {
                        Keys(chosen, path + ".initial_option", "text", "value", "description");
                        TextObject(chosen["text"], path + ".initial_option.text", 75, plainOnly: true, required: true);
                        if (Text(chosen["value"], path + ".initial_option.value", required: true) is { } chosenValue) Length(chosenValue, 150, path + ".initial_option.value");
                    }
                    else if (element["initial_option"] is not null) Add(path + ".initial_option", "not an object");
                    break;
                case "multi_static_select":
                    Keys(element, path, "type", "action_id", "options", "initial_options", "placeholder", "max_selected_items", "focus_on_load");
                    InitialOptions(element, path, Options(element, path, 100, plainOnly: true));
                    break;
                case "checkboxes":
                    Keys(element, path, "type", "action_id", "options", "initial_options", "focus_on_load");
                    InitialOptions(element, path, Options(element, path, 10, plainOnly: false));
                    break;
                case var other:
                    Add(path, $"element type \"{other}\" is not one the renderer may use");
                    break;
            }
        }

        private List<JsonObject> Options(JsonObject element, string path, int max, bool plainOnly)
        {
            var options = new List<JsonObject>();
            var values = new HashSet<string>(StringComparer.Ordinal);
            Each(element["options"], path + ".options", max, (node, p) =>
            {
                if (node is not JsonObject option) { Add(p, "not an object"); return; }
                Keys(option, p, "text", "value", "description");
                TextObject(option["text"], p + ".text", 75, plainOnly, required: true);
                if (option["description"] is not null) TextObject(option["description"], p + ".description", 75, plainOnly, required: true);
                if (Text(option["value"], p + ".value", required: true) is { } value)
                {
                    Length(value, 150, p + ".value");
                    if (!values.Add(value)) Add(p, $"option value \"{value}\" used twice");
                }
                options.Add(option);
            });
            return options;
        }

        private void InitialOptions(JsonObject element, string path, List<JsonObject> options)
        {
            if (element["initial_options"] is null) return;
            Each(element["initial_options"], path + ".initial_options", options.Count, (node, p) =>
            {
                if (!options.Any(o => JsonNode.DeepEquals(o, node))) Add(p, "is not one of the options");
            });
        }

        private void Button(JsonNode? node, string path)
        {
            if (node is not JsonObject button) { Add(path, "not an object"); return; }
            Keys(button, path, "type", "action_id", "text", "value", "url", "style", "accessibility_label");
            if (Text(button["type"], path + ".type", true) != "button") Add(path, "only buttons may go in an actions block here");
            ActionId(button, path, required: true);
            TextObject(button["text"], path + ".text", BlockKitRenderer.MaxButtonText, plainOnly: true, required: true);
            if (button["value"] is not null && Text(button["value"], path + ".value", true) is { } value) Length(value, BlockKitRenderer.MaxButtonValue, path + ".value");
            if (button["url"] is not null && Text(button["url"], path + ".url", true) is { } url)
            {
                Length(url, BlockKitRenderer.MaxUrl, path + ".url");
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")) Add(path + ".url", "not an absolute http(s) URL");
            }
            if (button["value"] is null && button["url"] is null) Add(path, "a button needs a value or a url");
            if (button["style"] is not null && Text(button["style"], path + ".style", true) is not ("primary" or "danger")) Add(path + ".style", "must be primary or danger");
        }

        private void ActionId(JsonObject element, string path, bool required)
        {
            if (element["action_id"] is null) { if (required) Add(path, "no action_id"); return; }
            if (Text(element["action_id"], path + ".action_id", true) is not { } id) return;
            Length(id, BlockKitRenderer.MaxActionId, path + ".action_id");
            // Input elements share "v" (unique within their block); buttons must be unique in the message.
            if ((string?)element["type"] == "button" && !_actionIds.Add(id)) Add(path, $"action_id \"{id}\" used twice");
        }

        private void TextObject(JsonNode? node, string path, int max, bool plainOnly, bool required)
        {
            if (node is null) { if (required) Add(path, "missing"); return; }
            if (node is not JsonObject text) { Add(path, "not a text object"); return; }
            var type = Text(text["type"], path + ".type", true);
            if (type is not ("plain_text" or "mrkdwn")) Add(path + ".type", $"\"{type}\" is not a text type");
            if (plainOnly && type == "mrkdwn") Add(path, "must be plain_text here");
            Keys(text, path, "type", "text", type == "plain_text" ? "emoji" : "verbatim");
            if (Text(text["text"], path + ".text", true) is not { } value) return;
            Length(value, max, path + ".text");
            if (type == "mrkdwn") Escaped(value, path + ".text");
        }

        /// <summary>We never send links or mentions, so every &lt; &gt; &amp; in mrkdwn must be escaped.</summary>
        private void Escaped(string text, string path)
        {
            if (text.Contains('<', StringComparison.Ordinal) || text.Contains('>', StringComparison.Ordinal)) Add(path, "unescaped < or > in mrkdwn");
            for (var i = text.IndexOf('&', StringComparison.Ordinal); i >= 0; i = text.IndexOf('&', i + 1))
            {
                var rest = text[i..];
                if (!rest.StartsWith("&amp;", StringComparison.Ordinal) && !rest.StartsWith("&lt;", StringComparison.Ordinal) && !rest.StartsWith("&gt;", StringComparison.Ordinal))
                    Add(path, "unescaped & in mrkdwn");
            }
        }

        private void Each(JsonNode? node, string path, int max, Action<JsonNode?, string> check)
        {
            if (node is not JsonArray array) { Add(path, "missing or not an array"); return; }
            if (array.Count == 0) Add(path, "empty");
            if (array.Count > max) Add(path, $"{array.Count} items, more than {max}");
            for (var i = 0; i < array.Count; i++) check(array[i], $"{path}[{i}]");
        }

        private void Keys(JsonObject obj, string path, params string[] allowed)
        {
            foreach (var (key, _) in obj)
                if (!allowed.Contains(key, StringComparer.Ordinal)) Add(path, $"unexpected property \"{key}\"");
        }

        private void Bool(JsonObject obj, string key, string path)
        {
            if (obj[key] is { } value && value.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False)) Add(path + "." + key, "not a boolean");
        }

        private string? Text(JsonNode? node, string path, bool required, bool allowEmpty = false)
        {
            if (node is null) { if (required) Add(path, "missing"); return null; }
            if (node is not JsonValue value || !value.TryGetValue<string>(out var text)) { Add(path, "not a string"); return null; }
            if (!allowEmpty && string.IsNullOrWhiteSpace(text)) Add(path, "empty");
            if (HasLoneSurrogate(text)) Add(path, "half an emoji (a lone surrogate)");
            return text;
        }

        private static bool HasLoneSurrogate(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else if (char.IsSurrogate(text[i])) return true;
            }
            return false;
        }

        private void Length(string text, int max, string path)
        {
            if (text.Length > max) Add(path, $"{text.Length} characters, more than {max}");
        }

        private void Add(string path, string problem) => Violations.Add($"{(path.Length == 0 ? "(root)" : path)}: {problem}");
    }
}
