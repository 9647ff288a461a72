using Microsoft.AspNetCore.Http.Features;

namespace InterviewBot.Host;

/// <summary>
/// How much a request may carry, set on purpose rather than left at Kestrel's defaults (a 30 MB body).
/// Every endpoint reads small JSON or form bodies, so the server-wide cap is 1 MB and each endpoint has
/// a lower limit of its own, checked before anything parses the body:
/// <list type="bullet">
/// <item><c>/api/messages</c>: 256 KB (<c>MessagesEndpoint.MaxBodyBytes</c>): an activity with a card submit and long notes stays far below.</item>
/// <item><c>/slack/*</c>: 512 KB (<c>SlackRequestBody.MaxBytes</c>): Slack's largest payload, a modal submission, stays far below.</item>
/// <item><c>/api/interviews</c>: 64 KB (<see cref="InterviewsApiBodyBytes"/>): one booking is under 2 KB.</item>
/// <item><c>/local/connector</c>: 512 KB: what the bot itself posts to the local chat page.</item>
/// </list>
/// A body over the limit gets 413; headers over theirs 431; a request line over its 414 – never a 5xx.
/// </summary>
internal static class RequestLimits
{
    /// <summary>The most any request body may be, whatever the endpoint.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>A booking is under 2 KB; this leaves room for long names and notes and nothing more.</summary>
    public const long InterviewsApiBodyBytes = 64 * 1024;

    /// <summary>All headers together. Bot Framework's JWT is about 1.5 KB; Slack's and the API's headers are smaller.</summary>
    public const int MaxHeadersTotalBytes = 32 * 1024;

    public const int MaxHeaderCount = 64;

    /// <summary>Method, path and query. No endpoint takes more than a short query string.</summary>
    public const int MaxRequestLineBytes = 8 * 1024;

    /// <summary>A client that has not finished its headers by then is dropped (Kestrel's default is 30 s).</summary>
    public static readonly TimeSpan RequestHeadersTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Applies the server-wide limits to Kestrel. Called once, right after the URL is set.</summary>
    public static void UseRequestLimits(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = MaxHeadersTotalBytes;
            kestrel.Limits.MaxRequestHeaderCount = MaxHeaderCount;
            kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
            kestrel.Limits.RequestHeadersTimeout = RequestHeadersTimeout;
        });
    }

    /// <summary>
    /// A lower body limit for the endpoints of <paramref name="group"/>: a body declared larger gets 413
    /// at once; one sent in chunks fails to read past the limit, also with 413 (see
    /// <see cref="SafeDefaults.UseProblemResponsesForErrors"/>).
    /// </summary>
    public static RouteGroupBuilder WithBodyLimit(this RouteGroupBuilder group, long bytes)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.Request.ContentLength > bytes)
                return Results.Problem($"The body is larger than {bytes / 1024} KB.", statusCode: StatusCodes.Status413PayloadTooLarge);
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = bytes;
            return await next(context);
        });
        return group;
    }
}
