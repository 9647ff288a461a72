using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace InterviewBot.Slack.Install;

/// <summary>
/// The <c>state</c> of an install: a random nonce and when it was made, sealed with Data Protection so
/// nobody can make one, good for <see cref="Lifetime"/>, and used once. The nonce also goes into a
/// cookie of the browser that started the install, so a state handed to someone else's browser is refused.
/// </summary>
internal sealed class InstallState(IDataProtectionProvider protection, SlackClock slackClock)
{
    public const string Purpose = "InterviewBot.Slack.InstallState.v1";

    public const string CookieName = "interviewbot_slack_install";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _used = new(StringComparer.Ordinal);

    /// <summary>A new state and the nonce for the browser's cookie.</summary>
    public (string State, string Nonce) Issue()
    {
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var issued = slackClock.Time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return (_protector.Protect(nonce + "|" + issued), nonce);
    }

    /// <summary>Null when the state is good (and now used up); otherwise why it is refused.</summary>
    public string? Redeem(string? state, string? cookieNonce)
    {
        if (string.IsNullOrEmpty(state)) return "The link has no state.";
        string payload;
        try
        {
            payload = _protector.Unprotect(state);
        }
        catch (CryptographicException)
        {
            return "The link's state was not made by this bot.";
        }
        var parts = payload.Split('|');
        if (parts.Length != 2 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return "The link's state was not made by this bot.";
        var now = slackClock.Time.GetUtcNow();
        if (now - DateTimeOffset.FromUnixTimeSeconds(seconds) > Lifetime) return "The install link has expired.";
        if (!string.Equals(parts[0], cookieNonce, StringComparison.Ordinal)) return "The install was started in another browser.";
        foreach (var old in _used.Where(u => u.Value < now).Select(u => u.Key).ToList()) _used.TryRemove(old, out _);
        return _used.TryAdd(parts[0], now + Lifetime) ? null : "The install link was already used.";
    }
}
