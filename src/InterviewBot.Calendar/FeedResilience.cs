namespace InterviewBot.Calendar;

/// <summary>
/// How the feed's client retries and when it gives a calendar host a rest: per host, two retries after a
/// server error, a timeout or a broken connection (from <see cref="RetryDelay"/>, doubling, with jitter), and a
/// circuit breaker that stops requests to the host for <see cref="BreakDuration"/> once half of at least four
/// requests in five minutes failed. A poll comes every 10 minutes anyway, so the retries are few and short.
/// The clock of the breaker and of the delays is the container's <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>A test that counts requests replaces <see cref="Default"/> with no delay between retries, rather than wait.</remarks>
public sealed record FeedResilience(TimeSpan RetryDelay)
{
    public const int Retries = 2;
    public const double FailureRatio = 0.5;
    public const int MinimumThroughput = 4;
    public static readonly TimeSpan SamplingDuration = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan BreakDuration = TimeSpan.FromMinutes(5);

    public static FeedResilience Default { get; } = new(TimeSpan.FromSeconds(2));
}
