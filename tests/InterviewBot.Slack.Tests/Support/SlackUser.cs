using System.Net;
using System.Text.Json.Nodes;

namespace InterviewBot.Slack.Tests.Support;

/// <summary>
/// One person in the Slack workspace, doing what they would do in Slack – a slash command, a message
/// to the bot, a tap on a button, a modal filled in and submitted – each sent to the host as Slack
/// would send it (same encoding, same fields, correctly signed).
/// </summary>
public sealed class SlackUser(SlackHost host, FakeSlackApi slack, string userId = "U0RILEY", string name = "riley", string teamId = FakeSlackApi.TeamId)
{
    private int _events;

    public string UserId => userId;

    /// <summary>The person's DM with the bot (the stand-in's conversations.open answer).</summary>
    public string DmChannel => FakeSlackApi.DmOf(userId);

    public async Task<HttpResponseMessage> CommandAsync(string text, string? channel = null, string? channelName = null)
    {
        var body = SlackSigner.Form(new Dictionary<string, string>
        {
            ["token"] = "deprecated-verification-token",
            ["team_id"] = teamId,
            ["team_domain"] = "contoso",
            ["channel_id"] = channel ?? DmChannel,
            ["channel_name"] = channelName ?? (channel is null ? "directmessage" : "recruiting"),
            ["user_id"] = userId,
            ["user_name"] = name,
            ["command"] = "/interview",
            ["text"] = text,
            ["api_app_id"] = "A0APP",
            ["is_enterprise_install"] = "false",
            ["response_url"] = slack.ResponseUrl(Guid.NewGuid().ToString("N")),
            ["trigger_id"] = "13345224609.738474920.8088930838d88f008e0",
        });
        return await SendAsync("/slack/commands", body, "application/x-www-form-urlencoded");
    }

    /// <summary>A message.im event: the person writes to the bot in their DM.</summary>
    public Task<HttpResponseMessage> SayAsync(string text, string? eventId = null) => EventAsync(new JsonObject
    {
        ["type"] = "message",
        ["channel"] = DmChannel,
        ["channel_type"] = "im",
        ["user"] = userId,
        ["text"] = text,
        ["ts"] = $"1700000100.{Interlocked.Increment(ref _events):D6}",
        ["client_msg_id"] = Guid.NewGuid().ToString(),
    }, eventId);

    public async Task<HttpResponseMessage> EventAsync(JsonObject inner, string? eventId = null, int? retryNum = null)
    {
        var envelope = new JsonObject
        {
            ["token"] = "deprecated-verification-token",
            ["team_id"] = teamId,
            ["api_app_id"] = "A0APP",
            ["event"] = inner,
            ["type"] = "event_callback",
            ["event_id"] = eventId ?? "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
            ["event_time"] = SlackSigner.Now,
            ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = teamId, ["user_id"] = FakeSlackApi.BotUserId, ["is_bot"] = true }),
        };
        using var request = SlackSigner.Request("/slack/events", envelope.ToJsonString(), "application/json");
        if (retryNum is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }
        return await host.CreateClient().SendAsync(request);
    }

    /// <summary>Fills in the modal the bot opened (what it shows initially, changed by <paramref name="inputs"/>) and submits it.</summary>
    public Task<HttpResponseMessage> SubmitAsync(JsonObject view, IDictionary<string, string> inputs) => InteractAsync(new JsonObject
    {
        ["type"] = "view_submission",
        ["team"] = new JsonObject { ["id"] = teamId, ["domain"] = "contoso" },
        ["user"] = User(),
        ["api_app_id"] = "A0APP",
        ["trigger_id"] = "13345224609.738474920.submit",
        ["view"] = new JsonObject
        {
            ["id"] = "V0MODAL",
            ["team_id"] = teamId,
            ["type"] = "modal",
            ["callback_id"] = view["callback_id"]?.DeepClone(),
            ["private_metadata"] = view["private_metadata"]?.DeepClone(),
            ["blocks"] = view["blocks"]?.DeepClone(),
            ["state"] = new JsonObject { ["values"] = StateValues(view["blocks"] as JsonArray, inputs) },
            ["hash"] = "156772938.1827394",
        },
    });

    /// <summary>
    /// Types <paramref name="typed"/> into the external_select of block <paramref name="blockId"/> in a modal the
    /// bot opened: Slack asks the app for the options (block_suggestion) and shows what the answer holds.
    /// </summary>
    public Task<HttpResponseMessage> SuggestAsync(JsonObject view, string blockId, string typed)
    {
        var block = (view["blocks"] as JsonArray)?.OfType<JsonObject>().Single(b => b["block_id"]?.GetValue<string>() == blockId)
            ?? throw new InvalidOperationException($"The view has no block {blockId}.");
        return InteractAsync(new JsonObject
        {
            ["type"] = "block_suggestion",
            ["user"] = User(),
            ["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "V0MODAL" },
            ["api_app_id"] = "A0APP",
            ["token"] = "verification-token",
            ["action_id"] = block["element"]!["action_id"]!.DeepClone(),
            ["block_id"] = blockId,
            ["value"] = typed,
            ["team"] = new JsonObject { ["id"] = teamId, ["domain"] = "contoso" },
            ["view"] = new JsonObject { ["id"] = "V0MODAL", ["type"] = "modal", ["callback_id"] = view["callback_id"]?.DeepClone() },
        });
    }

    /// <summary>Taps the button labelled <paramref name="label"/> on a message the bot posted.</summary>
    public Task<HttpResponseMessage> TapAsync(SlackCall message, string label, IDictionary<string, string>? inputs = null, int index = 0)
    {
        var blocks = message.Blocks ?? throw new InvalidOperationException($"{message.Method} carried no blocks.");
        var (block, button) = Buttons(blocks).Where(b => ButtonText(b.Button) == label).Skip(index).FirstOrDefault();
        if (button is null)
            throw new InvalidOperationException($"No button \"{label}\" (#{index}). Buttons: {string.Join(", ", Buttons(blocks).Select(b => ButtonText(b.Button)))}");
        var channel = message.Channel!;
        var ts = message.Method == "chat.update" ? message.Arg("ts")! : message.ResultId!;
        return InteractAsync(new JsonObject
        {
            ["type"] = "block_actions",
            ["team"] = new JsonObject { ["id"] = teamId, ["domain"] = "contoso" },
            ["user"] = User(),
            ["api_app_id"] = "A0APP",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = ts, ["channel_id"] = channel, ["is_ephemeral"] = false },
            ["trigger_id"] = "13345224609.738474920.tap",
            ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "directmessage" },
            ["message"] = new JsonObject { ["type"] = "message", ["ts"] = ts, ["text"] = message.Text, ["blocks"] = blocks.DeepClone() },
            ["state"] = new JsonObject { ["values"] = StateValues(blocks, inputs ?? new Dictionary<string, string>()) },
            ["response_url"] = slack.ResponseUrl("tap"),
            ["actions"] = Tapped(block, button, "1700000200.000001"),
        });
    }

    /// <summary>Opens the bot's App Home tab (the app_home_opened event).</summary>
    public Task<HttpResponseMessage> OpenHomeAsync() =>
        EventAsync(new JsonObject { ["type"] = "app_home_opened", ["user"] = userId, ["channel"] = DmChannel, ["tab"] = "home", ["event_ts"] = "1700000400.000001" });

    /// <summary>Taps the button labelled <paramref name="label"/> on the App Home the bot published (<paramref name="home"/>: the views.publish call).</summary>
    public Task<HttpResponseMessage> TapOnHomeAsync(SlackCall home, string label, int index = 0)
    {
        var blocks = home.View?["blocks"] as JsonArray ?? throw new InvalidOperationException($"{home.Method} carried no view.");
        var (block, button) = Buttons(blocks).Where(b => ButtonText(b.Button) == label).Skip(index).FirstOrDefault();
        if (button is null)
            throw new InvalidOperationException($"No button \"{label}\" (#{index}) on the home. Buttons: {string.Join(", ", Buttons(blocks).Select(b => ButtonText(b.Button)))}");
        return InteractAsync(new JsonObject
        {
            ["type"] = "block_actions",
            ["team"] = new JsonObject { ["id"] = teamId, ["domain"] = "contoso" },
            ["user"] = User(),
            ["api_app_id"] = "A0APP",
            ["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "V0HOME" },
            ["trigger_id"] = "13345224609.738474920.home",
            ["view"] = new JsonObject
            {
                ["id"] = "V0HOME", ["team_id"] = teamId, ["type"] = "home", ["blocks"] = blocks.DeepClone(),
                ["state"] = new JsonObject { ["values"] = new JsonObject() }, ["hash"] = "1700000400.home", ["app_id"] = "A0APP", ["bot_id"] = "B0BOT",
            },
            ["actions"] = Tapped(block, button, "1700000400.000002"),
        });
    }

    /// <summary>A global shortcut (from Slack's search or composer), as Slack sends it: no channel, no message.</summary>
    public Task<HttpResponseMessage> GlobalShortcutAsync(string callbackId) => InteractAsync(new JsonObject
    {
        ["type"] = "shortcut",
        ["token"] = "deprecated-verification-token",
        ["action_ts"] = "1700000600.000001",
        ["team"] = new JsonObject { ["id"] = teamId, ["domain"] = "contoso" },
        ["user"] = User(),
        ["is_enterprise_install"] = false,
        ["enterprise"] = null,
        ["callback_id"] = callbackId,
        ["trigger_id"] = "13345224609.738474920.shortcut",
    });

    /// <summary>A message shortcut on a message someone wrote in <paramref name="channel"/>, as Slack sends it.</summary>
    public Task<HttpResponseMessage> MessageShortcutAsync(string callbackId, string messageText, string channel = "C0RECRUIT") => InteractAsync(new JsonObject
    {
        ["type"] = "message_action",
        ["token"] = "deprecated-verification-token",
        ["action_ts"] = "1700000600.000002",
        ["team"] = new JsonObject { ["id"] = teamId, ["domain"] = "contoso" },
        ["user"] = User(),
        ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "recruiting" },
        ["is_enterprise_install"] = false,
        ["enterprise"] = null,
        ["callback_id"] = callbackId,
        ["trigger_id"] = "13345224609.738474920.message",
        ["response_url"] = slack.ResponseUrl("shortcut"),
        ["message_ts"] = "1700000500.000100",
        ["message"] = new JsonObject
        {
            ["type"] = "message", ["user"] = "U0SAM", ["ts"] = "1700000500.000100", ["text"] = messageText, ["team"] = teamId,
        },
    });

    /// <summary>The block_actions "actions" array for a tap on <paramref name="button"/>, as Slack sends it.</summary>
    private static JsonArray Tapped(JsonObject block, JsonObject button, string actionTs) => new(new JsonObject
    {
        ["type"] = "button",
        ["action_id"] = button["action_id"]?.DeepClone(),
        ["block_id"] = block["block_id"]?.DeepClone(),
        ["value"] = button["value"]?.DeepClone(),
        ["text"] = button["text"]?.DeepClone(),
        ["action_ts"] = actionTs,
    });

    public async Task<HttpResponseMessage> InteractAsync(JsonObject payload)
    {
        var body = SlackSigner.Form([new("payload", payload.ToJsonString())]);
        return await SendAsync("/slack/interactions", body, "application/x-www-form-urlencoded");
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string body, string contentType)
    {
        using var request = SlackSigner.Request(path, body, contentType);
        return await host.CreateClient().SendAsync(request);
    }

    private JsonObject User() => new() { ["id"] = userId, ["username"] = name, ["name"] = name, ["team_id"] = teamId };

    public static IEnumerable<(JsonObject Block, JsonObject Button)> Buttons(JsonArray blocks) =>
        blocks.OfType<JsonObject>().SelectMany(block => JsonTree.Objects(block)
            .Where(n => n["type"]?.GetValue<string>() == "button")
            .Select(button => (block, button)));

    public static string? ButtonText(JsonObject button) => button["text"]?["text"]?.GetValue<string>();

    /// <summary>state.values as Slack builds it: every input block, its element's current value by element type.</summary>
    public static JsonObject StateValues(JsonArray? blocks, IDictionary<string, string> inputs)
    {
        var values = new JsonObject();
        foreach (var block in (blocks ?? []).OfType<JsonObject>().Where(b => b["type"]?.GetValue<string>() == "input"))
        {
            var blockId = block["block_id"]!.GetValue<string>();
            var element = block["element"]!.AsObject();
            var type = element["type"]!.GetValue<string>();
            var state = new JsonObject { ["type"] = type };
            inputs.TryGetValue(blockId, out var given);
            switch (type)
            {
                case "datepicker":
                    state["selected_date"] = given ?? element["initial_date"]?.GetValue<string>();
                    break;
                case "timepicker":
                    state["selected_time"] = given ?? element["initial_time"]?.GetValue<string>();
                    break;
                case "users_select":
                    state["selected_user"] = given ?? element["initial_user"]?.GetValue<string>();
                    break;
                case "static_select":
                    state["selected_option"] = given is null ? element["initial_option"]?.DeepClone() : Option(element, given);
                    break;
                case "external_select":
                    // An option picked from the app's own suggestions: Slack sends it back as it was offered.
                    state["selected_option"] = given is null
                        ? element["initial_option"]?.DeepClone()
                        : new JsonObject { ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = given }, ["value"] = given };
                    break;
                case "multi_static_select" or "checkboxes":
                    state["selected_options"] = given is null
                        ? element["initial_options"]?.DeepClone() ?? new JsonArray()
                        : new JsonArray(given.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => (JsonNode?)Option(element, v)).ToArray());
                    break;
                default:
                    state["value"] = given ?? element["initial_value"]?.GetValue<string>();
                    break;
            }
            values[blockId] = new JsonObject { [element["action_id"]!.GetValue<string>()] = state };
        }
        return values;
    }

    private static JsonObject Option(JsonObject element, string value) =>
        (element["options"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(o => o["value"]?.GetValue<string>() == value)?.DeepClone().AsObject()
        ?? throw new InvalidOperationException($"No option \"{value}\" in the menu.");

    public static async Task<string> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {text}");
        return text;
    }
}
