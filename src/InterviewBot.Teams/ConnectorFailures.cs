using System.Net;
using System.Net.Http.Headers;
using InterviewBot.Core.Ports;
using Microsoft.Bot.Schema;
using Microsoft.Identity.Client;

namespace InterviewBot.Teams;

/// <summary>
/// What a failed Bot Connector request means for a proactive message: worth trying again (throttled,
/// the service briefly down, the network) or not (the bot was removed, the request is wrong).
/// Bot Connector errors arrive as <see cref="ErrorResponseException"/> with the HTTP response.
/// </summary>
internal static class ConnectorFailures
{
    public static DeliveryException ToDeliveryException(Exception failure, TimeProvider time)
    {
        // Bot Builder gets the bot's token with retries of its own and throws what they met as one AggregateException.
        var tokenFailure = failure as AggregateException;
        var cause = tokenFailure is { InnerExceptions.Count: > 0 } ? tokenFailure.InnerExceptions[^1] : failure;
        var forToken = tokenFailure is not null || cause is MsalException;
        return cause switch
        {
            DeliveryException delivery => delivery,
            ServiceUrlRefusedException refused => new DeliveryException(refused.Message, isTransient: false, inner: failure),
            ErrorResponseException { Response: not null } refused => FromResponse(refused, time),
            // The network, like a 5xx, is worth trying again: DNS, a refused or reset connection, a timeout.
            _ when NetworkFailure.Describe(cause) is { } why => new DeliveryException(
                (forToken ? "Could not get a token for the bot: " : "Could not reach the Teams Bot Connector: ") + why, isTransient: true, inner: failure),
            MsalException { IsRetryable: true } => new DeliveryException("Could not get a token for the bot: " + cause.Message, isTransient: true, inner: failure),
            MsalException => new DeliveryException("The bot's Microsoft app credentials were refused: " + cause.Message, isTransient: false, inner: failure),
            _ => new DeliveryException($"Sending to Teams failed: {cause.Message}", isTransient: false, inner: failure),
        };
    }

    private static DeliveryException FromResponse(ErrorResponseException refused, TimeProvider time)
    {
        var status = refused.Response.StatusCode;
        var detail = refused.Body?.Error is { } error && !string.IsNullOrEmpty(error.Code) ? $" [{error.Code}: {error.Message}]" : "";
        var code = $"{(int)status} {status}";
        return status switch
        {
            HttpStatusCode.TooManyRequests => Transient($"Teams is throttling the bot ({code}){detail}."),
            HttpStatusCode.PreconditionFailed => Transient($"Teams asked the bot to try again ({code}){detail}."),
            HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
                Transient($"The Teams Bot Connector is unavailable ({code}){detail}."),
            HttpStatusCode.Forbidden => Permanent($"Teams refused the message ({code}){detail}: the bot is not in this conversation any more – it was probably uninstalled, or the person blocked it."),
            HttpStatusCode.NotFound => Permanent($"Teams does not know this conversation or message ({code}){detail}: the bot was probably uninstalled, or the chat was deleted."),
            HttpStatusCode.Unauthorized => Permanent($"Teams refused the bot's credentials ({code}){detail}: check MicrosoftAppId and MicrosoftAppPassword."),
            HttpStatusCode.BadRequest => Permanent($"Teams refused the message as malformed ({code}){detail}."),
            _ when (int)status >= 500 => Transient($"The Teams Bot Connector failed ({code}){detail}."),
            _ => Permanent($"Teams refused the message ({code}){detail}."),
        };

        DeliveryException Transient(string message) => new(message, isTransient: true, RetryAfter(refused.Response, time), refused);
        DeliveryException Permanent(string message) => new(message, isTransient: false, inner: refused);
    }

    /// <summary>Retry-After as seconds or as an HTTP date.</summary>
    internal static TimeSpan? RetryAfter(Microsoft.Rest.HttpResponseMessageWrapper response, TimeProvider time)
    {
        var value = response.Headers
            .FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?
            .FirstOrDefault();
        if (value is null || !RetryConditionHeaderValue.TryParse(value, out var parsed)) return null;
        var wait = parsed.Delta ?? parsed.Date - time.GetUtcNow();
        return wait is { } w && w > TimeSpan.Zero ? w : TimeSpan.Zero;
    }
}
