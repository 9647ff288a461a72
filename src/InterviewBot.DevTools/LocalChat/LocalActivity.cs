using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace InterviewBot.DevTools.LocalChat;

/// <summary>Who is chatting from the page, as the page remembers them (in the browser's local storage).</summary>
internal sealed record LocalChatter(string ConversationId, string UserId, string UserName, string? TimeZone, string? Locale);

/// <summary>
/// Activities shaped like the ones Teams sends for a 1:1 chat (see the host tests' recorded
/// payloads): channel <c>msteams</c>, a personal conversation, the person's time zone from their
/// browser, and this host's local connector as the service URL. No tenant: the page, like the
/// Emulator, talks in the local workspace.
/// </summary>
internal static class LocalActivity
{
    public const string BotId = "28:interviewbot-local";
    public const string BotName = "InterviewBot";

    public static JsonObject Message(LocalChatter who, string serviceUrl, string activityId, DateTimeOffset now, string? text, JsonObject? value, string? replyToId)
    {
        var activity = Base("message", who, serviceUrl, activityId, now);
        activity["text"] = text ?? "";
        activity["textFormat"] = "plain";
        // A card tap, as Teams sends it: the button's data merged with the card's inputs, on the card's activity.
        if (value is not null) activity["value"] = value;
        if (!string.IsNullOrEmpty(replyToId)) activity["replyToId"] = replyToId;
        return activity;
    }

    /// <summary>The bot being added to the chat, as when someone installs it in Teams: it says hello.</summary>
    public static JsonObject BotAdded(LocalChatter who, string serviceUrl, string activityId, DateTimeOffset now)
    {
        var activity = Base("conversationUpdate", who, serviceUrl, activityId, now);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId, ["name"] = BotName });
        return activity;
    }

    private static JsonObject Base(string type, LocalChatter who, string serviceUrl, string activityId, DateTimeOffset now)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = activityId,
            ["timestamp"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = who.UserId, ["name"] = who.UserName },
            ["conversation"] = new JsonObject { ["id"] = who.ConversationId, ["conversationType"] = "personal" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        };
        if (!string.IsNullOrEmpty(who.TimeZone)) activity["localTimezone"] = who.TimeZone;
        if (!string.IsNullOrEmpty(who.Locale)) activity["locale"] = who.Locale;
        return activity;
    }
}

/// <summary>The ids the page makes up for itself: short, and safe in a URL path.</summary>
internal static partial class ChatIds
{
    public static bool IsValid(string? id) => id is not null && SafeId().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9:._@-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeId();
}
