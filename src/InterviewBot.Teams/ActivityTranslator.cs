using System.Globalization;
using InterviewBot.Core.Conversations;
using InterviewBot.Core.Domain;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace InterviewBot.Teams;

/// <summary>Turns a Bot Framework activity into the core's neutral <see cref="InboundMessage"/>.</summary>
internal static class ActivityTranslator
{
    public static InboundMessage ToInbound(IActivity activity, string? textWithoutMention = null)
    {
        var message = activity as Activity ?? throw new ArgumentException("Expected a Bot Framework Activity.", nameof(activity));
        var (text, mentions) = MentionsOf(message, textWithoutMention ?? message.Text);
        return new InboundMessage(
            WorkspaceOf(message),
            UserOf(message),
            message.Conversation?.Id ?? "",
            KindOf(message),
            text,
            SubmitOf(message),
            mentions);
    }

    /// <summary>
    /// Teams writes a mention as <c>&lt;at&gt;Bea Smith&lt;/at&gt;</c> in the text, with a <c>mention</c> entity
    /// naming the user. The core gets "@Bea Smith" in the text and the user id behind it; the bot's own
    /// mention is not one (it was taken out of the text already).
    /// </summary>
    public static (string? Text, IReadOnlyList<ChatMention>? Mentions) MentionsOf(Activity activity, string? text)
    {
        if (string.IsNullOrEmpty(text) || activity.Entities is null) return (text, null);
        var mentions = new List<ChatMention>();
        foreach (var mention in activity.GetMentions())
        {
            if (mention.Mentioned?.Id is not { Length: > 0 } id || id == activity.Recipient?.Id || string.IsNullOrEmpty(mention.Text)) continue;
            var name = string.IsNullOrWhiteSpace(mention.Mentioned.Name) ? id : mention.Mentioned.Name.Trim();
            if (!text.Contains(mention.Text, StringComparison.Ordinal)) continue;
            text = text.Replace(mention.Text, "@" + name, StringComparison.Ordinal);
            mentions.Add(new ChatMention(id, "@" + name));
        }
        return (text, mentions.Count == 0 ? null : mentions);
    }

    /// <summary>
    /// The tenant the activity came from. Teams puts it in the conversation and in channelData;
    /// the Emulator and the local page send none and share the local workspace.
    /// </summary>
    public static WorkspaceKey WorkspaceOf(Activity activity)
    {
        var tenant = activity.Conversation?.TenantId;
        if (string.IsNullOrEmpty(tenant) && activity.ChannelData is not null)
        {
            try { tenant = activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id; }
            catch (Newtonsoft.Json.JsonException) { tenant = null; }
        }
        return new WorkspaceKey(Platforms.Teams, string.IsNullOrEmpty(tenant) ? Platforms.LocalTenant : tenant);
    }

    public static ChatUser UserOf(Activity activity) => new(
        activity.From?.Id ?? "",
        activity.From?.Name,
        TimeZoneOf(activity),
        string.IsNullOrEmpty(activity.From?.AadObjectId) ? null : activity.From.AadObjectId);

    /// <summary>
    /// Teams' conversation type: <c>channel</c> is a team channel, <c>personal</c> a 1:1 chat, and the
    /// Emulator and the local page send none and are 1:1 too. <c>groupChat</c>, and any type Teams may
    /// add, is not a team channel.
    /// </summary>
    public static ConversationKind KindOf(Activity activity) => activity.Conversation?.ConversationType switch
    {
        null or "" or "personal" => ConversationKind.Personal,
        "channel" => ConversationKind.TeamChannel,
        _ => ConversationKind.GroupChat,
    };

    /// <summary>A 1:1 chat.</summary>
    public static bool IsPersonal(Activity activity) => KindOf(activity) == ConversationKind.Personal;

    /// <summary>The IANA zone of the user's client: <c>localTimezone</c>, else the <c>clientInfo</c> entity.</summary>
    public static string? TimeZoneOf(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.LocalTimezone)) return activity.LocalTimezone;
        var clientInfo = activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase));
        return clientInfo?.Properties?["timezone"]?.Type == JTokenType.String ? clientInfo.Properties["timezone"]!.Value<string>() : null;
    }

    /// <summary>An Action.Submit tap arrives as a message whose <c>value</c> holds the button data and the inputs.</summary>
    public static CardSubmit? SubmitOf(Activity activity)
    {
        if (activity.Value is not JObject value) return null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in value.Properties())
        {
            values[property.Name] = property.Value.Type switch
            {
                JTokenType.String => property.Value.Value<string>() ?? "",
                JTokenType.Null => "",
                JTokenType.Object or JTokenType.Array => property.Value.ToString(Newtonsoft.Json.Formatting.None),
                // The adapter reads bodies with Newtonsoft's date parsing on, so an ISO text may arrive as a date;
                // write every non-string back without culture so "4.5" stays "4.5" on any server locale.
                JTokenType.Date => property.Value.Value<DateTime>().ToString("o", CultureInfo.InvariantCulture),
                JTokenType.Boolean => property.Value.Value<bool>() ? "true" : "false",
                _ => Convert.ToString(((JValue)property.Value).Value, CultureInfo.InvariantCulture) ?? "",
            };
        }
        var verb = values.GetValueOrDefault("verb");
        if (string.IsNullOrEmpty(verb)) return null;
        return new CardSubmit(verb, Guid.TryParse(values.GetValueOrDefault("cardId"), out var cardId) ? cardId : null, values);
    }
}
