namespace InterviewBot.Core.Ports;

/// <summary>A message the bot sends: text, a card, or both. The card is kept under <see cref="CardId"/>.</summary>
public sealed record OutboundMessage(string? Text, CardView? Card, Guid CardId);

/// <summary>
/// Where a message goes: a stored address (a person's 1:1 chat, a team channel) for messages the bot
/// starts itself, or the conversation of the turn being answered, whose platform handles (a Bot
/// Framework turn, a Slack trigger id or response_url) travel in <see cref="Turn"/> untouched by the core.
/// </summary>
public sealed record ChatDestination(ConversationAddress? Address, TransportTurn? Turn = null)
{
    public static ChatDestination Stored(ConversationAddress address) => new(address);

    public static ChatDestination InTurn(TransportTurn turn) => new(null, turn);
}

/// <summary>A channel's own handles on the turn it is answering; the core only passes it back to that channel.</summary>
public abstract class TransportTurn
{
    /// <summary>The conversation the turn came from.</summary>
    public abstract string ConversationId { get; }

    /// <summary>The platform's id of the message a button was tapped on, when the tap says it.</summary>
    public virtual string? TappedMessageId => null;
}

/// <summary>
/// The one way out to a chat platform, used by a turn's replies and by the messages the bot starts
/// itself (nudges, team posts, notices) alike. A channel implements it and translates inbound
/// payloads; everything else – who is talking, what to say, what was sent where, saving – is the
/// core's (<see cref="Conversations.ConversationPipeline"/>, <see cref="FollowUp.NudgeDispatcher"/>).
/// </summary>
/// <remarks>
/// Methods answer false when the platform has no such thing (Teams has no modals, no App Home, no
/// message only one person in a channel sees); the core then posts an ordinary message instead.
/// </remarks>
public interface IChatTransport
{
    /// <summary>The <see cref="ConversationAddress.Platform"/> this transport serves.</summary>
    string Platform { get; }

    /// <summary>Posts a new message and returns the platform's id for it (empty when it gives none).</summary>
    /// <exception cref="DeliveryException">The platform refused or could not be reached.</exception>
    Task<string> PostAsync(ChatDestination destination, OutboundMessage message, CancellationToken cancellationToken = default);

    /// <summary>Replaces the message <paramref name="messageId"/> (a card updated in place).</summary>
    /// <exception cref="DeliveryException">The platform refused or could not be reached.</exception>
    Task UpdateAsync(ChatDestination destination, string messageId, OutboundMessage message, CancellationToken cancellationToken = default);

    /// <summary>Shows a form the platform's own way (a modal); false: post it as a card.</summary>
    Task<bool> OpenFormAsync(ChatDestination destination, OutboundMessage form, CancellationToken cancellationToken = default);

    /// <summary>In a shared conversation, a message only the person who asked sees; false: the platform has none.</summary>
    Task<bool> ShowOnlyToAskerAsync(ChatDestination destination, OutboundMessage message, CancellationToken cancellationToken = default);

    /// <summary>Whether the platform has a home view per person (Slack's App Home): without one, no home is built for it.</summary>
    bool HasHome { get; }

    /// <summary>The person's own home view (Slack's App Home); false: the platform has none.</summary>
    Task<bool> PublishHomeAsync(ChatDestination destination, OutboundMessage home, CancellationToken cancellationToken = default);

    /// <summary>
    /// Posts to a team channel as a new conversation of its own (a new thread in Teams, a top-level
    /// message in Slack), never as a reply in a thread someone started, and returns its id.
    /// </summary>
    /// <exception cref="DeliveryException">The platform refused or could not be reached.</exception>
    Task<string> StartThreadAsync(ConversationAddress channel, OutboundMessage message, CancellationToken cancellationToken = default);

    /// <summary>Every reply of the turn has been handed over: the platform may close what waits for them (a modal's answer).</summary>
    Task EndTurnAsync(TransportTurn turn, CancellationToken cancellationToken = default);
}

/// <summary>A send that did not go through. <see cref="IsTransient"/>: worth trying again later (after <see cref="RetryAfter"/> if given).</summary>
public sealed class DeliveryException : Exception
{
    public DeliveryException(string message, bool isTransient, TimeSpan? retryAfter = null, Exception? inner = null)
        : base(message, inner)
    {
        IsTransient = isTransient;
        RetryAfter = retryAfter;
    }

    public bool IsTransient { get; }
    public TimeSpan? RetryAfter { get; }
}

/// <summary>
/// The durable timer behind nudges (Quartz in production). It holds only nudge ids and times;
/// what to send is read from the database when a trigger fires.
/// </summary>
public interface INudgeScheduler
{
    /// <summary>Fires at <paramref name="dueUtc"/> (at once when that has passed); replaces an earlier time for the same nudge.</summary>
    Task ScheduleAsync(Guid nudgeId, DateTime dueUtc, CancellationToken cancellationToken = default);

    Task CancelAsync(Guid nudgeId, CancellationToken cancellationToken = default);

    /// <summary>Looks again at what is due now – after the local clock was moved forward.</summary>
    Task WakeAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// The nudge timers the scheduler holds, read on its clock: local mode walks its clock through them
/// one moment at a time, so that moving it a day delivers that day's nudges in order.
/// </summary>
public interface INudgeTimers
{
    /// <summary>The earliest time a nudge timer fires and the nudges it fires for, or null when none is set.</summary>
    Task<NextNudgeTimers?> NextAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether every timer due by now has run to its end (none waiting to fire, none firing).</summary>
    Task<bool> SettledAsync(CancellationToken cancellationToken = default);
}

/// <summary>The next moment nudge timers fire, and the nudges they fire for.</summary>
public sealed record NextNudgeTimers(DateTimeOffset At, IReadOnlyList<Guid> NudgeIds);
