namespace InterviewBot.Teams;

/// <summary>At most <see cref="Count"/> requests in any <see cref="Period"/>.</summary>
public sealed record RateWindow(int Count, TimeSpan Period);

/// <summary>
/// How proactive messages (nudges) go out to Teams: Teams' own rate limits, and how long one send
/// keeps trying before it hands the message back to the nudge scheduler.
/// </summary>
public sealed record TeamsDeliveryOptions
{
    /// <summary>Teams' limits per bot per conversation (msteams-docs, bots/how-to/rate-limit.md).</summary>
    public IReadOnlyList<RateWindow> PerConversation { get; init; } =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];

    /// <summary>Teams' limit per app per tenant (about 50 requests a second).</summary>
    public IReadOnlyList<RateWindow> PerTenant { get; init; } = [new(50, TimeSpan.FromSeconds(1))];

    /// <summary>Tries per message, the first included.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The first wait between tries; it doubles each time, with jitter.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait between two tries. With <see cref="MaxAttempts"/> it bounds a send's waiting
    /// (4 waits × 30 s = 2 minutes). A Retry-After longer than this ends the send at once, so the
    /// scheduler tries again at the time Teams asked for.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one request to the Bot Connector may take before it counts as a network failure.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
