using System.Text.Json.Nodes;

namespace InterviewBot.Testing;

/// <summary>One request the bot made to the stand-in Web API, as Slack would have received it.</summary>
public sealed record SlackCall(string Method, string? ContentType, string? Authorization, IReadOnlyDictionary<string, string> Form, JsonObject? Json)
{
    /// <summary>The HTTP status the stand-in answered (429 when it throttled the call).</summary>
    public int Status { get; init; } = 200;

    /// <summary>Slack's own error answer (ok:false), when the stand-in gave one.</summary>
    public string? Error { get; init; }

    /// <summary>When the request arrived and when its answer left, on the stand-in's own clock.</summary>
    public TimeSpan ReceivedAt { get; init; }

    public TimeSpan AnsweredAt { get; set; }

    /// <summary>The ts or view id the stand-in answered with.</summary>
    public string? ResultId { get; init; }

    public bool Accepted => Status == 200 && Error is null;

    /// <summary>An argument from the JSON or the form body.</summary>
    public string? Arg(string name) =>
        Json?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : Form.TryGetValue(name, out var f) ? f : null;

    public string? Channel => Arg("channel");

    public string? Text => Arg("text");

    public JsonArray? Blocks => Json?["blocks"] as JsonArray ?? Json?["view"]?["blocks"] as JsonArray;

    public JsonObject? View => Json?["view"] as JsonObject;

    /// <summary>Every text a person would read in the message or view (section texts, fields, labels, buttons).</summary>
    public string AllText => string.Join("\n", JsonTree.Objects(Json).SelectMany(o => new[] { "text" }.Select(k => o[k]).OfType<JsonValue>().Select(v => v.ToString())));
}
