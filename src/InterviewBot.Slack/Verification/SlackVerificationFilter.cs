using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack.Verification;

/// <summary>
/// Runs before every Slack endpoint, as Bolt's verification middleware does: reads the raw body,
/// refuses requests that are too large or of the wrong content type, and verifies the signature.
/// Refusals are 401 (not Slack's) or 4xx (not a Slack request), each with a reason.
/// </summary>
internal sealed class SlackVerificationFilter(SlackSignatureVerifier verifier, ILogger<SlackVerificationFilter> logger, string contentType) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (!HasMediaType(request.ContentType, contentType))
            return Refuse(http, StatusCodes.Status415UnsupportedMediaType, $"Slack sends this as {contentType}.");

        var body = await SlackRequestBody.ReadAsync(request, http.RequestAborted);
        if (body is null) return Refuse(http, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {SlackRequestBody.MaxBytes} bytes.");

        var reason = verifier.Check(request.Headers[SlackSignatureVerifier.TimestampHeader], request.Headers[SlackSignatureVerifier.SignatureHeader], body);
        if (reason is not null) return Refuse(http, StatusCodes.Status401Unauthorized, reason);

        new SlackRequestBody(body).Store(http);
        return await next(context);
    }

    private IResult Refuse(HttpContext http, int status, string reason)
    {
        Log.RequestRejected(logger, http.Request.Path, reason);
        return Results.Problem(reason, statusCode: status);
    }

    private static bool HasMediaType(string? header, string expected) =>
        header is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(header, out var media)
        && media.MediaType.Equals(expected, StringComparison.OrdinalIgnoreCase);
}
