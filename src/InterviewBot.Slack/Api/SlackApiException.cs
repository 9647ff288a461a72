namespace InterviewBot.Slack.Api;

/// <summary>
/// A Web API call that Slack refused (<c>{"ok": false, "error": …}</c>), rate-limited past our
/// patience, or answered with an HTTP error. <see cref="Error"/> is Slack's own error code.
/// </summary>
internal sealed class SlackApiException : Exception
{
    /// <summary>Slack's errors that mean "try again later"; any other refusal will be refused again.</summary>
    private static readonly HashSet<string> TransientErrors = new(StringComparer.Ordinal)
    {
        RateLimited, "internal_error", "fatal_error", "service_unavailable", "request_timeout", "team_added_to_org", NoResponse,
    };

    public const string RateLimited = "ratelimited";

    /// <summary>The error code for a call that got no usable answer (network failure, timeout, not JSON).</summary>
    public const string NoResponse = "no_response";

    public SlackApiException(string method, string error, string? detail = null, int? httpStatus = null, TimeSpan? retryAfter = null, Exception? inner = null)
        : base($"Slack {method} failed: {error}{(string.IsNullOrEmpty(detail) ? "" : $" ({detail})")}", inner)
    {
        Method = method;
        Error = error;
        HttpStatus = httpStatus;
        RetryAfter = retryAfter;
    }

    /// <summary>The Web API method, e.g. <c>chat.postMessage</c>.</summary>
    public string Method { get; }

    public string Error { get; }

    public int? HttpStatus { get; }

    public TimeSpan? RetryAfter { get; }

    public bool IsTransient => TransientErrors.Contains(Error) || HttpStatus is >= 500;
}
