using System.Globalization;
using System.Text;
using InterviewBot.Slack.Tests.Support;
using InterviewBot.Slack.Verification;
using Microsoft.Extensions.Time.Testing;

namespace InterviewBot.Slack.Tests;

/// <summary>Slack's request signing, checked on an injected clock: the 5-minute window both ways, and every way to fail.</summary>
public sealed class SignatureVerifierTests
{
    private const string Body = "token=x&team_id=T0TEAM&command=%2Finterview&text=help";
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);

    private SlackSignatureVerifier Verifier => new(SlackSigner.Secret, _clock);

    private static string At(TimeSpan offset) => (Now + offset).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private string? Check(string timestamp, string? signature = null, string body = Body) =>
        Verifier.Check(timestamp, signature ?? SlackSigner.Signature(Body, long.Parse(timestamp, CultureInfo.InvariantCulture)), Encoding.UTF8.GetBytes(body));

    [Theory]
    [InlineData(0)]
    [InlineData(-299)]
    [InlineData(299)]
    public void A_request_signed_with_the_secret_within_five_minutes_passes(int seconds) =>
        Assert.Null(Check(At(TimeSpan.FromSeconds(seconds))));

    [Theory]
    [InlineData(-360)]
    [InlineData(360)]
    public void A_timestamp_more_than_five_minutes_away_is_refused_however_well_signed(int seconds) =>
        Assert.Contains("5 minutes", Check(At(TimeSpan.FromSeconds(seconds))), StringComparison.Ordinal);

    [Fact]
    public void A_request_that_was_fine_is_refused_once_the_window_has_passed()
    {
        var timestamp = At(TimeSpan.Zero);
        Assert.Null(Check(timestamp));

        _clock.Advance(TimeSpan.FromMinutes(6));

        Assert.NotNull(Check(timestamp));
    }

    [Fact]
    public void Another_secret_a_changed_body_or_a_mangled_signature_are_refused()
    {
        var timestamp = At(TimeSpan.Zero);
        var seconds = long.Parse(timestamp, CultureInfo.InvariantCulture);

        Assert.NotNull(Check(timestamp, SlackSigner.Signature(Body, seconds, "another-secret")));
        Assert.NotNull(Check(timestamp, body: Body + "&extra=1"));
        Assert.NotNull(Check(timestamp, SlackSigner.Signature(Body, seconds).ToUpperInvariant()));
        Assert.NotNull(Check(timestamp, "v1=" + SlackSigner.Signature(Body, seconds)[3..]));
        Assert.NotNull(Check(timestamp, SlackSigner.Signature(Body, seconds)[..20]));
    }

    [Theory]
    [InlineData(null, "v0=abc")]
    [InlineData("", "v0=abc")]
    [InlineData("1772618400", null)]
    [InlineData("yesterday", "v0=abc")]
    [InlineData("-5", "v0=abc")]
    [InlineData("99999999999999999999", "v0=abc")]
    public void Missing_or_odd_headers_are_refused_with_a_reason(string? timestamp, string? signature) =>
        Assert.False(string.IsNullOrEmpty(Verifier.Check(timestamp, signature, Encoding.UTF8.GetBytes(Body))));
}
