using System.Text.Json.Nodes;
using InterviewBot.Cards;
using InterviewBot.Core.Conversations;
using InterviewBot.Slack.Api;
using InterviewBot.Slack.Install;
using InterviewBot.Slack.Work;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack.Inbound;

/// <summary>How a Slack request is acknowledged: a status, and a JSON body when there is something to say.</summary>
internal sealed record SlackAck(int Status, JsonObject? Body = null, string? Reason = null)
{
    public static readonly SlackAck Ok = new(200);

    public static SlackAck Malformed(string reason) => new(400, null, reason);

    /// <summary>Every lane full: Slack retries events; commands and taps tell the person to try again.</summary>
    public static SlackAck Busy(string reason) => new(503, null, reason);
}

/// <summary>
/// The same three doors for HTTP and Socket Mode: slash commands, interactions and events. Each reads
/// the payload, acknowledges at once and leaves the work to the queue – except a modal submission,
/// whose answer (errors, update, clear) Slack only takes in the acknowledgement, so it waits for the
/// engine up to <see cref="ModalPatience"/>, well inside Slack's 3 seconds.
/// </summary>
internal sealed class SlackInbox(SlackWorkLanes queue, RecentEvents recentEvents, SlackBotIdentity bot, SlackPeople people, SlackInstallations installations,
    TimeProvider clock, ILogger<SlackInbox> logger)
{
    public static readonly TimeSpan ModalPatience = TimeSpan.FromSeconds(2);

    /// <summary>The callback_id of every modal the Block Kit renderer makes.</summary>
    public const string ModalCallbackId = "interviewbot";

    private const string BusyText = "I'm very busy right now and could not take that in. Please try again in a minute.";

    public SlackAck Command(SlashCommand command)
    {
        var text = command.Text.Length == 0 ? "help" : command.Text;
        var turn = new SlackTurn(SlackSource.Command, command.TeamId, command.UserId, command.UserName, command.ChannelId, command.IsDirectMessage, text)
        {
            TriggerId = command.TriggerId,
            ResponseUrl = command.ResponseUrl,
        };
        // A slash command's ack body is shown to the person as an ephemeral message.
        return queue.TryEnqueue(turn) ? SlackAck.Ok : new SlackAck(200, new JsonObject { ["response_type"] = "ephemeral", ["text"] = BusyText });
    }

    public async Task<SlackAck> InteractionAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        var type = Text(payload["type"]);
        var team = Text(At(payload["team"], "id")) ?? Text(At(payload["user"], "team_id"));
        var user = Text(At(payload["user"], "id"));
        if (type is null) return SlackAck.Malformed("The interaction payload has no type.");
        if (type is "view_closed") return SlackAck.Ok;
        if (type is "block_suggestion") return ZoneSuggestions.Answer(payload, people, clock);
        if (team is null || user is null) return SlackAck.Malformed("The interaction payload has no team or user.");
        var userName = Text(At(payload["user"], "name")) ?? Text(At(payload["user"], "username"));

        return type switch
        {
            "block_actions" => BlockActions(payload, team, user, userName),
            "view_submission" => await ViewSubmissionAsync(payload, team, user, userName, cancellationToken),
            "shortcut" or "message_action" => Shortcut(payload, team, user, userName),
            _ => SlackAck.Ok,
        };
    }

    public SlackAck Event(JsonObject envelope)
    {
        switch (Text(envelope["type"]))
        {
            case "url_verification":
                return Text(envelope["challenge"]) is { } challenge
                    ? new SlackAck(200, new JsonObject { ["challenge"] = challenge })
                    : SlackAck.Malformed("url_verification without a challenge.");
            case "event_callback":
                break;
            case null:
                return SlackAck.Malformed("The event has no type.");
            default:
                return SlackAck.Ok; // app_rate_limited and newer envelope types: nothing to do
        }

        var eventId = Text(envelope["event_id"]);
        var team = Text(envelope["team_id"]);
        if (eventId is null || team is null || envelope["event"] is not JsonObject inner)
            return SlackAck.Malformed("The event_callback has no event_id, team_id or event.");
        if (Text(inner["type"]) == "user_change")
        {
            // A profile changed (name, time zone): the remembered copy is replaced, no users.info needed.
            if (inner["user"] is JsonObject changed && Text(changed["id"]) is { } changedId) people.Learn(team, SlackUserInfo.From(changed, changedId));
            return SlackAck.Ok;
        }
        if (Removal(inner) is { } removal)
        {
            if (recentEvents.TryAdd(eventId)) _ = RemoveAsync(team, removal.AppRemoved, removal.What);
            return SlackAck.Ok;
        }
        var turn = TurnOf(team, inner);
        if (turn is null) return SlackAck.Ok;
        if (!recentEvents.TryAdd(eventId))
        {
            Log.DuplicateEvent(logger, eventId);
            return SlackAck.Ok;
        }
        if (queue.TryEnqueue(turn)) return SlackAck.Ok;
        recentEvents.Forget(eventId);
        return SlackAck.Busy("Too many Slack requests are waiting; try again later.");
    }

    /// <summary>The app uninstalled, or its bot token revoked (a person's own token revoked is not the bot's concern).</summary>
    private static (bool AppRemoved, string What)? Removal(JsonObject inner) => Text(inner["type"]) switch
    {
        "app_uninstalled" => (true, "the app was uninstalled"),
        "tokens_revoked" when At(inner["tokens"], "bot") is JsonArray { Count: > 0 } => (false, "its bot token was revoked"),
        _ => null,
    };

    /// <summary>Deletes the workspace's tokens and stops its nudges, after the ack (a few database statements).</summary>
    private async Task RemoveAsync(string team, bool appRemoved, string what)
    {
        try
        {
            var removed = await installations.RemoveAsync(team, appRemoved, CancellationToken.None);
            Log.RemovedFromWorkspace(logger, team, what, removed.TokensDeleted, removed.CancelledNudgeIds.Count);
        }
        catch (Exception failure)
        {
            Log.RemovalFailed(logger, failure, team, what);
        }
    }

    /// <summary>The events the bot answers; null for the rest, above all its own messages.</summary>
    private SlackTurn? TurnOf(string team, JsonObject inner)
    {
        var user = Text(inner["user"]);
        if (Text(inner["bot_id"]) is not null || inner["bot_profile"] is JsonObject || (user is not null && user == bot.UserId)) return null;
        if (user is null) return null;
        switch (Text(inner["type"]))
        {
            case "message" when Text(inner["channel_type"]) == "im" && Text(inner["subtype"]) is null && Text(inner["channel"]) is { } channel:
                return new SlackTurn(SlackSource.DirectMessage, team, user, null, channel, IsPersonal: true, SlackEntities.Decode(Text(inner["text"]) ?? ""))
                {
                    ThreadTs = Text(inner["thread_ts"]),
                };
            case "app_mention" when Text(inner["channel"]) is { } channel && !channel.StartsWith('D'):
                return new SlackTurn(SlackSource.Mention, team, user, null, channel, IsPersonal: false, SlackEntities.Decode(WithoutMentions(Text(inner["text"]) ?? "")))
                {
                    ThreadTs = Text(inner["thread_ts"]),
                };
            case "app_home_opened" when Text(inner["tab"]) == "home":
                return new SlackTurn(SlackSource.HomeOpened, team, user, null, null, IsPersonal: true, null);
            default:
                return null;
        }
    }

    /// <summary>
    /// The manifest's shortcuts: <see cref="NewPhoneScreen"/> (global) opens the booking form, and
    /// <see cref="CheckQuestion"/> (on a message) the question coach's verdict on the message's text,
    /// both as a modal with the shortcut's trigger id; the person's DM is where anything else goes.
    /// </summary>
    private SlackAck Shortcut(JsonObject payload, string team, string user, string? userName)
    {
        var trigger = Text(payload["trigger_id"]);
        SlackTurn? turn = Text(payload["callback_id"]) switch
        {
            NewPhoneScreen => new SlackTurn(SlackSource.Shortcut, team, user, userName, null, IsPersonal: true, Shortcuts.NewInterviewText),
            CheckQuestion when Text(At(payload["message"], "text")) is { } text =>
                new SlackTurn(SlackSource.Shortcut, team, user, userName, null, IsPersonal: true, null, Shortcuts.CheckQuestion(SlackEntities.Decode(text))),
            _ => null,
        };
        if (turn is null) return Text(payload["callback_id"]) == CheckQuestion ? SlackAck.Malformed("The message shortcut has no message text.") : SlackAck.Ok;
        return queue.TryEnqueue(turn with { TriggerId = trigger }) ? SlackAck.Ok : SlackAck.Busy("Too many Slack requests are waiting; try again later.");
    }

    /// <summary>The callback_id of the global shortcut that opens the booking form (manifests/slack/manifest.yaml).</summary>
    public const string NewPhoneScreen = "new_phone_screen";

    /// <summary>The callback_id of the message shortcut that checks a message as an interview question.</summary>
    public const string CheckQuestion = "check_question";

    private SlackAck BlockActions(JsonObject payload, string team, string user, string? userName)
    {
        var action = (payload["actions"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(a => Text(a["type"]) == "button");
        var read = Text(action?["value"]) is { } value ? BlockKitRenderer.ReadButton(value) : null;
        if (read is null) return SlackAck.Ok; // a link button or a select: Slack needs only the ack

        var container = payload["container"];
        var inView = Text(At(container, "type")) is "view" || (payload["view"] is JsonObject && Text(At(container, "type")) is not "message");
        var channel = Text(At(container, "channel_id")) ?? Text(At(payload["channel"], "id"));
        var stateValues = inView ? At(At(payload["view"], "state"), "values") : At(payload["state"], "values");
        var submit = SubmitOf(read, stateValues);
        var turn = inView
            ? new SlackTurn(SlackSource.ViewButton, team, user, userName, null, IsPersonal: true, null, submit)
            {
                ViewId = Text(At(payload["view"], "id")) ?? Text(At(container, "view_id")),
                ViewHash = Text(At(payload["view"], "hash")),
                ViewType = Text(At(payload["view"], "type")),
                TriggerId = Text(payload["trigger_id"]),
            }
            : new SlackTurn(SlackSource.MessageButton, team, user, userName, channel, IsPersonal: channel?.StartsWith('D') == true, null, submit)
            {
                MessageTs = Text(At(container, "message_ts")) ?? Text(At(payload["message"], "ts")),
                TriggerId = Text(payload["trigger_id"]),
                ResponseUrl = Text(payload["response_url"]),
            };
        if (turn.Source == SlackSource.MessageButton && channel is null) return SlackAck.Malformed("The button was tapped on a message without a channel.");
        return queue.TryEnqueue(turn) ? SlackAck.Ok : SlackAck.Busy("Too many Slack requests are waiting; try again later.");
    }

    private async Task<SlackAck> ViewSubmissionAsync(JsonObject payload, string team, string user, string? userName, CancellationToken ct)
    {
        if (payload["view"] is not JsonObject view) return SlackAck.Malformed("The view_submission has no view.");
        if (Text(view["callback_id"]) != ModalCallbackId) return SlackAck.Ok; // not one of ours
        var read = Text(view["private_metadata"]) is { } metadata ? BlockKitRenderer.ReadModalMetadata(metadata) : null;
        if (read is null) return SlackAck.Malformed("The modal's private_metadata is not InterviewBot's.");

        var answer = new ModalAnswer();
        var turn = new SlackTurn(SlackSource.ViewSubmission, team, user, userName, null, IsPersonal: true, null, SubmitOf(read, At(view["state"], "values")))
        {
            ViewId = Text(view["id"]),
            ViewHash = Text(view["hash"]),
            TriggerId = Text(payload["trigger_id"]),
            ModalAnswer = answer,
            BlockIds = StandIns(read),
        };
        if (!queue.TryEnqueue(turn))
        {
            // Keep the modal (and what they typed) open, with the reason under its first field.
            var firstField = (At(view["state"], "values") as JsonObject)?.Select(b => b.Key).FirstOrDefault();
            return firstField is null
                ? SlackAck.Busy(BusyText)
                : new SlackAck(200, new JsonObject { ["response_action"] = "errors", ["errors"] = new JsonObject { [firstField] = BusyText } });
        }
        var given = await answer.WaitAsync(ModalPatience, clock, ct);
        return new SlackAck(200, given);
    }

    /// <summary>The engine's card submit: the button's data plus every input, keyed by field (block) id.</summary>
    /// <remarks>
    /// A field whose id Slack could not take as a block_id has a "~…" stand-in; the action's data maps
    /// each stand-in to the real field id, so the engine only ever sees real ids.
    /// </remarks>
    private static CardSubmit SubmitOf(SlackAction action, JsonNode? stateValues)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in action.Data)
        {
            if (!IsStandIn(key)) values[key] = value;
        }
        foreach (var (blockId, value) in SlackStateValues.Read(stateValues))
        {
            var field = IsStandIn(blockId) ? action.Data.GetValueOrDefault(blockId) : blockId;
            if (field is not null) values[field] = value;
        }
        values["verb"] = action.Verb;
        if (action.CardId is { } cardId) values["cardId"] = cardId.ToString();
        return new CardSubmit(action.Verb, action.CardId, values);
    }

    /// <summary>Field id → block id, for the fields of a submitted modal that have a stand-in.</summary>
    private static Dictionary<string, string> StandIns(SlackAction action) =>
        action.Data.Where(d => IsStandIn(d.Key)).ToDictionary(d => d.Value, d => d.Key, StringComparer.Ordinal);

    private static bool IsStandIn(string key) => key.StartsWith('~');

    /// <summary>"&lt;@U0BOT&gt; use this channel" → "use this channel".</summary>
    internal static string WithoutMentions(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"<@[A-Z0-9]+(\|[^>]*)?>", "", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(100)).Trim();

    internal static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>
    /// A field of an object, or null when <paramref name="node"/> is not an object: a payload whose
    /// "team" or "container" is a string or an array is malformed, not a reason to throw.
    /// </summary>
    internal static JsonNode? At(JsonNode? node, string name) => node is JsonObject obj ? obj[name] : null;
}
