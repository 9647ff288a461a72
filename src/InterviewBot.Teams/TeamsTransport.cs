using System.Runtime.ExceptionServices;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace InterviewBot.Teams;

/// <summary>
/// The way out to Teams for replies and for messages the bot starts itself (nudges, team posts).
/// A reply goes through the turn's own context, to the connector the activity came from. A message
/// to a stored address goes through the adapter's proactive path: it waits for room under Teams'
/// rate limits (<see cref="OutboundRateLimiter"/>) and is tried again, with growing jittered waits,
/// while Teams throttles or is briefly unavailable; after that the transient
/// <see cref="DeliveryException"/> lets the nudge scheduler try again much later. Teams has no
/// modals, App Home or messages only one person in a channel sees: those answer false and the core
/// posts an ordinary message.
/// </summary>
internal sealed class TeamsTransport : IChatTransport
{
    private readonly InterviewBotAdapter _adapter;
    private readonly BotFrameworkSettings _settings;
    private readonly OutboundRateLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly ILogger<TeamsTransport> _logger;
    private readonly ResiliencePipeline _retries;

    public TeamsTransport(InterviewBotAdapter adapter, BotFrameworkSettings settings, OutboundRateLimiter limiter,
        TeamsDeliveryOptions options, TimeProvider time, ILogger<TeamsTransport> logger)
    {
        _adapter = adapter;
        _settings = settings;
        _limiter = limiter;
        _time = time;
        _logger = logger;
        _retries = BuildRetries(options, time, logger);
    }

    public string Platform => Platforms.Teams;

    public async Task<string> PostAsync(ChatDestination destination, OutboundMessage message, CancellationToken cancellationToken = default)
    {
        if (destination.Turn is TeamsTurn turn)
        {
            var response = await turn.Context.SendActivityAsync(TeamsActivities.Of(message), cancellationToken);
            return response?.Id ?? "";
        }
        return await DeliverAsync(Stored(destination), message, messageId: null, newThread: false, cancellationToken);
    }

    public async Task UpdateAsync(ChatDestination destination, string messageId, OutboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        if (destination.Turn is TeamsTurn turn)
        {
            var activity = TeamsActivities.Of(message);
            activity.Id = messageId;
            await turn.Context.UpdateActivityAsync(activity, cancellationToken);
            return;
        }
        await DeliverAsync(Stored(destination), message, messageId, newThread: false, cancellationToken);
    }

    /// <summary>
    /// In a team's channel, a new conversation of its own – not a reply in the thread the channel's
    /// address was learnt from (its id carries that message: "19:…@thread.tacv2;messageid=…"). Group
    /// chats and 1:1 chats have no threads: the message is simply posted.
    /// </summary>
    public Task<string> StartThreadAsync(ConversationAddress channel, OutboundMessage message, CancellationToken cancellationToken = default) =>
        DeliverAsync(channel, message, messageId: null, newThread: true, cancellationToken);

    public Task<bool> OpenFormAsync(ChatDestination destination, OutboundMessage form, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public Task<bool> ShowOnlyToAskerAsync(ChatDestination destination, OutboundMessage message, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public bool HasHome => false;

    public Task<bool> PublishHomeAsync(ChatDestination destination, OutboundMessage home, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public Task EndTurnAsync(TransportTurn turn, CancellationToken cancellationToken = default) => Task.CompletedTask;

    private static ConversationAddress Stored(ChatDestination destination) =>
        destination.Address ?? throw new DeliveryException("Nowhere to send: neither a stored address nor a Teams turn.", isTransient: false);

    private async Task<string> DeliverAsync(ConversationAddress address, OutboundMessage message, string? messageId, bool newThread, CancellationToken ct)
    {
        var reference = ReferenceOf(address);
        var thread = newThread && messageId is null ? ChannelOf(reference) : null;
        using var turn = await _limiter.EnterAsync(address, ct);
        try
        {
            return await _retries.ExecuteAsync(async token =>
            {
                using (await turn.RequestAsync(token))
                    return await PostOnceAsync(reference, message, messageId, thread, token);
            }, ct);
        }
        catch (DeliveryException failure)
        {
            Log.DeliveryFailed(_logger, failure, address.ConversationId, failure.IsTransient);
            throw;
        }
    }

    /// <summary>The channel a team channel's reference points into, or null for chats that have no threads.</summary>
    private static string? ChannelOf(ConversationReference reference)
    {
        if (reference.Conversation?.ConversationType != "channel" || string.IsNullOrEmpty(reference.Conversation.Id)) return null;
        var id = reference.Conversation.Id;
        var cut = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return cut < 0 ? id : id[..cut];
    }

    /// <summary>One request to the Bot Connector, through the adapter's proactive path (its credentials, its pooled HTTP client).</summary>
    private async Task<string> PostOnceAsync(ConversationReference reference, OutboundMessage message, string? messageId, string? newThreadIn, CancellationToken ct)
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
                    if (newThreadIn is not null)
                    {
                        var created = await connector.Conversations.CreateConversationAsync(NewThread(reference, newThreadIn, activity), token);
                        answer = new ResourceResponse(created?.ActivityId ?? "");
                    }
                    else
                    {
                        answer = messageId is null
                            ? await connector.Conversations.SendToConversationAsync(activity.Conversation.Id, activity, token)
                            : await connector.Conversations.UpdateActivityAsync(activity.Conversation.Id, messageId, activity, token);
                    }
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
        var activity = TeamsActivities.Of(message);
        activity.ApplyConversationReference(reference, isIncoming: false);
        activity.ReplyToId = null;
        activity.Id = messageId;
        return activity;
    }

    /// <summary>Teams' request for a new conversation in a team's channel, with the message as its first post.</summary>
    private static ConversationParameters NewThread(ConversationReference reference, string channelId, Activity activity)
    {
        var tenant = reference.Conversation?.TenantId;
        activity.Conversation = null;
        return new ConversationParameters
        {
            IsGroup = true,
            Bot = reference.Bot,
            TenantId = tenant,
            ChannelData = new TeamsChannelData { Channel = new ChannelInfo(channelId), Tenant = tenant is null ? null : new TenantInfo(tenant) },
            Activity = activity,
        };
    }

    private ConversationReference ReferenceOf(ConversationAddress address)
    {
        if (address.Platform != Platform)
            throw new DeliveryException($"Conversation {address.Id} is on {address.Platform}, not Teams.", isTransient: false);
        ConversationReference? reference;
        try
        {
            reference = TeamsAddresses.Read(address);
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
