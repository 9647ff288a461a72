using InterviewBot.Core.Domain;
using InterviewBot.Core.Views;

namespace InterviewBot.Core.Ports;

/// <summary>A message the bot sends on its own: text, a card, or both. The card is kept under <see cref="CardId"/>.</summary>
public sealed record OutboundMessage(string? Text, CardView? Card, Guid CardId);

/// <summary>
/// Sends and updates messages in a conversation the bot was told about earlier – a person's 1:1
/// chat or a team channel. One implementation per platform (Teams, Slack).
/// </summary>
public interface IMessenger
{
    /// <summary>The <see cref="ConversationAddress.Platform"/> this messenger serves.</summary>
    string Platform { get; }

    /// <summary>Posts the message and returns the platform's id for it.</summary>
    /// <exception cref="DeliveryException">The platform refused or could not be reached.</exception>
    Task<string> SendAsync(ConversationAddress address, OutboundMessage message, CancellationToken cancellationToken = default);

    /// <exception cref="DeliveryException">The platform refused or could not be reached.</exception>
    Task UpdateAsync(ConversationAddress address, string messageId, OutboundMessage message, CancellationToken cancellationToken = default);
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
