namespace InterviewBot.Teams;

/// <summary>
/// What a failed check of an incoming Bot Framework token means. Bot Builder throws whatever the token
/// library throws – an <see cref="ArgumentException"/> for a token it cannot even decode, an
/// <see cref="InvalidOperationException"/> when the signing keys cannot be fetched – and its adapter turns
/// only <see cref="UnauthorizedAccessException"/> into a 401 (logging the whole exception as an error);
/// the rest became 500s. Here every failure is one of two answers: the token is refused (401), or it
/// cannot be checked right now because Bot Framework's OpenID metadata is out of reach (503).
/// </summary>
internal static class TokenCheck
{
    /// <summary>How long a caller should wait after a 503 before trying again; the channels retry on their own.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>The failure as <see cref="TokenRefusedException"/> or <see cref="TokenCheckUnavailableException"/>.</summary>
    public static Exception Classify(Exception failure) => failure switch
    {
        TokenRefusedException or TokenCheckUnavailableException => failure,
        _ when (NetworkFailure.Describe(failure) ?? MetadataUnreadable(failure)) is { } why => new TokenCheckUnavailableException(
            $"Bot Framework's signing keys (its OpenID metadata) could not be fetched to check the token ({why}).", failure),
        UnauthorizedAccessException => new TokenRefusedException(failure.Message, failure),
        _ => new TokenRefusedException($"The token could not be validated ({failure.GetType().Name}).", failure),
    };

    /// <summary>
    /// IdentityModel's "IDX20803: Unable to obtain configuration" for an answer it could not use (not JSON,
    /// no keys): the metadata is unavailable as surely as when the server cannot be reached.
    /// </summary>
    private static string? MetadataUnreadable(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is InvalidOperationException && e.Message.StartsWith("IDX20803", StringComparison.Ordinal)) return "its answer could not be used";
        }
        return null;
    }
}

/// <summary>The token of an incoming request is missing, malformed, forged, expired or for another bot: 401.</summary>
internal sealed class TokenRefusedException(string reason, Exception? inner = null) : Exception(reason, inner);

/// <summary>The token cannot be checked now because Bot Framework's signing keys are out of reach: 503, try later.</summary>
internal sealed class TokenCheckUnavailableException(string reason, Exception? inner = null) : Exception(reason, inner);
