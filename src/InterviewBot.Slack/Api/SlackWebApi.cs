using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Slack.Install;
using InterviewBot.Slack.Work;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack.Api;

/// <summary>
/// The one place that speaks HTTP to Slack's Web API: POST <c>{ApiBaseUrl}{method}</c> with a
/// bearer token and a JSON or form body, then <c>{"ok": false, "error": …}</c>, HTTP errors and
/// 429s become a <see cref="SlackApiException"/> naming the method. 429s are first waited out by the
/// HTTP client's resilience handler (Retry-After), and 5xx answers and network failures tried again
/// with growing waits, as @slack/web-api does; only what is left reaches here. Warnings in a
/// successful answer (<c>response_metadata.warnings</c>, <c>warning</c>) are logged with the method.
/// The bot token is the one of the workspace the call is for (<see cref="SlackTokens"/>). A turn
/// waiting for an answer gives up its engine slot meanwhile (<see cref="EngineSlots.StepAway"/>).
/// </summary>
internal sealed class SlackWebApi(IHttpClientFactory httpClients, SlackSettings settings, SlackTokens tokens, ILogger<SlackWebApi> logger)
{
    public const string HttpClientName = "SlackWebApi";

    /// <summary>Marks a request whose 5xx or network failure is not tried again (see <see cref="WithoutServerErrorRetries"/>).</summary>
    public static readonly HttpRequestOptionsKey<bool> TryOnce = new("InterviewBot.Slack.TryOnce");

    private static readonly AsyncLocal<bool> Once = new();

    /// <summary>
    /// Calls made until the result is disposed are not tried again after a 5xx or a network failure:
    /// the start-up checks, which only log when Slack cannot be reached and must not hold start-up
    /// for the retries' waits.
    /// </summary>
    public static IDisposable WithoutServerErrorRetries()
    {
        var before = Once.Value;
        Once.Value = true;
        return new Restore(before);
    }

    private sealed class Restore(bool before) : IDisposable
    {
        public void Dispose() => Once.Value = before;
    }

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>Write methods with structured arguments (blocks, views) take JSON bodies.</summary>
    public async Task<JsonObject> PostJsonAsync(string method, JsonObject arguments, CancellationToken cancellationToken = default) =>
        await SendAsync(method, new StringContent(arguments.ToJsonString(), Encoding.UTF8, "application/json"), await tokens.BotTokenAsync(cancellationToken), cancellationToken);

    /// <summary>Read methods (users.info, auth.test…) take form arguments; some accept nothing else.</summary>
    public async Task<JsonObject> PostFormAsync(string method, IEnumerable<KeyValuePair<string, string>> arguments, CancellationToken cancellationToken = default) =>
        await SendAsync(method, new FormUrlEncodedContent(arguments), await tokens.BotTokenAsync(cancellationToken), cancellationToken);

    /// <summary>A form call that carries the app's client id and secret in its arguments instead of a token (oauth.v2.access).</summary>
    public Task<JsonObject> PostFormWithClientSecretAsync(string method, IEnumerable<KeyValuePair<string, string>> arguments, CancellationToken cancellationToken = default) =>
        SendAsync(method, new FormUrlEncodedContent(arguments), token: null, cancellationToken, needsToken: false);

    /// <summary>A form call with the app-level token (apps.connections.open).</summary>
    public Task<JsonObject> PostFormWithAppTokenAsync(string method, IEnumerable<KeyValuePair<string, string>> arguments, CancellationToken cancellationToken = default) =>
        SendAsync(method, new FormUrlEncodedContent(arguments), settings.AppToken, cancellationToken);

    private async Task<JsonObject> SendAsync(string method, HttpContent content, string? token, CancellationToken ct, bool needsToken = true)
    {
        if (needsToken && string.IsNullOrEmpty(token)) throw new SlackApiException(method, "not_authed", "no token is configured for this call");
        await using var away = EngineSlots.StepAway(); // a turn waiting on Slack leaves its engine slot to others
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.ApiBaseUrl, method)) { Content = content };
        if (!string.IsNullOrEmpty(token)) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (Once.Value) request.Options.Set(TryOnce, true);

        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(HttpClientName).SendAsync(request, ct);
        }
        catch (Exception failure) when (failure is HttpRequestException or TimeoutException
            || (failure is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new SlackApiException(method, SlackApiException.NoResponse, failure.Message, inner: failure);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                throw new SlackApiException(method, SlackApiException.RateLimited, "HTTP 429", 429, RetryAfter(response));
            if (!response.IsSuccessStatusCode)
                throw new SlackApiException(method, $"http_{(int)response.StatusCode}", response.ReasonPhrase, (int)response.StatusCode);

            JsonObject? answer;
            try
            {
                answer = await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct) as JsonObject;
            }
            catch (JsonException notJson)
            {
                throw new SlackApiException(method, SlackApiException.NoResponse, "the answer is not JSON", (int)response.StatusCode, inner: notJson);
            }
            if (answer is null) throw new SlackApiException(method, SlackApiException.NoResponse, "the answer is not a JSON object", (int)response.StatusCode);
            if (answer["ok"] is JsonValue ok && ok.TryGetValue<bool>(out var isOk) && isOk)
            {
                if (Warnings(answer) is { } warnings) Log.ApiWarning(logger, method, warnings);
                return answer;
            }
            throw new SlackApiException(method, Text(answer["error"]) ?? "unknown_error", Detail(answer), (int)response.StatusCode);
        }
    }

    /// <summary>What Slack adds to an error: the missing scope, or the reasons a message or view was invalid.</summary>
    private static string? Detail(JsonObject answer)
    {
        var parts = new List<string>();
        if (Text(answer["needed"]) is { Length: > 0 } needed) parts.Add($"needed {needed}, provided {Text(answer["provided"])}");
        if (answer["response_metadata"]?["messages"] is JsonArray messages)
            parts.AddRange(messages.Select(Text).OfType<string>());
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>Deprecations and fixes Slack asks for while it still serves the call (missing_charset, superfluous_charset…).</summary>
    private static string? Warnings(JsonObject answer)
    {
        var all = (answer["response_metadata"]?["warnings"] as JsonArray)?.Select(Text).OfType<string>().ToList() ?? [];
        if (Text(answer["warning"]) is { Length: > 0 } top) all.AddRange(top.Split(',').Where(w => !all.Contains(w)));
        return all.Count == 0 ? null : string.Join(", ", all);
    }

    internal static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta
        ?? (response.Headers.RetryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
}
