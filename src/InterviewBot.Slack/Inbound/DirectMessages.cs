using System.Collections.Concurrent;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using InterviewBot.Slack.Api;

namespace InterviewBot.Slack.Inbound;

/// <summary>The channel ids of the bot's direct-message channels, remembered per person for the process.</summary>
internal sealed class DirectMessageCache
{
    private readonly ConcurrentDictionary<string, string> _channels = new(StringComparer.Ordinal);

    public bool TryGet(string teamId, string userId, out string channel) => _channels.TryGetValue(Key(teamId, userId), out channel!);

    public void Remember(string teamId, string userId, string channel) => _channels[Key(teamId, userId)] = channel;

    private static string Key(string teamId, string userId) => teamId + "/" + userId;
}

/// <summary>
/// Finds the bot's direct-message channel with a person, where interview details live: from memory,
/// else from the address stored when they last wrote, else by asking Slack (conversations.open).
/// Modal submissions and slash commands do not say it, yet their answers belong there.
/// </summary>
internal sealed class DirectMessages(DirectMessageCache cache, IWorkspaces workspaces, IPeople people, IConversationAddresses addresses, ConversationsApi conversations)
{
    /// <summary>The DM from memory, else from the address stored when they last wrote (a database read); null when only Slack can say.</summary>
    public async Task<string?> RecallAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        if (cache.TryGet(teamId, userId, out var known)) return known;
        var stored = await StoredAsync(teamId, userId, cancellationToken);
        if (stored is not null) cache.Remember(teamId, userId, stored);
        return stored;
    }

    /// <summary>Asks Slack for the DM (conversations.open) and remembers it.</summary>
    public async Task<string> OpenAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        var channel = await conversations.OpenAsync(userId, cancellationToken);
        cache.Remember(teamId, userId, channel);
        return channel;
    }

    /// <summary>Whether the bot has met the person in this process: it knows their DM with it.</summary>
    public bool Knows(string teamId, string userId) => cache.TryGet(teamId, userId, out _);

    /// <summary>A message.im event or a tap in the DM names the channel itself.</summary>
    public void Learn(string teamId, string userId, string channel) => cache.Remember(teamId, userId, channel);

    private async Task<string?> StoredAsync(string teamId, string userId, CancellationToken ct)
    {
        var workspace = await workspaces.FindAsync(Platforms.Slack, teamId, ct);
        var person = workspace is null ? null : await people.FindAsync(workspace.Id, userId, ct);
        var address = person is null ? null : await addresses.FindPersonalAsync(person.Id, ct);
        return address is { Platform: Platforms.Slack, ConversationId.Length: > 0 } ? address.ConversationId : null;
    }
}
