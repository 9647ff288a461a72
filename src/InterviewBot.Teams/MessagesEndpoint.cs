using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Teams;

/// <summary>
/// <c>POST /api/messages</c>: checks the request is a reasonably sized JSON activity whose text is all
/// Unicode before the adapter sees it, so bad input gets a 4xx with a reason instead of a 5xx. With
/// authentication on, a request without a bearer token is refused first, before its body is read; a
/// token that does not pass is a 401, and one that cannot be checked because Bot Framework's signing
/// keys are out of reach a 503 with Retry-After. Every refusal is logged as one line with its reason.
/// </summary>
public static class MessagesEndpoint
{
    public const string Path = "/api/messages";

    /// <summary>Activities are small; card submits with long notes stay far below this.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static IEndpointConventionBuilder MapTeamsChannel(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, HandleAsync);

    private static async Task HandleAsync(HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, BotFrameworkSettings settings, ServiceUrlGuard serviceUrls, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint));
        // With authentication on, a caller without a token learns nothing else, and its body is never read.
        var rejection = settings.IsLocalMode || HasBearerToken(http.Request)
            ? await CheckAsync(http.Request, serviceUrls)
            : (StatusCodes.Status401Unauthorized, "Send the Bot Framework token as Authorization: Bearer <token>.");
        if (rejection is not null)
        {
            await RefuseAsync(http, logger, rejection.Value.Status, rejection.Value.Reason);
            return;
        }

        try
        {
            await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
        }
        catch (TokenRefusedException refused) when (!http.Response.HasStarted)
        {
            // Why goes to the log only: a caller trying tokens learns nothing from the answer.
            await RefuseAsync(http, logger, StatusCodes.Status401Unauthorized, "The Bot Framework token is not valid.", "The token is not valid: " + refused.Message);
        }
        catch (TokenCheckUnavailableException unavailable) when (!http.Response.HasStarted)
        {
            http.Response.Headers.RetryAfter = ((int)TokenCheck.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await RefuseAsync(http, logger, StatusCodes.Status503ServiceUnavailable, unavailable.Message + " Try again later.");
        }
        catch (ServiceUrlRefusedException refused) when (!http.Response.HasStarted)
        {
            // The second line: the check above read the same service URL; the adapter met it when it made its connector client.
            await RefuseAsync(http, logger, StatusCodes.Status400BadRequest, refused.Message);
        }
        catch (Newtonsoft.Json.JsonException shapeError) when (!http.Response.HasStarted)
        {
            // Valid JSON that does not have the shape of an activity (e.g. "from": 42).
            Log.RequestRejected(logger, Path, shapeError.Message);
            await Results.Problem("The body is not a Bot Framework activity.", statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);
        }
    }

    /// <summary>
    /// Answers with a problem response giving the reason, and logs it (or <paramref name="logReason"/>) as one
    /// line: no exception, no stack trace, and no line breaks from whatever a token or body carried.
    /// </summary>
    private static async Task RefuseAsync(HttpContext http, ILogger logger, int status, string reason, string? logReason = null)
    {
        Log.RequestRejected(logger, Path, (logReason ?? reason).ReplaceLineEndings(" "));
        if (status == StatusCodes.Status401Unauthorized) http.Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(reason, statusCode: status).ExecuteAsync(http);
    }

    private static bool HasBearerToken(HttpRequest request) =>
        System.Net.Http.Headers.AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header)
        && header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrWhiteSpace(header.Parameter);

    private static async Task<(int Status, string Reason)?> CheckAsync(HttpRequest request, ServiceUrlGuard serviceUrls)
    {
        if (!IsJson(request.ContentType))
            return (StatusCodes.Status415UnsupportedMediaType, "Send the activity as application/json.");
        if (request.ContentLength > MaxBodyBytes)
            return (StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBodyBytes} bytes.");

        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes);
        byte[] body;
        try
        {
            body = await ReadLimitedAsync(request.Body, request.HttpContext.RequestAborted);
        }
        catch (IOException) // the buffering stream throws when the limit is passed (chunked bodies)
        {
            return (StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBodyBytes} bytes.");
        }
        request.Body.Position = 0;

        if (body.Length == 0) return (StatusCodes.Status400BadRequest, "The body is empty; expected a Bot Framework activity.");
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return (StatusCodes.Status400BadRequest, "The body must be a JSON object (a Bot Framework activity).");
            if (!JsonText.IsAllText(document.RootElement))
                return (StatusCodes.Status400BadRequest, JsonText.NotTextReason);
            if (!document.RootElement.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString()!.Length == 0)
                return (StatusCodes.Status400BadRequest, "The activity has no \"type\".");
            // The adapter answers through it; without a usable one it would fail with a 500 before the bot runs.
            if (!document.RootElement.TryGetProperty("serviceUrl", out var serviceUrl) || !IsHttpUrl(serviceUrl))
                return (StatusCodes.Status400BadRequest, "The activity has no \"serviceUrl\" (an absolute http or https URL) to answer to.");
            if (serviceUrls.RefuseInbound(serviceUrl.GetString(), request.HttpContext.Connection.RemoteIpAddress) is { } elsewhere)
                return (StatusCodes.Status400BadRequest, elsewhere);
        }
        catch (JsonException)
        {
            return (StatusCodes.Status400BadRequest, "The body is not valid JSON (UTF-8).");
        }
        return null;
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream body, CancellationToken ct)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            if (copy.Length + read > MaxBodyBytes) throw new IOException("Body too large.");
            copy.Write(buffer, 0, read);
        }
        return copy.ToArray();
    }

    private static bool IsHttpUrl(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
        && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var url)
        && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true);
}
