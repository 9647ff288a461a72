using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
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

    private static async Task HandleAsync(HttpContext http, InterviewBotAdapter adapter, IBot bot, BotFrameworkSettings settings, ServiceUrlGuard serviceUrls, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint));
        // With authentication on, a caller without a token learns nothing else, and its body is never read.
        var (activity, rejection) = settings.IsAuthenticationOff || HasBearerToken(http.Request)
            ? await ReadAsync(http.Request, serviceUrls)
            : (null, (StatusCodes.Status401Unauthorized, "Send the Bot Framework token as Authorization: Bearer <token>."));
        if (rejection is not null || activity is null)
        {
            var (status, reason) = rejection ?? (StatusCodes.Status400BadRequest, "The body is not a Bot Framework activity.");
            await RefuseAsync(http, logger, status, reason);
            return;
        }

        try
        {
            var invokeResponse = await adapter.ProcessActivityAsync(http.Request.Headers.Authorization.ToString(), activity, bot, http.RequestAborted);
            await HttpHelper.WriteResponseAsync(http.Response, invokeResponse);
        }
        catch (Exception refused) when (refused is TokenRefusedException or UnauthorizedAccessException && !http.Response.HasStarted)
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

    /// <summary>The activity, parsed once from a body that passed every check, or the reason it did not.</summary>
    private static async Task<(Activity? Activity, (int Status, string Reason)? Rejection)> ReadAsync(HttpRequest request, ServiceUrlGuard serviceUrls)
    {
        if (!IsJson(request.ContentType))
            return (null, (StatusCodes.Status415UnsupportedMediaType, "Send the activity as application/json."));
        if (request.ContentLength > MaxBodyBytes)
            return (null, (StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBodyBytes} bytes."));

        byte[] body;
        try
        {
            body = await ReadLimitedAsync(request.Body, request.HttpContext.RequestAborted);
        }
        catch (IOException) // over the limit (a chunked body says its length only as it goes)
        {
            return (null, (StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBodyBytes} bytes."));
        }

        if (body.Length == 0) return (null, (StatusCodes.Status400BadRequest, "The body is empty; expected a Bot Framework activity."));
        if (!JsonText.IsAllText(body)) return (null, (StatusCodes.Status400BadRequest, JsonText.NotTextReason));
        Activity? activity;
        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(body, writable: false), JsonText.StrictUtf8));
            activity = HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
        }
        catch (JsonReaderException)
        {
            return (null, (StatusCodes.Status400BadRequest, "The body is not valid JSON (UTF-8)."));
        }
        catch (Newtonsoft.Json.JsonException)
        {
            // Valid JSON that does not have the shape of an activity: an array, "from": 42…
            return (null, (StatusCodes.Status400BadRequest, "The body must be a JSON object in the shape of a Bot Framework activity."));
        }
        if (activity is null) return (null, (StatusCodes.Status400BadRequest, "The body must be a JSON object (a Bot Framework activity)."));
        if (string.IsNullOrEmpty(activity.Type)) return (null, (StatusCodes.Status400BadRequest, "The activity has no \"type\"."));
        // The adapter answers through it; without a usable one it would fail with a 500 before the bot runs.
        if (!IsHttpUrl(activity.ServiceUrl))
            return (null, (StatusCodes.Status400BadRequest, "The activity has no \"serviceUrl\" (an absolute http or https URL) to answer to."));
        if (serviceUrls.RefuseInbound(activity.ServiceUrl, request.HttpContext.Connection.RemoteIpAddress) is { } elsewhere)
            return (null, (StatusCodes.Status400BadRequest, elsewhere));
        return (activity, null);
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

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true);
}
