using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InterviewBot.Slack.Verification;

/// <summary>
/// Checks that a request came from Slack: <c>v0=</c> + hex HMAC-SHA256 of <c>v0:{timestamp}:{raw body}</c>
/// with the signing secret, compared in constant time, and a timestamp within five minutes of now
/// (either way) so a captured request cannot be replayed later. Fails closed: anything missing or
/// odd is a refusal with a reason.
/// </summary>
internal sealed class SlackSignatureVerifier
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private const string Version = "v0";
    private readonly byte[] _secret;
    private readonly TimeProvider _clock;

    /// <param name="clock">Real time (<see cref="SlackClock"/>), never the application's clock, which local mode moves: Slack's timestamps are real.</param>
    public SlackSignatureVerifier(string signingSecret, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signingSecret);
        _secret = Encoding.UTF8.GetBytes(signingSecret);
        _clock = clock;
    }

    /// <summary>Null when the request is Slack's; otherwise why not.</summary>
    public string? Check(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp)) return $"The {TimestampHeader} header is missing.";
        if (string.IsNullOrEmpty(signature)) return $"The {SignatureHeader} header is missing.";
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return $"The {TimestampHeader} header is not a Unix time.";
        var age = _clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        if (age.Duration() > Window) return "The request timestamp is more than 5 minutes from now (a replay, or a wrong clock).";
        if (!signature.StartsWith(Version + "=", StringComparison.Ordinal)) return "The signature is not a v0 signature.";

        var expected = Sign(timestamp, body);
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? null : "The signature does not match the body.";
    }

    /// <summary>The signature Slack would send for this timestamp and body, as ASCII bytes (<c>v0=…</c>).</summary>
    private byte[] Sign(string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _secret);
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        return Encoding.ASCII.GetBytes(Version + "=" + Convert.ToHexStringLower(hmac.GetHashAndReset()));
    }
}
