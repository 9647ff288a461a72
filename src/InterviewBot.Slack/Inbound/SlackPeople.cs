using System.Collections.Concurrent;
using InterviewBot.Core.Conversations;
using InterviewBot.Slack.Api;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack.Inbound;

/// <summary>
/// Who is talking, as the engine needs it: the Slack user id, their name and the IANA time zone of
/// their Slack profile (users.info <c>tz</c>), which the engine stores like the one Teams sends.
/// Profiles are cached per person for an hour; without one the turn still runs, with the name Slack sent.
/// </summary>
internal sealed class SlackPeople(UsersApi users, TimeProvider clock, ILogger<SlackPeople> logger)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, (SlackUserInfo Info, long Until)> _profiles = new(StringComparer.Ordinal);

    public async Task<ChatUser> FindAsync(string teamId, string userId, string? nameFromRequest, CancellationToken cancellationToken)
    {
        var info = await ProfileAsync(teamId, userId, cancellationToken);
        return new ChatUser(userId, info?.BestName ?? nameFromRequest, string.IsNullOrWhiteSpace(info?.TimeZone) ? null : info.TimeZone);
    }

    private async Task<SlackUserInfo?> ProfileAsync(string teamId, string userId, CancellationToken ct)
    {
        var key = teamId + "/" + userId;
        var now = clock.GetTimestamp();
        if (_profiles.TryGetValue(key, out var cached) && cached.Until > now) return cached.Info;
        try
        {
            var info = await users.InfoAsync(userId, ct);
            _profiles[key] = (info, now + (long)(KeepFor.TotalSeconds * clock.TimestampFrequency));
            return info;
        }
        catch (SlackApiException failure)
        {
            Log.ProfileUnavailable(logger, failure, userId);
            return _profiles.TryGetValue(key, out var stale) ? stale.Info : null;
        }
    }
}
