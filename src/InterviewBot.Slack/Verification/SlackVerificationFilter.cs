using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack.Verification;

/// <summary>
/// Runs before every Slack endpoint, as Bolt's verification middleware does: reads the raw body
/// (413 past a size Slack never sends), answers Slack's unsigned <c>ssl_check=1</c> probe of a
/// command URL with 200 and nothing else (as Bolt's SslCheck does), verifies the signature (401),
/// then checks the content type Slack uses for this endpoint (400). Each refusal carries its reason.
/// </summary>
internal sealed class SlackVerificationFilter(SlackSignatureVerifier verifier, ILogger<SlackVerificationFilter> logger, string contentType) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var body = await SlackRequestBody.ReadAsync(request, http.RequestAborted);
        if (body is null) return Refuse(http, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {SlackRequestBody.MaxBytes} bytes.");

        if (IsSslCheck(request.ContentType, body)) return Results.Ok();

        // Who is asking comes first: a caller that cannot sign learns nothing else about the endpoint.
        var reason = verifier.Check(request.Headers[SlackSignatureVerifier.TimestampHeader], request.Headers[SlackSignatureVerifier.SignatureHeader], body);
        if (reason is not null) return Refuse(http, StatusCodes.Status401Unauthorized, reason);
        if (!HasMediaType(request.ContentType, contentType))
            return Refuse(http, StatusCodes.Status400BadRequest, $"Slack sends this as {contentType}, not {request.ContentType ?? "without a content type"}.");

        new SlackRequestBody(body).Store(http);
        return await next(context);
    }

    private IResult Refuse(HttpContext http, int status, string reason)
    {
        Log.RequestRejected(logger, http.Request.Path, reason);
        return Results.Problem(reason, statusCode: status);
    }

    /// <summary>Slack checking the certificate of a command URL: a form with ssl_check=1 and nothing to do.</summary>
    private bool IsSslCheck(string? header, byte[] body) =>
        contentType == "application/x-www-form-urlencoded"
        && HasMediaType(header, contentType)
        && body.Length < 512
        && Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(System.Text.Encoding.UTF8.GetString(body)).TryGetValue("ssl_check", out var check)
        && check == "1";

    private static bool HasMediaType(string? header, string expected) =>
        header is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(header, out var media)
        && media.MediaType.Equals(expected, StringComparison.OrdinalIgnoreCase);
}
