using System.Text.Json.Nodes;

namespace InterviewBot.Host.Tests.Support;

/// <summary>Bot Framework activities as Teams sends them, for posting to /api/messages.</summary>
public sealed class Activities(string serviceUrl, string tenantId = "tenant-contoso", string userId = "29:user-riley",
    string userName = "Riley Recruiter", string conversationId = "a:personal-riley", string timeZone = "Europe/Berlin",
    string aadObjectId = "00000000-0000-0000-0000-0000000000a1")
{
    private int _next;

    public string ConversationId => conversationId;

    public JsonObject Message(string text) => Base("message", o => o["text"] = text);

    /// <summary>A message that @mentions people, as Teams sends it: "&lt;at&gt;Name&lt;/at&gt;" in the text and a mention entity for each.</summary>
    public JsonObject MessageMentioning(string text, params (string Id, string Name)[] people) => Base("message", o =>
    {
        o["text"] = text;
        o["entities"] = new JsonArray([.. people.Select(p => (JsonNode)new JsonObject
        {
            ["type"] = "mention",
            ["text"] = $"<at>{p.Name}</at>",
            ["mentioned"] = new JsonObject { ["id"] = p.Id, ["name"] = p.Name },
        })]);
    });

    /// <summary>A message in a team channel, where the bot is @mentioned.</summary>
    public JsonObject ChannelMessage(string text, string channelId = "19:team-recruiting@thread.tacv2") => Base("message", o =>
    {
        o["text"] = $"<at>InterviewBot</at> {text}";
        o["conversation"] = new JsonObject { ["id"] = channelId, ["conversationType"] = "channel", ["tenantId"] = tenantId, ["isGroup"] = true };
        o["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>InterviewBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = "28:bot-interviewbot", ["name"] = "InterviewBot" },
        });
    });

    /// <summary>A message in a group chat (not a team channel), where the bot is @mentioned.</summary>
    public JsonObject GroupChatMessage(string text, string chatId = "19:group-chat-riley-sam@thread.v2")
    {
        var activity = ChannelMessage(text, chatId);
        activity["conversation"]!["conversationType"] = "groupChat";
        return activity;
    }

    /// <summary>An Action.Submit tap: the button's data plus the card's inputs, on the card's activity.</summary>
    public JsonObject Submit(string cardActivityId, JsonObject data, IDictionary<string, string>? inputs = null) => Base("message", o =>
    {
        var value = (JsonObject)data.DeepClone();
        foreach (var (key, input) in inputs ?? new Dictionary<string, string>()) value[key] = input;
        o["value"] = value;
        o["replyToId"] = cardActivityId;
    });

    public JsonObject BotAdded() => Base("conversationUpdate", o =>
        o["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot-interviewbot", ["name"] = "InterviewBot" }));

    /// <summary>The app uninstalled from this chat (<paramref name="action"/> remove, or remove-upgrade).</summary>
    public JsonObject InstallationUpdate(string action) => Base("installationUpdate", o => o["action"] = action);

    /// <summary>The bot removed from a team: a conversationUpdate in the team's channel, with the team in channelData.</summary>
    public JsonObject BotRemovedFromTeam(string channelId = "19:team-recruiting@thread.tacv2") => Base("conversationUpdate", o =>
    {
        o["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = "28:bot-interviewbot", ["name"] = "InterviewBot" });
        o["conversation"] = new JsonObject { ["id"] = channelId, ["conversationType"] = "channel", ["tenantId"] = tenantId, ["isGroup"] = true };
        o["channelData"] = new JsonObject
        {
            ["eventType"] = "teamMemberRemoved",
            ["team"] = new JsonObject { ["id"] = channelId, ["name"] = "Recruiting" },
            ["tenant"] = new JsonObject { ["id"] = tenantId },
        };
    });

    private JsonObject Base(string type, Action<JsonObject> fill)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"user-activity-{Interlocked.Increment(ref _next)}",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = userName, ["aadObjectId"] = aadObjectId },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = tenantId },
            ["recipient"] = new JsonObject { ["id"] = "28:bot-interviewbot", ["name"] = "InterviewBot" },
            ["localTimezone"] = timeZone,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };
        fill(activity);
        return activity;
    }
}
