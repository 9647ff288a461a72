namespace InterviewBot.Core.FollowUp;

/// <summary>
/// Where the bot can write to someone first – a hiring manager it asks for a decision, say. Anyone who
/// has talked to the bot has a stored 1:1 address. On Slack the bot can also open a DM with any member
/// of the workspace by their user id (conversations.open), so a known user id is enough there. Teams
/// cannot message someone who has not installed the app; there, and for anyone known by name only,
/// the person has to message the bot once.
/// </summary>
public sealed class DirectChats(IConversationAddresses addresses, TimeProvider time)
{
    /// <summary>The person's 1:1 chat with the bot, or on Slack a DM stored by their user id; null when they cannot be reached.</summary>
    public async Task<ConversationAddress?> FindAsync(Workspace workspace, Person person, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(person);
        return await addresses.FindPersonalAsync(person.Id, ct) ?? OpenByUserId(workspace, person);
    }

    /// <summary>
    /// On Slack, a DM address stored by the person's user id (the conversation id is their user id, and the
    /// Slack channel opens the DM for it when it sends; when they write to the bot, their DM's own address is
    /// stored alongside); null where the platform cannot, or the user id is unknown. For someone with no stored 1:1 chat.
    /// </summary>
    public ConversationAddress? OpenByUserId(Workspace workspace, Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!CanOpenByUserId(workspace) || string.IsNullOrEmpty(person.PlatformUserId)) return null;
        var opened = new ConversationAddress(workspace.Id, person.Id, workspace.Platform, person.PlatformUserId, isPersonal: true, reference: "",
            time.GetUtcNow().UtcDateTime);
        addresses.Add(opened);
        return opened;
    }

    /// <summary>Whether the platform lets the bot start a chat with a member by their user id alone.</summary>
    public static bool CanOpenByUserId(Workspace workspace) => workspace?.Platform == Platforms.Slack;
}
