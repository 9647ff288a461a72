using System.Runtime.ExceptionServices;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Ports;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace InterviewBot.Teams;

/// <summary>
/// Sends and updates messages the bot starts itself (nudges) in a Teams chat or channel it was
/// told about earlier, through the adapter's proactive path. Each message waits for room under
/// Teams' rate limits (<see cref="OutboundRateLimiter"/>) and is tried again, with growing jittered
/// waits, while Teams throttles or is briefly unavailable; after that the transient
/// <see cref="DeliveryException"/> lets the nudge scheduler try again much later.
/// </summary>
public sealed class TeamsMessenger : IMessenger
{
    private readonly InterviewBotAdapter _adapter;
    private readonly BotFrameworkSettings _settings;
    private readonly OutboundRateLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly ILogger<TeamsMessenger> _logger;
    private readonly ResiliencePipeline _retries;

    public TeamsMessenger(InterviewBotAdapter adapter, BotFrameworkSettings settings, OutboundRateLimiter limiter,
        TeamsDeliveryOptions options, TimeProvider time, ILogger<TeamsMessenger> logger)
    {
        _adapter = adapter;
        _settings = settings;
        _limiter = limiter;
        _time = time;
        _logger = logger;
        _retries = BuildRetries(options, time, logger);
    }

    public string Platform => Platforms.BotFramework;

    public Task<string> SendAsync(ConversationAddress address, OutboundMessage message, CancellationToken cancellationToken = default) =>
        DeliverAsync(address, message, messageId: null, cancellationToken);

    public async Task UpdateAsync(ConversationAddress address, string messageId, OutboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        await DeliverAsync(address, message, messageId, cancellationToken);
    }

    private async Task<string> DeliverAsync(ConversationAddress address, OutboundMessage message, string? messageId, CancellationToken ct)
    {
        var reference = ReferenceOf(address);
        using var turn = await _limiter.EnterAsync(address, ct);
        try
        {
            return await _retries.ExecuteAsync(async token =>
            {
                using (await turn.RequestAsync(token))
                    return await PostOnceAsync(reference, message, messageId, token);
            }, ct);
        }
        catch (DeliveryException failure)
        {
            Log.DeliveryFailed(_logger, failure, address.ConversationId, failure.IsTransient);
            throw;
        }
    }

    /// <summary>One request to the Bot Connector, through the adapter's proactive path (its credentials, its pooled HTTP client).</summary>
    private async Task<string> PostOnceAsync(ConversationReference reference, OutboundMessage message, string? messageId, CancellationToken ct)
    {
        ResourceResponse? answer = null;
        Exception? failure = null;
        try
        {
            // An empty app id (local mode) gives anonymous credentials: no token, no Authorization header.
            await _adapter.ContinueConversationAsync(_settings.AppId ?? "", reference, async (turnContext, token) =>
            {
                // Caught here rather than left to the adapter: its turn-error handler would log it,
                // reset the person's half-finished question and swallow it.
                try
                {
                    var connector = turnContext.TurnState.Get<IConnectorClient>();
                    var activity = ToActivity(message, reference, messageId);
                    answer = messageId is null
                        ? await connector.Conversations.SendToConversationAsync(activity.Conversation.Id, activity, token)
                        : await connector.Conversations.UpdateActivityAsync(activity.Conversation.Id, messageId, activity, token);
                }
                catch (Exception sendFailure)
                {
                    failure = sendFailure;
                }
            }, ct);
        }
        catch (Exception adapterFailure)
        {
            failure = adapterFailure;
        }

        if (failure is null) return answer?.Id ?? messageId ?? "";
        if (failure is OperationCanceledException && ct.IsCancellationRequested) ExceptionDispatchInfo.Throw(failure);
        throw ConnectorFailures.ToDeliveryException(failure, _time);
    }

    /// <summary>
    /// The message as a new activity in the conversation. Not a reply: <c>turnContext.SendActivityAsync</c>
    /// in a proactive turn would set replyToId to the made-up id of the continuation event and post to
    /// <c>…/activities/{that id}</c>, which in a channel means a reply in a thread that does not exist.
    /// </summary>
    private static Activity ToActivity(OutboundMessage message, ConversationReference reference, string? messageId)
    {
        var activity = ReplySender.ToActivity(new BotReply(message.Text, message.Card, message.CardId, ReplacesCard: messageId is not null));
        activity.ApplyConversationReference(reference, isIncoming: false);
        activity.ReplyToId = null;
        activity.Id = messageId;
        return activity;
    }

    private ConversationReference ReferenceOf(ConversationAddress address)
    {
        if (address.Platform != Platform)
            throw new DeliveryException($"Conversation {address.Id} is on {address.Platform}, not Teams.", isTransient: false);
        ConversationReference? reference;
        try
        {
            reference = ConversationBook.Read(address);
        }
        catch (Exception unreadable) when (unreadable is Newtonsoft.Json.JsonException or InvalidOperationException)
        {
            throw new DeliveryException($"The stored Teams address of conversation {address.Id} cannot be read.", isTransient: false, inner: unreadable);
        }
        if (string.IsNullOrEmpty(reference.ServiceUrl) || string.IsNullOrEmpty(reference.Conversation?.Id))
            throw new DeliveryException($"The stored Teams address of conversation {address.Id} has no service URL or conversation id.", isTransient: false);
        return reference;
    }

    /// <summary>
    /// Transient failures are tried again, waiting as long as Retry-After says or else 1, 2, 4… seconds
    /// with jitter, each wait capped. A Retry-After beyond the cap ends the send at once: the scheduler
    /// can wait that long far more cheaply than a held request can.
    /// </summary>
    private static ResiliencePipeline BuildRetries(TeamsDeliveryOptions options, TimeProvider time, ILogger logger)
    {
        if (options.MaxAttempts < 1) throw new ArgumentException("TeamsDeliveryOptions.MaxAttempts must be at least 1.", nameof(options));
        if (options.MaxAttempts == 1) return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<DeliveryException>(e =>
                    e.IsTransient && (e.RetryAfter is null || e.RetryAfter <= options.MaxRetryDelay)),
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.FirstRetryDelay,
                MaxDelay = options.MaxRetryDelay,
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is DeliveryException { RetryAfter: { } after } ? after : (TimeSpan?)null),
                OnRetry = args =>
                {
                    Log.Retrying(logger, args.Outcome.Exception, args.AttemptNumber + 2, args.RetryDelay); // AttemptNumber is zero-based
                    return default;
                },
            })
            .Build();
    }
}
