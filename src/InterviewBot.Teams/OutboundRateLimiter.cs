using InterviewBot.Core.Domain;

namespace InterviewBot.Teams;

/// <summary>
/// Keeps proactive sends under Teams' rate limits, per conversation and per tenant (workspace), by
/// making them wait rather than dropping them. One message at a time goes to a conversation, all its
/// tries included, so messages to one person arrive in the order they were sent.
/// </summary>
/// <remarks>
/// A request counts from the moment it starts until its answer comes back: Teams counts it when it
/// arrives, somewhere in between, so a request may start only when the one it would push over a
/// limit was answered a whole window earlier. That holds however slow the network is, without a
/// safety margin.
/// <para>
/// Not System.Threading.RateLimiting: its window limiters read the system clock rather than a
/// <see cref="TimeProvider"/>, count a permit from when it is granted rather than when the request
/// is answered, free permits at segment boundaries (up to one segment early), and when chained hold
/// the conversation's permit while waiting for the tenant's – each lets through a burst Teams would
/// count as over the limit.
/// </para>
/// The counts are per process: several bot instances each keep their own.
/// </remarks>
internal sealed class OutboundRateLimiter
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(5);

    private readonly object _sync = new();
    private readonly Dictionary<string, SendLog> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SendLog> _tenants = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<RateWindow> _perConversation;
    private readonly IReadOnlyList<RateWindow> _perTenant;
    private readonly TimeProvider _time;
    private readonly long _origin;
    private TaskCompletionSource _answered = NewSignal();
    private TimeSpan _lastSweep;

    public OutboundRateLimiter(TeamsDeliveryOptions options, TimeProvider time)
    {
        _perConversation = Check(options.PerConversation);
        _perTenant = Check(options.PerTenant);
        _time = time;
        _origin = time.GetTimestamp();
    }

    /// <summary>
    /// Waits until earlier messages to the conversation are done, then holds it for one message
    /// until the turn is disposed. Each request within the turn then waits for room with
    /// <see cref="ConversationTurn.RequestAsync"/>.
    /// </summary>
    public async Task<ConversationTurn> EnterAsync(ConversationAddress address, CancellationToken cancellationToken = default)
    {
        SendLog conversation, tenant;
        lock (_sync)
        {
            SweepIfDue();
            conversation = Rent(_conversations, $"{address.WorkspaceId:N}/{address.ConversationId}", _perConversation);
            tenant = Rent(_tenants, address.WorkspaceId.ToString("N"), _perTenant);
        }
        try
        {
            await conversation.Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            lock (_sync) { conversation.Holders--; tenant.Holders--; }
            throw;
        }
        return new ConversationTurn(this, conversation, tenant);
    }

    private async Task<IDisposable> RequestAsync(SendLog conversation, SendLog tenant, CancellationToken ct)
    {
        while (true)
        {
            Task wake;
            lock (_sync)
            {
                var now = Now;
                var start = Later(conversation.EarliestStart(now), tenant.EarliestStart(now));
                if (start is { } at && at <= now)
                {
                    var request = new SentRequest(now);
                    conversation.Add(request, now);
                    tenant.Add(request, now);
                    return new Answer(this, request);
                }
                // Either a known time, or too many requests still unanswered: wait for one to come back.
                wake = start is { } later ? Task.Delay(later - now, _time, ct) : _answered.Task.WaitAsync(ct);
            }
            await wake.ConfigureAwait(false);
        }
    }

    private void Answered(SentRequest request)
    {
        TaskCompletionSource signal;
        lock (_sync)
        {
            if (request.End is not null) return;
            request.End = Now;
            signal = _answered;
            _answered = NewSignal();
        }
        signal.TrySetResult();
    }

    private void Leave(SendLog conversation, SendLog tenant)
    {
        conversation.Turn.Release();
        lock (_sync) { conversation.Holders--; tenant.Holders--; }
    }

    private TimeSpan Now => _time.GetElapsedTime(_origin);

    private static SendLog Rent(Dictionary<string, SendLog> logs, string key, IReadOnlyList<RateWindow> windows)
    {
        if (!logs.TryGetValue(key, out var log)) logs[key] = log = new SendLog(windows);
        log.Holders++;
        return log;
    }

    /// <summary>Forgets conversations and tenants nobody is sending to whose requests have all left every window.</summary>
    private void SweepIfDue()
    {
        var now = Now;
        if (now - _lastSweep < SweepEvery) return;
        _lastSweep = now;
        foreach (var logs in new[] { _conversations, _tenants })
        {
            foreach (var (key, log) in logs.Where(l => l.Value.IsIdle(now)).ToList()) logs.Remove(key);
        }
    }

    private static TimeSpan? Later(TimeSpan? a, TimeSpan? b) => a is null || b is null ? null : a > b ? a : b;

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static IReadOnlyList<RateWindow> Check(IReadOnlyList<RateWindow> windows)
    {
        if (windows.Any(w => w.Count < 1 || w.Period <= TimeSpan.Zero))
            throw new ArgumentException("Every rate window needs a count of at least 1 and a positive period.", nameof(windows));
        return windows;
    }

    /// <summary>One message's hold on a conversation; see <see cref="EnterAsync"/>.</summary>
    public sealed class ConversationTurn : IDisposable
    {
        private readonly OutboundRateLimiter _limiter;
        private readonly SendLog _conversation;
        private readonly SendLog _tenant;
        private int _left;

        internal ConversationTurn(OutboundRateLimiter limiter, SendLog conversation, SendLog tenant) =>
            (_limiter, _conversation, _tenant) = (limiter, conversation, tenant);

        /// <summary>Waits for room under every limit; dispose the result when the answer has come back.</summary>
        public Task<IDisposable> RequestAsync(CancellationToken cancellationToken = default) =>
            _limiter.RequestAsync(_conversation, _tenant, cancellationToken);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0) _limiter.Leave(_conversation, _tenant);
        }
    }

    private sealed class Answer(OutboundRateLimiter limiter, SentRequest request) : IDisposable
    {
        public void Dispose() => limiter.Answered(request);
    }

    internal sealed class SentRequest(TimeSpan start)
    {
        public TimeSpan Start { get; } = start;
        public TimeSpan? End { get; set; }
    }

    /// <summary>The recent requests of one conversation or tenant. Guarded by the limiter's lock.</summary>
    internal sealed class SendLog(IReadOnlyList<RateWindow> windows)
    {
        private readonly List<SentRequest> _requests = [];
        private readonly TimeSpan _longest = windows.Count == 0 ? TimeSpan.Zero : windows.Max(w => w.Period);

        /// <summary>One message at a time per conversation (FIFO: SemaphoreSlim serves async waiters in order).</summary>
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public int Holders { get; set; }

        public void Add(SentRequest request, TimeSpan now)
        {
            _requests.RemoveAll(r => r.End is { } end && end + _longest <= now);
            _requests.Add(request);
        }

        /// <summary>
        /// When a request may start: for each window, the request it would make one too many must have
        /// been answered a whole period before. Null when that request is still unanswered.
        /// </summary>
        public TimeSpan? EarliestStart(TimeSpan now)
        {
            var start = now;
            if (_requests.Count == 0) return start;
            var ends = _requests.Select(r => r.End ?? TimeSpan.MaxValue).OrderDescending().ToList();
            foreach (var window in windows)
            {
                if (ends.Count < window.Count) continue;
                var crowded = ends[window.Count - 1];
                if (crowded == TimeSpan.MaxValue) return null;
                if (crowded + window.Period > start) start = crowded + window.Period;
            }
            return start;
        }

        public bool IsIdle(TimeSpan now) =>
            Holders == 0 && _requests.All(r => r.End is { } end && end + _longest <= now);
    }
}
