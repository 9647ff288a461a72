using System.Text.Json.Nodes;

namespace InterviewBot.Slack.Inbound;

/// <summary>
/// Reads the inputs of a modal or message from <c>state.values</c>: one block per field (block id =
/// field id), its element under action id <c>v</c>, the value where that element type keeps it.
/// </summary>
internal static class SlackStateValues
{
    public const string ElementActionId = "v";

    public static Dictionary<string, string> Read(JsonNode? stateValues)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (stateValues is not JsonObject blocks) return values;
        foreach (var (blockId, elements) in blocks)
        {
            if (elements is not JsonObject byAction) continue;
            var element = byAction[ElementActionId] as JsonObject ?? byAction.Select(e => e.Value).OfType<JsonObject>().FirstOrDefault();
            if (element is not null && ValueOf(element) is { } value) values[blockId] = value;
        }
        return values;
    }

    /// <summary>The value as the engine's forms expect it (dates YYYY-MM-DD, times HH:mm, several choices comma-joined).</summary>
    public static string? ValueOf(JsonObject element) => Text(element["type"]) switch
    {
        "plain_text_input" or "number_input" or "email_text_input" or "url_text_input" => Text(element["value"]),
        "datepicker" => Text(element["selected_date"]),
        "timepicker" => Text(element["selected_time"]),
        // The person picked, written as Slack writes a mention: the turn reads it as one (SlackMentions).
        "users_select" => Text(element["selected_user"]) is { Length: > 0 } user ? $"<@{user}>" : null,
        "static_select" or "radio_buttons" or "external_select" => Text(SlackInbox.At(element["selected_option"], "value")),
        "multi_static_select" or "checkboxes" or "multi_external_select" =>
            element["selected_options"] is JsonArray options
                ? string.Join(',', options.Select(o => Text(SlackInbox.At(o, "value"))).OfType<string>())
                : "",
        _ => Text(element["value"]),
    };

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
