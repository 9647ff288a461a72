namespace InterviewBot.Core.Engine;

/// <summary>
/// A message or card action from a chat platform, already translated by the channel. The
/// workspace and user are what the platform proved (token, signature), never what a card said.
/// </summary>
public sealed record InboundMessage(
    WorkspaceKey Workspace,
    ChatUser User,
    string ConversationId,
    bool IsPersonalChat,
    string? Text,
    CardSubmit? Submit = null)
{
    /// <summary>
    /// The message with what the person typed made safe (<see cref="Domain.UserText"/>): their name as
    /// single-line text, the message and every card value as multi-line text.
    /// </summary>
    public InboundMessage Cleaned() => this with
    {
        User = User with { DisplayName = User.DisplayName is null ? null : Domain.UserText.SingleLine(User.DisplayName) },
        Text = Text is null ? null : Domain.UserText.MultiLine(Text),
        Submit = Submit is null ? null : Submit with
        {
            Values = Submit.Values.ToDictionary(v => v.Key, v => Domain.UserText.MultiLine(v.Value), StringComparer.Ordinal),
        },
    };
}

public sealed record WorkspaceKey(string Platform, string ExternalId);

public sealed record ChatUser(string PlatformUserId, string? DisplayName, string? TimeZoneId = null, string? DirectoryId = null);

/// <summary>A tap on a card button: its verb, the card it came from, and every value the card sent.</summary>
public sealed record CardSubmit(string Verb, Guid? CardId, IReadOnlyDictionary<string, string> Values)
{
    public string? Value(string key) => Values.TryGetValue(key, out var v) ? v : null;

    public Guid? GuidValue(string key) => Guid.TryParse(Value(key), out var g) ? g : null;
}
