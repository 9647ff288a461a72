using System.Collections.Concurrent;
using InterviewBot.Core.Conversations;
using InterviewBot.Slack.Api;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack.Inbound;

/// <summary>
/// Who is talking, as the engine needs it: the Slack user id, their name and the IANA time zone of
/// their Slack profile (users.info <c>tz</c>), which the engine stores like the one Teams sends.
/// Profiles are remembered per team and person for <see cref="KeepFor"/> and replaced whenever Slack
/// sends a <c>user_change</c> event, so a person the bot knows costs no users.info call; without a
/// profile the turn still runs, with the name Slack sent.
/// </summary>
internal sealed class SlackPeople(UsersApi users, TimeProvider clock, ILogger<SlackPeople> logger)
{
    /// <summary>Long, because user_change keeps the copy current; the limit only bounds a missed event.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromHours(12);

    private readonly ConcurrentDictionary<string, (SlackUserInfo Info, long Until)> _profiles = new(StringComparer.Ordinal);

    public async Task<ChatUser> FindAsync(string teamId, string userId, string? nameFromRequest, CancellationToken cancellationToken) =>
        UserOf(userId, await ProfileAsync(teamId, userId, cancellationToken), nameFromRequest);

    /// <summary>The person as the engine sees them, from their profile or, without one, the name the request carried.</summary>
    public static ChatUser UserOf(string userId, SlackUserInfo? info, string? nameFromRequest) =>
        new(userId, info?.BestName ?? nameFromRequest, string.IsNullOrWhiteSpace(info?.TimeZone) ? null : info.TimeZone);

    /// <summary>A user_change event: the person's profile as it is now.</summary>
    public void Learn(string teamId, SlackUserInfo info) => Remember(teamId + "/" + info.Id, info, clock.GetTimestamp());

    /// <summary>The remembered profile only, without asking Slack: for answers that cannot wait (a menu's options).</summary>
    public SlackUserInfo? Remembered(string teamId, string userId) =>
        _profiles.TryGetValue(teamId + "/" + userId, out var cached) ? cached.Info : null;

    /// <summary>The remembered profile, else users.info; null when Slack cannot say.</summary>
    public async Task<SlackUserInfo?> ProfileAsync(string teamId, string userId, CancellationToken ct)
    {
        var key = teamId + "/" + userId;
        var now = clock.GetTimestamp();
        if (_profiles.TryGetValue(key, out var cached) && cached.Until > now) return cached.Info;
        try
        {
            var info = await users.InfoAsync(userId, ct);
            Remember(key, info, now);
            return info;
        }
        catch (SlackApiException failure)
        {
            Log.ProfileUnavailable(logger, failure, userId);
            return _profiles.TryGetValue(key, out var stale) ? stale.Info : null;
        }
    }

    private void Remember(string key, SlackUserInfo info, long now) =>
        _profiles[key] = (info, now + (long)(KeepFor.TotalSeconds * clock.TimestampFrequency));
}
