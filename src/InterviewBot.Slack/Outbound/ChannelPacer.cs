using System.Collections.Concurrent;

namespace InterviewBot.Slack.Outbound;

/// <summary>
/// Keeps the bot's own posts to about one message per second per channel, Slack's rule for
/// chat.postMessage: posts to a channel wait their turn, in order, rather than being refused with a
/// 429. The second counts from the start of the previous post (when Slack received it), not from its
/// answer, so a slow Web API does not halve the pace; a post still waits for the one before it to be
/// answered, which keeps them in order. Per process; a 429 that still comes is waited out by the HTTP client.
/// </summary>
internal sealed class ChannelPacer(TimeProvider clock)
{
    public static readonly TimeSpan Spacing = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Lane> _lanes = new(StringComparer.Ordinal);

    /// <summary>Waits until the channel may take a message; dispose the result once it was sent.</summary>
    public async Task<IDisposable> WaitTurnAsync(string channel, CancellationToken cancellationToken = default)
    {
        var lane = _lanes.GetOrAdd(channel, _ => new Lane());
        await lane.Gate.WaitAsync(cancellationToken);
        try
        {
            if (lane.LastSent is { } last)
            {
                var wait = Spacing - clock.GetElapsedTime(last);
                if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, cancellationToken);
            }
            lane.LastSent = clock.GetTimestamp();
        }
        catch
        {
            lane.Gate.Release();
            throw;
        }
        return new Turn(lane);
    }

    private sealed class Lane
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public long? LastSent { get; set; }
    }

    private sealed class Turn(Lane lane) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) != 0) return;
            lane.Gate.Release();
        }
    }
}
