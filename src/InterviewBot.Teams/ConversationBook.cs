using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace InterviewBot.Teams;

/// <summary>
/// Keeps the <see cref="ConversationReference"/> of every 1:1 chat and channel the bot hears from,
/// in the database, so that nudges can reach people later without waiting for them to write.
/// The reference is stored without the activity id: that differs on every activity and a nudge never
/// uses it (it is a new message, not a reply), so the row is written only when the address itself
/// changes – not on every turn. A channel's or group chat's reference is stored without its <c>user</c>
/// (whoever spoke last there, with their name and directory id): posting to the conversation does
/// not need it, and it would keep a person in storage after they asked to be forgotten.
/// </summary>
public sealed class ConversationBook(IConversationAddresses addresses, TimeProvider time)
{
    public async Task RememberAsync(Activity activity, Guid workspaceId, Guid? personId, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId)) return;
        var personal = ActivityTranslator.IsPersonal(activity);
        var conversationReference = activity.GetConversationReference();
        conversationReference.ActivityId = null;
        if (!personal) conversationReference.User = null;
        var reference = JsonConvert.SerializeObject(conversationReference);
        var now = time.GetUtcNow().UtcDateTime;
        var address = await addresses.FindAsync(workspaceId, conversationId, cancellationToken);
        if (address is null)
            addresses.Add(new ConversationAddress(workspaceId, personal ? personId : null, Platforms.BotFramework, conversationId, personal, reference, now));
        else if (address.Reference != reference)
            address.Refresh(personal ? personId : null, personal, reference, now);
    }

    public static ConversationReference Read(ConversationAddress address) =>
        JsonConvert.DeserializeObject<ConversationReference>(address.Reference)
        ?? throw new InvalidOperationException($"Stored conversation reference {address.Id} is empty.");
}
