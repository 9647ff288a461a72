using InterviewBot.Core.Ports;
using InterviewBot.Teams.Tests.Support;

namespace InterviewBot.Teams.Tests;

/// <summary>
/// Bursts of nudges against a stand-in connector that enforces Teams' rate limits itself, on the
/// real clock: nothing may be refused, everything arrives once, in order per conversation. The
/// tests count what the connector accepted and refused; they do not measure time.
/// </summary>
public class TeamsRateLimitTests
{
    [Fact]
    public async Task Thirty_nudges_to_one_chat_all_arrive_once_in_order_with_none_refused_for_going_too_fast()
    {
        await using var bot = await MessengerHarness.StartAsync();
        bot.Connector.EnforceLimits(ConnectorLimits.Teams());
        var address = await bot.AddressFromAsync("personal-message.json", Guid.NewGuid());

        var sends = Enumerable.Range(1, 30).Select(i => bot.Messenger.SendAsync(address, Text($"nudge {i}"))).ToList();
        var ids = await Task.WhenAll(sends);

        Assert.Empty(bot.Connector.Refused);
        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"nudge {i}"), bot.Connector.Requests.Select(r => r.Text));
        Assert.Equal(bot.Connector.Requests.Select(r => r.ResultId), ids);
    }

    [Fact]
    public async Task Sixty_nudges_across_twelve_chats_of_one_tenant_all_arrive_with_none_refused_for_going_too_fast()
    {
        await using var bot = await MessengerHarness.StartAsync();
        bot.Connector.EnforceLimits(ConnectorLimits.Teams());
        var workspace = Guid.NewGuid();
        var addresses = new List<Core.Domain.ConversationAddress>();
        for (var chat = 0; chat < 12; chat++)
        {
            var conversation = $"a:chat-{chat}";
            addresses.Add(await bot.AddressFromAsync("personal-message.json", workspace, json => json["conversation"]!["id"] = conversation));
        }

        var sends = Enumerable.Range(0, 60).Select(i => bot.Messenger.SendAsync(addresses[i % 12], Text($"nudge {i}")));
        await Task.WhenAll(sends);

        Assert.Empty(bot.Connector.Refused);
        Assert.Equal(60, bot.Connector.Requests.Select(r => r.Text).Distinct().Count());
        Assert.Single(bot.Connector.Requests.Select(r => r.Tenant).Distinct());
    }

    private static OutboundMessage Text(string text) => new(text, null, Guid.Empty);
}
