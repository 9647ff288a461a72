using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Testing;

/// <summary>
/// A stand-in for the Bot Framework connector service on 127.0.0.1: it accepts what the bot sends
/// (replies, new messages, updates, new threads in a channel) and records every request so tests can assert on it. It can be
/// told to refuse the next requests (throttling, outages, an uninstalled bot) and to enforce Teams'
/// rate limits itself.
/// </summary>
public sealed class LocalConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _sync = new();
    private readonly List<ConnectorRequest> _received = [];
    private readonly Queue<ScriptedAnswer> _script = new();
    private ConnectorLimitCounter? _limits;
    private Outage? _outage;
    private int _nextId;

    private LocalConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>Requests the connector accepted – what reached the chat – in the order they arrived.</summary>
    public IReadOnlyList<ConnectorRequest> Requests => Snapshot(r => r.Accepted);

    /// <summary>Every request that arrived, accepted or refused, in order.</summary>
    public IReadOnlyList<ConnectorRequest> Received => Snapshot(_ => true);

    /// <summary>Requests answered with an error: scripted ones and those over the enforced limits.</summary>
    public IReadOnlyList<ConnectorRequest> Refused => Snapshot(r => !r.Accepted);

    /// <summary>Requests that carried an Adaptive Card, in order.</summary>
    public IReadOnlyList<ConnectorRequest> CardRequests => Requests.Where(r => r.Card is not null).ToList();

    public static async Task<LocalConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new LocalConnector(app);

        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) =>
            connector.HandleAsync(http, "reply", conversationId, activityId));
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext http, string conversationId) =>
            connector.HandleAsync(http, "send", conversationId, null));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) =>
            connector.HandleAsync(http, "update", conversationId, activityId));
        // A new conversation: in a team's channel, a new thread whose first post is the activity.
        app.MapPost("/v3/conversations", (Delegate)((HttpContext http) => connector.HandleAsync(http, "thread", null, null)));

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>Forgets the requests so far (scripted answers and limits stay).</summary>
    public void Clear()
    {
        lock (_sync) _received.Clear();
    }

    /// <summary>The next <paramref name="count"/> requests get a 500, as a connector outage would give.</summary>
    public void FailNext(int count) => AnswerNext(count, StatusCodes.Status500InternalServerError);

    /// <summary>The next <paramref name="count"/> requests get a 429 with <c>Retry-After: <paramref name="retryAfterSeconds"/></c>.</summary>
    public void ThrottleNext(int count, int retryAfterSeconds = 1) => AnswerNext(count, StatusCodes.Status429TooManyRequests, retryAfterSeconds);

    /// <summary>The next <paramref name="count"/> requests get a 503 (int.MaxValue: for good).</summary>
    public void UnavailableNext(int count) => AnswerNext(count, StatusCodes.Status503ServiceUnavailable);

    /// <summary>
    /// The next <paramref name="count"/> requests get <paramref name="status"/> with a Bot Connector
    /// error body (and Retry-After when given), after any answers scripted earlier.
    /// </summary>
    public void AnswerNext(int count, int status, int? retryAfterSeconds = null)
    {
        lock (_sync) _script.Enqueue(new ScriptedAnswer(status, retryAfterSeconds) { Left = count });
    }

    /// <summary>
    /// For the next <paramref name="duration"/> of real time, every request is refused, in turn with a
    /// 503 and with a 429 carrying <c>Retry-After: <paramref name="retryAfterSeconds"/></c>, as a
    /// connector that is down and then overloaded would answer. Requests after the window are answered
    /// as usual (scripted answers and limits apply again).
    /// </summary>
    /// <returns>When the outage ends, on <see cref="ConnectorRequest.ReceivedAt"/>'s clock.</returns>
    public TimeSpan UnavailableFor(TimeSpan duration, int retryAfterSeconds = 2)
    {
        lock (_sync)
        {
            _outage = new Outage(_clock.Elapsed + duration, retryAfterSeconds);
            return _outage.Until;
        }
    }

    /// <summary>The connector's own clock (what <see cref="ConnectorRequest.ReceivedAt"/> is measured on).</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>From now on, refuses with 429 and Retry-After any request over <paramref name="limits"/>.</summary>
    public void EnforceLimits(ConnectorLimits limits)
    {
        lock (_sync) _limits = new ConnectorLimitCounter(limits);
    }

    /// <param name="conversationId">Null for a new conversation: the channel it is started in (channelData.channel.id) is recorded.</param>
    private async Task<IResult> HandleAsync(HttpContext http, string kind, string? conversationId, string? activityId)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted) as JsonObject ?? new JsonObject();
        if (conversationId is null)
        {
            conversationId = body["channelData"]?["channel"]?["id"]?.GetValue<string>() ?? "";
            body = body["activity"] as JsonObject ?? new JsonObject();
        }
        int status;
        int? retryAfter;
        string id;
        lock (_sync)
        {
            // Timed inside the lock, so requests are judged in the order of their times.
            var receivedAt = _clock.Elapsed;
            var tenant = _limits?.TenantOf(conversationId, body);
            (status, retryAfter) = _outage?.Answer(receivedAt) ?? Scripted() ?? _limits?.Judge(conversationId, tenant!, receivedAt) ?? (StatusCodes.Status200OK, null);
            id = status != StatusCodes.Status200OK ? "" : kind == "update" ? activityId! : $"bot-activity-{++_nextId}";
            _received.Add(new ConnectorRequest(kind, conversationId, activityId, id, body) { Status = status, ReceivedAt = receivedAt, Tenant = tenant });
        }
        if (status == StatusCodes.Status200OK)
            return kind == "thread" ? Results.Json(new { id = $"{conversationId};messageid={id}", activityId = id }) : Results.Json(new { id });
        if (retryAfter is { } seconds) http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Json(new { error = ErrorOf(status) }, statusCode: status);
    }

    private (int, int?)? Scripted()
    {
        while (_script.TryPeek(out var next) && next.Left <= 0) _script.Dequeue();
        if (!_script.TryPeek(out var answer)) return null;
        answer.Left--;
        return (answer.Status, answer.RetryAfterSeconds);
    }

    /// <summary>The error bodies the Bot Connector sends (code and message), for the statuses tests use.</summary>
    private static ConnectorError ErrorOf(int status) => status switch
    {
        StatusCodes.Status403Forbidden => new("BotNotInConversationRoster", "The bot is not part of the conversation roster."),
        StatusCodes.Status404NotFound => new("ConversationNotFound", "Conversation not found."),
        StatusCodes.Status429TooManyRequests => new("Throttled", "Too many requests."),
        StatusCodes.Status503ServiceUnavailable => new("ServiceUnavailable", "The service is unavailable."),
        _ => new("ServiceError", $"Status {status}."),
    };

    private List<ConnectorRequest> Snapshot(Func<ConnectorRequest, bool> which)
    {
        lock (_sync) return _received.Where(which).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record ConnectorError(
        [property: System.Text.Json.Serialization.JsonPropertyName("code")] string Code,
        [property: System.Text.Json.Serialization.JsonPropertyName("message")] string Message);

    /// <summary>A window of refusals: 503 and 429 (with Retry-After) in turn until <see cref="Until"/>.</summary>
    private sealed class Outage(TimeSpan until, int retryAfterSeconds)
    {
        private int _answered;

        public TimeSpan Until => until;

        public (int, int?)? Answer(TimeSpan receivedAt)
        {
            if (receivedAt >= until) return null;
            return _answered++ % 2 == 0
                ? (StatusCodes.Status503ServiceUnavailable, null)
                : (StatusCodes.Status429TooManyRequests, retryAfterSeconds);
        }
    }

    private sealed record ScriptedAnswer(int Status, int? RetryAfterSeconds)
    {
        public int Left { get; set; }
    }
}
