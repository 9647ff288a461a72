using InterviewBot.Core.Engine;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Views;
using InterviewBot.Teams.Tests.Support;

namespace InterviewBot.Teams.Tests;

/// <summary>
/// Nudges the bot sends on its own, through the real adapter's proactive path (local mode: no app
/// id, no token) to a stand-in Bot Connector, to addresses stored the way ConversationBook stores them.
/// </summary>
public class TeamsMessengerTests : IAsyncLifetime
{
    private static readonly Guid Workspace = Guid.NewGuid();
    private readonly SkipAheadTime _time = new();
    private MessengerHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await MessengerHarness.StartAsync(_time);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private LocalConnector Connector => _bot.Connector;

    [Fact]
    public async Task A_nudge_reaches_the_persons_chat_as_a_new_message_with_its_card_and_returns_the_connectors_id()
    {
        var address = await _bot.AddressFromAsync("personal-message.json", Workspace);
        var nudge = Nudge("Feedback for Sam is due today");

        var messageId = await _bot.Messenger.SendAsync(address, nudge);

        var sent = Assert.Single(Connector.Requests);
        Assert.Equal("send", sent.Kind); // POST /v3/conversations/{id}/activities, not a reply to the message the address came from
        Assert.Null(sent.ActivityId);
        Assert.Equal(address.ConversationId, sent.ConversationId);
        Assert.Equal(sent.ResultId, messageId);
        Assert.Equal("Feedback for Sam is due today", sent.Card!["body"]![0]!["text"]!.GetValue<string>());
        Assert.All(sent.Card["actions"]!.AsArray(), a => Assert.Equal(nudge.CardId.ToString(), a!["data"]!["cardId"]!.GetValue<string>()));
        Assert.Equal("Riley Recruiter", sent.Body["recipient"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_nudge_to_a_team_channel_is_a_new_post_there_not_a_reply_to_the_message_that_mentioned_the_bot()
    {
        var address = await _bot.AddressFromAsync("channel-mention.json", Workspace);

        await _bot.Messenger.SendAsync(address, Nudge("Two interviews have no feedback yet"));

        var sent = Assert.Single(Connector.Requests);
        Assert.Equal(("send", address.ConversationId), (sent.Kind, sent.ConversationId));
        Assert.Null(sent.Body["replyToId"]);
    }

    [Fact]
    public async Task A_team_channels_stored_address_names_nobody_and_a_post_still_reaches_the_channel()
    {
        var address = await _bot.AddressFromAsync("channel-mention.json", Workspace);

        await _bot.Messenger.SendAsync(address, Nudge("Two interviews have no feedback yet"));

        Assert.DoesNotContain("29:1rJ7v0bqS6Wm2yTqZk3lPp8yQe4c9H2nX5dAoL1uVfGiRtYbMwKsNjEhCzDxUa6OgIlTp3Vq-Ys0Nf7Bk9Hh2Jw", address.Reference, StringComparison.Ordinal);
        Assert.DoesNotContain("Riley Recruiter", address.Reference, StringComparison.Ordinal);
        Assert.DoesNotContain("6a1f3c2e-8b4d-4e7a-9f0c-2d5b7e8a1c34", address.Reference, StringComparison.Ordinal);
        var sent = Assert.Single(Connector.Requests);
        Assert.Equal(("send", address.ConversationId), (sent.Kind, sent.ConversationId));
        Assert.Equal("28:3f6e0a12-4b7c-4d9e-8f21-5a6b7c8d9e0f", sent.Body["from"]?["id"]?.ToString());
    }

    [Fact]
    public async Task Updating_a_nudge_replaces_the_sent_card_in_place()
    {
        var address = await _bot.AddressFromAsync("personal-message.json", Workspace);
        var nudge = Nudge("Feedback for Sam is due today");
        var messageId = await _bot.Messenger.SendAsync(address, nudge);

        await _bot.Messenger.UpdateAsync(address, messageId, nudge with { Card = Card("Thanks – feedback sent") });

        Assert.Equal(["send", "update"], Connector.Requests.Select(r => r.Kind));
        var update = Connector.Requests[1];
        Assert.Equal((address.ConversationId, messageId), (update.ConversationId, update.ActivityId));
        Assert.Equal("Thanks – feedback sent", update.Card!["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task When_Teams_throttles_once_the_nudge_is_sent_again_after_the_wait_Teams_asked_for_and_arrives_once()
    {
        var address = await _bot.AddressFromAsync("personal-message.json", Workspace);
        Connector.ThrottleNext(1, retryAfterSeconds: 1);

        var messageId = await _bot.Messenger.SendAsync(address, Nudge("Prep for tomorrow's call"));

        Assert.Equal([429, 200], Connector.Received.Select(r => r.Status));
        Assert.Equal(messageId, Assert.Single(Connector.Requests).ResultId);
        Assert.Equal([TimeSpan.FromSeconds(1)], _time.Waits); // on the skip-ahead clock: the wait it chose, not a measured one
    }

    [Fact]
    public async Task When_the_connector_is_unavailable_three_times_the_fourth_try_delivers_the_nudge_once()
    {
        var address = await _bot.AddressFromAsync("personal-message.json", Workspace);
        Connector.UnavailableNext(3);

        await _bot.Messenger.SendAsync(address, Nudge("Prep for tomorrow's call"));

        Assert.Equal([503, 503, 503, 200], Connector.Received.Select(r => r.Status));
        Assert.Single(Connector.Requests);
    }

    [Fact]
    public async Task When_the_connector_stays_unavailable_the_send_gives_up_after_its_tries_as_worth_trying_later()
    {
        var address = await _bot.AddressFromAsync("personal-message.json", Workspace);
        Connector.UnavailableNext(int.MaxValue);

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => _bot.Messenger.SendAsync(address, Nudge("Prep for tomorrow's call")));

        Assert.True(failure.IsTransient);
        Assert.Empty(Connector.Requests);
        Assert.Equal(new TeamsDeliveryOptions().MaxAttempts, Connector.Received.Count);
    }

    [Fact]
    public async Task When_Teams_asks_for_a_longer_wait_than_a_send_holds_on_the_nudge_is_handed_back_with_that_wait()
    {
        var address = await _bot.AddressFromAsync("personal-message.json", Workspace);
        Connector.ThrottleNext(1, retryAfterSeconds: 120);

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => _bot.Messenger.SendAsync(address, Nudge("Prep for tomorrow's call")));

        Assert.True(failure.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(120), failure.RetryAfter);
        Assert.Single(Connector.Received);
    }

    [Theory]
    [InlineData(403, "uninstalled")]
    [InlineData(404, "uninstalled")]
    [InlineData(401, "MicrosoftAppPassword")]
    [InlineData(400, "malformed")]
    public async Task A_refusal_that_will_not_change_fails_at_once_without_trying_again_and_says_why(int status, string reason)
    {
        var address = await _bot.AddressFromAsync("personal-message.json", Workspace);
        Connector.AnswerNext(1, status);

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => _bot.Messenger.SendAsync(address, Nudge("Prep for tomorrow's call")));

        Assert.False(failure.IsTransient);
        Assert.Contains(reason, failure.Message, StringComparison.Ordinal);
        Assert.Single(Connector.Received);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task When_the_connector_cannot_be_reached_the_send_fails_as_worth_trying_later()
    {
        var address = await _bot.AddressFromAsync("personal-message.json", Workspace, json => json["serviceUrl"] = "http://127.0.0.1:9/");

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => _bot.Messenger.SendAsync(address, Nudge("Prep for tomorrow's call")));

        Assert.True(failure.IsTransient);
        Assert.IsType<HttpRequestException>(failure.InnerException);
    }

    [Fact]
    public async Task In_local_mode_a_stored_address_off_this_machine_is_refused_without_trying()
    {
        // Authentication is off, so nothing vouches for the service URL an activity named: the messenger posts to this machine only.
        var address = await _bot.AddressFromAsync("personal-message.json", Workspace, json => json["serviceUrl"] = "http://bot-connector.invalid/");

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => _bot.Messenger.SendAsync(address, Nudge("Prep for tomorrow's call")));

        Assert.False(failure.IsTransient);
        Assert.Contains("this machine", failure.Message, StringComparison.Ordinal);
        Assert.Empty(_time.Waits); // not tried again
    }

    [Fact]
    public async Task A_failed_update_is_reported_too()
    {
        var address = await _bot.AddressFromAsync("personal-message.json", Workspace);
        Connector.AnswerNext(1, 404);

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => _bot.Messenger.UpdateAsync(address, "bot-activity-7", Nudge("Thanks")));

        Assert.False(failure.IsTransient);
    }

    private static OutboundMessage Nudge(string title) => new(null, Card(title), Guid.NewGuid());

    private static SummaryView Card(string title) =>
        new(title, null, [], [], [ActionButton.For("Open the checklist", Verbs.ListInterviews, primary: true)]);
}
