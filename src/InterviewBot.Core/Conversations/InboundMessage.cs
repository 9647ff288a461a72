namespace InterviewBot.Core.Conversations;

/// <summary>
/// A message or card action from a chat platform, already translated by the channel. The
/// workspace and user are what the platform proved (token, signature), never what a card said.
/// </summary>
/// <param name="Mentions">The people @mentioned in <paramref name="Text"/>, as the platform identified them (never the bot).</param>
public sealed record InboundMessage(
    WorkspaceKey Workspace,
    ChatUser User,
    string ConversationId,
    ConversationKind Conversation,
    string? Text,
    CardSubmit? Submit = null,
    IReadOnlyList<ChatMention>? Mentions = null)
{
    /// <summary>A 1:1 chat with the bot: the only place for interview details.</summary>
    public bool IsPersonalChat => Conversation == ConversationKind.Personal;

    /// <summary>
    /// The message with what the person typed made safe (<see cref="Domain.UserText"/>): their name as
    /// single-line text, the message and every card value as multi-line text.
    /// </summary>
    public InboundMessage Cleaned() => this with
    {
        User = User with { DisplayName = User.DisplayName is null ? null : Domain.UserText.SingleLine(User.DisplayName) },
        Text = Text is null ? null : Domain.UserText.MultiLine(Text),
        Mentions = Mentions?.Select(m => m with { Text = Domain.UserText.SingleLine(m.Text).Trim() }).ToList(),
        Submit = Submit is null ? null : Submit with
        {
            Values = Submit.Values.ToDictionary(v => v.Key, v => Domain.UserText.MultiLine(v.Value), StringComparer.Ordinal),
        },
    };
}

/// <summary>
/// What kind of conversation a message came from, as the platform says it. Only a team channel may
/// change what the whole workspace's channel posts show; a channel that cannot tell says
/// <see cref="GroupChat"/> (fail closed).
/// </summary>
public enum ConversationKind
{
    /// <summary>A 1:1 chat with the bot (Teams personal chat, the Emulator, the local page, a Slack DM).</summary>
    Personal,

    /// <summary>A chat of a few people that is not a team's channel (Teams group chat, Slack group DM).</summary>
    GroupChat,

    /// <summary>A team's channel (Teams channel, Slack public or private channel).</summary>
    TeamChannel,
}

public sealed record WorkspaceKey(string Platform, string ExternalId);

/// <summary>
/// Someone @mentioned in a message: their platform user id, and the words that stand for them in the
/// message's text (the channel writes each mention there as "@" and their name, or their id when the
/// platform gives no name), so a command can tell which of its words is which person.
/// </summary>
public sealed record ChatMention(string PlatformUserId, string Text);

public sealed record ChatUser(string PlatformUserId, string? DisplayName, string? TimeZoneId = null, string? DirectoryId = null);

/// <summary>A tap on a card button: its verb, the card it came from, and every value the card sent.</summary>
public sealed record CardSubmit(string Verb, Guid? CardId, IReadOnlyDictionary<string, string> Values)
{
    public string? Value(string key) => Values.TryGetValue(key, out var v) ? v : null;

    public Guid? GuidValue(string key) => Guid.TryParse(Value(key), out var g) ? g : null;
}
