using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Views;
using InterviewBot.Slack.Outbound;
using InterviewBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InterviewBot.Slack.Tests;

/// <summary>The messenger port for Slack: where nudges go, how refusals are reported, and one message per second per channel.</summary>
public sealed class MessengerTests : IAsyncLifetime
{
    private static readonly Guid Workspace = Guid.NewGuid();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private FakeSlackApi _slack = null!;
    private ServiceProvider _services = null!;

    private IChatTransport Messenger => _services.GetServices<IChatTransport>().Single(m => m.Platform == "slack");

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _services = SlackServices.For(_slack, s => s.AddSingleton(new SlackClock(_clock)));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task A_nudge_to_a_DM_is_posted_there_and_updated_in_place()
    {
        var address = Address("D0RILEY", new SlackAddress("D0RILEY", FakeSlackApi.TeamId, "U0RILEY"));
        var card = new NudgeView("Feedback for Jordan is due", "Send it today.", null, [ActionButton.For("Done", "nudge.done")]);

        var id = await Messenger.SendAsync(address, new OutboundMessage(null, card, Guid.NewGuid()));
        await Messenger.UpdateAsync(address, id, new OutboundMessage(null, card with { Status = "Done ✓" }, Guid.NewGuid()));

        var post = _slack.Accepted("chat.postMessage").Single();
        var update = _slack.Accepted("chat.update").Single();
        Assert.Equal("D0RILEY", post.Channel);
        Assert.Contains("Feedback for Jordan is due", post.AllText, StringComparison.Ordinal);
        Assert.Equal((post.Channel, post.ResultId), (update.Channel, update.Arg("ts")));
    }

    [Fact]
    public async Task A_person_known_only_by_user_id_gets_their_DM_opened_first()
    {
        var address = Address("U0SAM", new SlackAddress("", FakeSlackApi.TeamId, "U0SAM"));

        var id = await Messenger.SendAsync(address, new OutboundMessage("Your call starts in 15 minutes.", null, Guid.NewGuid()));
        await Messenger.UpdateAsync(address, id, new OutboundMessage("Your call has started.", null, Guid.NewGuid()));

        Assert.Equal("U0SAM", _slack.Accepted("conversations.open").Single().Arg("users"));
        Assert.Equal(FakeSlackApi.DmOf("U0SAM"), _slack.Accepted("chat.postMessage").Single().Channel);
        Assert.Equal(FakeSlackApi.DmOf("U0SAM"), _slack.Accepted("chat.update").Single().Channel);
    }

    [Theory]
    [InlineData("channel_not_found", false)]
    [InlineData("not_in_channel", false)]
    [InlineData("invalid_auth", false)]
    [InlineData("internal_error", true)]
    public async Task Slacks_refusals_are_reported_as_worth_retrying_or_not(string error, bool transient)
    {
        _slack.RefuseNext("chat.postMessage", error);

        var failure = await Assert.ThrowsAsync<DeliveryException>(() =>
            Messenger.SendAsync(Address("C0TEAM", new SlackAddress("C0TEAM", FakeSlackApi.TeamId)), new OutboundMessage("Digest", null, Guid.NewGuid())));

        Assert.Equal(transient, failure.IsTransient);
        Assert.Contains(error, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/api/", "127.0.0.1:9")]
    [InlineData("http://slack-api.invalid/api/", "slack-api.invalid")]
    public async Task When_Slack_cannot_be_reached_the_nudge_is_worth_trying_later_and_the_reason_says_where(string apiBaseUrl, string where)
    {
        // A refused connection or a name that does not resolve: the scheduler tries again later, and the nudge's last error says why.
        await using var services = SlackServices.For(_slack, settings: new Dictionary<string, string?> { ["Slack:ApiBaseUrl"] = apiBaseUrl });
        var messenger = services.GetServices<IChatTransport>().Single(m => m.Platform == "slack");

        var failure = await Assert.ThrowsAsync<DeliveryException>(() =>
            messenger.SendAsync(Address("C0TEAM", new SlackAddress("C0TEAM", FakeSlackApi.TeamId)), new OutboundMessage("Digest", null, Guid.NewGuid())));

        Assert.True(failure.IsTransient);
        Assert.Contains("Could not reach Slack", failure.Message, StringComparison.Ordinal);
        Assert.Contains(where, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posts_to_one_channel_keep_a_second_apart_and_other_channels_do_not_wait()
    {
        var team = Address("C0TEAM", new SlackAddress("C0TEAM", FakeSlackApi.TeamId));
        await Messenger.SendAsync(team, new OutboundMessage("one", null, Guid.NewGuid()));

        var second = Messenger.SendAsync(team, new OutboundMessage("two", null, Guid.NewGuid()));
        await Messenger.SendAsync(Address("D0RILEY", new SlackAddress("D0RILEY", FakeSlackApi.TeamId, "U0RILEY")), new OutboundMessage("elsewhere", null, Guid.NewGuid()));
        await Task.Delay(200);
        Assert.Equal(["one", "elsewhere"], _slack.Accepted("chat.postMessage").Select(c => c.Text));

        _clock.Advance(ChannelPacer.Spacing);
        await second;

        Assert.Equal(["one", "elsewhere", "two"], _slack.Accepted("chat.postMessage").Select(c => c.Text));
    }

    [Fact]
    public async Task A_post_Slack_is_slow_to_answer_counts_its_second_from_when_it_went_so_the_next_one_follows_at_once()
    {
        var team = Address("C0TEAM", new SlackAddress("C0TEAM", FakeSlackApi.TeamId));
        var slowAnswer = _slack.Hold(c => c.Method == "chat.postMessage" && c.Text == "one");
        var first = Messenger.SendAsync(team, new OutboundMessage("one", null, Guid.NewGuid()));
        var second = Messenger.SendAsync(team, new OutboundMessage("two", null, Guid.NewGuid()));
        await Task.Delay(200);

        _clock.Advance(ChannelPacer.Spacing); // Slack takes a second to answer the first post
        slowAnswer.Dispose();
        await first;
        await second.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["one", "two"], _slack.Accepted("chat.postMessage").Select(c => c.Text));
    }

    private static ConversationAddress Address(string conversationId, SlackAddress reference) =>
        new(Workspace, null, "slack", conversationId, reference.User is not null, reference.ToJson(), DateTime.UtcNow);
}
