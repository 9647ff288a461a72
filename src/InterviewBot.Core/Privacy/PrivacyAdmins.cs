namespace InterviewBot.Core.Privacy;

/// <summary>
/// Who may act on a privacy request from someone who never used the bot – a candidate who is only a
/// name and e-mail address on recruiters' interviews: the platform user ids in <c>Privacy:Admins</c>
/// (Teams <c>29:…</c> ids, Slack <c>U…</c> ids). Nobody, unless the setting names them.
/// </summary>
public sealed class PrivacyAdmins
{
    public const string Setting = "Privacy:Admins";

    private readonly HashSet<string> _platformUserIds;

    public PrivacyAdmins(IEnumerable<string?> platformUserIds)
    {
        ArgumentNullException.ThrowIfNull(platformUserIds);
        // Ids are compared exactly, as the platforms send them; a list in one value may be split by commas.
        _platformUserIds = platformUserIds
            .SelectMany(value => (value ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
    }

    public static PrivacyAdmins None { get; } = new([]);

    public int Count => _platformUserIds.Count;

    public bool Includes(string platformUserId) => _platformUserIds.Contains(platformUserId);
}
