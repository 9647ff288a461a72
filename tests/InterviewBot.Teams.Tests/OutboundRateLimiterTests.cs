using InterviewBot.Core.Domain;
using Microsoft.Extensions.Time.Testing;

namespace InterviewBot.Teams.Tests;

/// <summary>
/// The limiter's decisions on a fake clock that only moves when the test moves it: which request
/// must wait, and until the fake clock reaches what. Nothing here waits for real time.
/// </summary>
public class OutboundRateLimiterTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _time = new();
    private readonly OutboundRateLimiter _limiter;

    public OutboundRateLimiterTests() => _limiter = new OutboundRateLimiter(new TeamsDeliveryOptions(), _time);

    [Fact]
    public async Task The_eighth_message_to_a_chat_waits_until_a_second_after_the_first_was_answered()
    {
        var chat = Chat(Guid.NewGuid());
        for (var i = 0; i < 7; i++) await SendAsync(chat);

        using var turn = await _limiter.EnterAsync(chat);
        var eighth = turn.RequestAsync();
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(eighth.IsCompleted);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        (await eighth.WaitAsync(HangGuard)).Dispose();
    }

    [Fact]
    public async Task The_ninth_message_in_two_seconds_waits_for_the_two_second_window_too()
    {
        var chat = Chat(Guid.NewGuid());
        for (var i = 0; i < 7; i++) await SendAsync(chat);
        _time.Advance(TimeSpan.FromSeconds(1));
        await SendAsync(chat);

        using var turn = await _limiter.EnterAsync(chat);
        var ninth = turn.RequestAsync();
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(ninth.IsCompleted);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        (await ninth.WaitAsync(HangGuard)).Dispose();
    }

    [Fact]
    public async Task Fifty_messages_in_a_second_fill_the_tenant_but_not_another_tenant()
    {
        var tenant = Guid.NewGuid();
        for (var i = 0; i < 50; i++) await SendAsync(Chat(tenant));

        using var sameTenant = await _limiter.EnterAsync(Chat(tenant));
        var waiting = sameTenant.RequestAsync();
        using var otherTenant = await _limiter.EnterAsync(Chat(Guid.NewGuid()));
        (await otherTenant.RequestAsync().WaitAsync(HangGuard)).Dispose();
        Assert.False(waiting.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1));
        (await waiting.WaitAsync(HangGuard)).Dispose();
    }

    [Fact]
    public async Task A_request_still_waiting_for_its_answer_keeps_its_place_in_the_window_until_it_is_answered()
    {
        var tenant = Guid.NewGuid();
        var inFlight = new List<IDisposable>();
        var turns = new List<OutboundRateLimiter.ConversationTurn>();
        for (var i = 0; i < 50; i++)
        {
            turns.Add(await _limiter.EnterAsync(Chat(tenant)));
            inFlight.Add(await turns[^1].RequestAsync());
        }

        using var turn = await _limiter.EnterAsync(Chat(tenant));
        var next = turn.RequestAsync();
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.False(next.IsCompleted);

        inFlight[0].Dispose(); // answered now: it counts as arriving as late as now
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        (await next.WaitAsync(HangGuard)).Dispose();

        inFlight.ForEach(r => r.Dispose());
        turns.ForEach(t => t.Dispose());
    }

    [Fact]
    public async Task Messages_to_one_chat_go_one_at_a_time_in_the_order_they_came()
    {
        var chat = Chat(Guid.NewGuid());
        var first = await _limiter.EnterAsync(chat);
        var second = _limiter.EnterAsync(chat);
        var third = _limiter.EnterAsync(chat);
        Assert.False(second.IsCompleted);

        first.Dispose();
        using (await second.WaitAsync(HangGuard))
        {
            Assert.False(third.IsCompleted);
        }
        (await third.WaitAsync(HangGuard)).Dispose();
    }

    private async Task SendAsync(ConversationAddress chat)
    {
        using var turn = await _limiter.EnterAsync(chat);
        using var request = await turn.RequestAsync().WaitAsync(HangGuard);
    }

    private static ConversationAddress Chat(Guid tenant) =>
        new(tenant, Guid.NewGuid(), Platforms.Teams, $"a:{Guid.NewGuid():N}", isPersonal: true, "{}", DateTime.UtcNow);
}
