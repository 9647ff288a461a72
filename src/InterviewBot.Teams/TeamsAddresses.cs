using InterviewBot.Core.Domain;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace InterviewBot.Teams;

/// <summary>
/// A Teams conversation's address as the core stores it: the Bot Framework
/// <see cref="ConversationReference"/>, serialized. It is stored without the activity id (that differs
/// on every activity and a nudge is a new message, not a reply), so the row changes only when the
/// address does. A channel's or group chat's reference keeps no <c>user</c> (whoever spoke last
/// there, with their name and directory id): posting there does not need it, and it would keep a
/// person in storage after they asked to be forgotten.
/// </summary>
internal static class TeamsAddresses
{
    public static string ReferenceOf(Activity activity)
    {
        var reference = activity.GetConversationReference();
        reference.ActivityId = null;
        if (!ActivityTranslator.IsPersonal(activity)) reference.User = null;
        return JsonConvert.SerializeObject(reference);
    }

    public static ConversationReference Read(ConversationAddress address) =>
        JsonConvert.DeserializeObject<ConversationReference>(address.Reference)
        ?? throw new InvalidOperationException($"Stored conversation reference {address.Id} is empty.");
}
