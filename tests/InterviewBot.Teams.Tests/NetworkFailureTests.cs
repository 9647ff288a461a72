using InterviewBot.Core.Ports;
using InterviewBot.Core.Views;
using InterviewBot.Teams.Tests.Support;

namespace InterviewBot.Teams.Tests;

/// <summary>
/// A nudge that cannot go out because of the network – a name that does not resolve, a refused
/// connection – is worth trying again, like a 5xx: the messenger tries again with growing waits, then
/// hands it back to the scheduler as transient, saying what could not be reached.
/// </summary>
public sealed class NetworkFailureTests
{
    private static readonly Guid Workspace = Guid.NewGuid();

    [Fact]
    public async Task A_connector_that_refuses_the_connection_is_tried_again_with_growing_waits_then_handed_back_as_worth_trying_later()
    {
        var time = new SkipAheadTime();
        await using var bot = await MessengerHarness.StartAsync(time);
        var address = await bot.AddressFromAsync("personal-message.json", Workspace, json => json["serviceUrl"] = "http://127.0.0.1:9/");

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => bot.Messenger.SendAsync(address, Nudge()));

        Assert.True(failure.IsTransient, failure.Message);
        Assert.Contains("could not connect", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("127.0.0.1:9", failure.Message, StringComparison.Ordinal);
        Assert.Equal(new TeamsDeliveryOptions().MaxAttempts - 1, time.Waits.Count);
    }

    /// <summary>
    /// With an app id every send first needs a token from the bot's login endpoint (pointed here, with
    /// Bot Builder's own setting, at a closed port on this machine or at a name that never resolves).
    /// Bot Builder wraps that failure in an AggregateException, which was taken for a refusal: failed after one try.
    /// </summary>
    [Theory]
    [InlineData("https://127.0.0.1:9/botframework.com", "could not connect", "127.0.0.1:9")]
    [InlineData("https://login.invalid/botframework.com", "could not find", "login.invalid")]
    public async Task When_the_bots_token_cannot_be_fetched_over_the_network_the_send_is_worth_trying_later_and_says_why(string loginUrl, string why, string where)
    {
        var time = new SkipAheadTime();
        await using var bot = await MessengerHarness.StartAsync(time, new Dictionary<string, string?>
        {
            [BotFrameworkSettings.AppIdKey] = "00000000-0000-0000-0000-0000000000d1",
            [BotFrameworkSettings.AppPasswordKey] = "not-a-real-secret",
            ["ToChannelFromBotLoginUrl"] = loginUrl,
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
            ["ToBotFromChannelTokenIssuer"] = "https://api.botframework.com",
            ["ToBotFromChannelOpenIdMetadataUrl"] = "https://127.0.0.1:9/openid",
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = "https://127.0.0.1:9/openid",
            ["OAuthUrl"] = "https://127.0.0.1:9/oauth",
            ["ValidateAuthority"] = "false",
        });
        var address = await bot.AddressFromAsync("personal-message.json", Workspace);

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => bot.Messenger.SendAsync(address, Nudge()));

        Assert.True(failure.IsTransient, failure.Message);
        Assert.Contains("token", failure.Message, StringComparison.Ordinal);
        Assert.Contains(why, failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(where, failure.Message, StringComparison.Ordinal);
        Assert.Equal(new TeamsDeliveryOptions().MaxAttempts - 1, time.Waits.Count);
        Assert.Empty(bot.Connector.Received);
    }

    private static OutboundMessage Nudge() =>
        new(null, new SummaryView("Prep for tomorrow's call", null, [], [], [ActionButton.For("Open the checklist", "list", primary: true)]), Guid.NewGuid());
}
