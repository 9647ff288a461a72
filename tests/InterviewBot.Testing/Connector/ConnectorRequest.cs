using System.Text.Json.Nodes;

namespace InterviewBot.Testing;

/// <summary>One request the bot made to the connector. <see cref="ResultId"/> is the activity id the connector answered with (empty when refused).</summary>
public sealed record ConnectorRequest(string Kind, string ConversationId, string? ActivityId, string ResultId, JsonObject Body)
{
    /// <summary>The HTTP status the connector answered.</summary>
    public int Status { get; init; } = 200;

    public bool Accepted => Status is >= 200 and < 300;

    /// <summary>When the connector took the request in, from its own start (a monotonic clock).</summary>
    public TimeSpan ReceivedAt { get; init; }

    /// <summary>The tenant it was counted against, when limits are enforced.</summary>
    public string? Tenant { get; init; }

    public string? Text => Body["text"]?.GetValue<string>();

    public JsonObject? Card =>
        Body["attachments"] is JsonArray { Count: > 0 } attachments
        && attachments[0]?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive"
            ? attachments[0]!["content"]!.AsObject()
            : null;

    public string CardJson => Card?.ToJsonString() ?? "";
}
