using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Host.Tests.Support;

/// <summary>
/// A stand-in for the Bot Framework connector service on 127.0.0.1: it accepts what the bot sends
/// (replies, new messages, updates) and records every request so tests can assert on it.
/// </summary>
public sealed class LocalConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorRequest> _requests = new();
    private int _nextId;
    private int _failuresLeft;

    private LocalConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public IReadOnlyList<ConnectorRequest> Requests => _requests.ToList();

    public static async Task<LocalConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new LocalConnector(app);

        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpRequest r, string conversationId, string activityId) =>
            connector.RecordAsync(r, "reply", conversationId, activityId));
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpRequest r, string conversationId) =>
            connector.RecordAsync(r, "send", conversationId, null));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpRequest r, string conversationId, string activityId) =>
            connector.RecordAsync(r, "update", conversationId, activityId));

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    public void Clear() => _requests.Clear();

    /// <summary>The next <paramref name="count"/> requests get a 500, as a connector outage would give.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failuresLeft, count);

    /// <summary>Requests that carried an Adaptive Card, in order.</summary>
    public IReadOnlyList<ConnectorRequest> CardRequests => Requests.Where(r => r.Card is not null).ToList();

    private async Task<IResult> RecordAsync(HttpRequest request, string kind, string conversationId, string? activityId)
    {
        var body = await JsonNode.ParseAsync(request.Body) ?? new JsonObject();
        if (Interlocked.Decrement(ref _failuresLeft) >= 0) return Results.StatusCode(StatusCodes.Status500InternalServerError);
        var id = kind == "update" ? activityId! : $"bot-activity-{Interlocked.Increment(ref _nextId)}";
        _requests.Enqueue(new ConnectorRequest(kind, conversationId, activityId, id, body.AsObject()));
        return Results.Json(new { id });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request the bot made to the connector. <see cref="ResultId"/> is the activity id the connector answered with.</summary>
public sealed record ConnectorRequest(string Kind, string ConversationId, string? ActivityId, string ResultId, JsonObject Body)
{
    public string? Text => Body["text"]?.GetValue<string>();

    public JsonObject? Card =>
        Body["attachments"] is JsonArray { Count: > 0 } attachments
        && attachments[0]?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive"
            ? attachments[0]!["content"]!.AsObject()
            : null;

    public string CardJson => Card?.ToJsonString() ?? "";
}
