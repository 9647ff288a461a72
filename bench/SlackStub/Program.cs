// A slow stand-in for Slack's Web API: answers every POST /api/{method} (and the response_url hook
// POST /hooks/{id}) with what Slack answers – {"ok":true,…} with the ids the bot reads – after a
// fixed delay, 1 s by default. It counts the calls per method and prints the counts when stopped,
// so the harness can say how much background work the acknowledged commands produced.
//
//   dotnet SlackStub.dll <port> [delay-ms]
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

var port = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3991;
var delay = TimeSpan.FromMilliseconds(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000);

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
var app = builder.Build();

var calls = new ConcurrentDictionary<string, int>();
var nextTs = 0L;

app.MapPost("/api/{method}", async (HttpContext http, string method) =>
{
    var arguments = await ArgumentsAsync(http.Request);
    calls.AddOrUpdate(method, 1, (_, n) => n + 1);
    await Task.Delay(delay, http.RequestAborted);
    return Results.Json(Answer(method, arguments, Interlocked.Increment(ref nextTs)));
});
app.MapPost("/hooks/{id}", async (HttpContext http) =>
{
    calls.AddOrUpdate("response_url", 1, (_, n) => n + 1);
    await Task.Delay(delay, http.RequestAborted);
    return Results.Text("ok");
});
app.MapGet("/calls", () => Results.Json(calls.OrderBy(c => c.Key).ToDictionary(c => c.Key, c => c.Value)));
app.Lifetime.ApplicationStopping.Register(() =>
    Console.WriteLine("Slack API calls: " + string.Join(", ", calls.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}"))));
await app.RunAsync();

static async Task<Dictionary<string, string?>> ArgumentsAsync(HttpRequest request)
{
    using var reader = new StreamReader(request.Body);
    var body = await reader.ReadToEndAsync();
    if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
    {
        return JsonNode.Parse(body) is JsonObject json
            ? json.Where(p => p.Value is JsonValue).ToDictionary(p => p.Key, p => (string?)p.Value!.ToString())
            : [];
    }
    return QueryHelpers.ParseQuery(body).ToDictionary(f => f.Key, f => (string?)f.Value.ToString());
}

static JsonObject Answer(string method, Dictionary<string, string?> arguments, long n)
{
    var ts = $"1700000000.{n:D6}";
    var ok = new JsonObject { ["ok"] = true };
    switch (method)
    {
        case "auth.test":
            ok["user_id"] = "UBENCHBOT"; ok["bot_id"] = "BBENCHBOT"; ok["team_id"] = "TBENCH"; ok["team"] = "Bench"; ok["url"] = "https://bench.slack.com/";
            break;
        case "chat.postMessage" or "chat.update":
            ok["channel"] = arguments.GetValueOrDefault("channel");
            ok["ts"] = method == "chat.update" ? arguments.GetValueOrDefault("ts") : ts;
            break;
        case "chat.postEphemeral":
            ok["message_ts"] = ts;
            break;
        case "conversations.open":
            ok["channel"] = new JsonObject { ["id"] = "D" + (arguments.GetValueOrDefault("users") ?? "").TrimStart('U', 'W') };
            break;
        case "views.open" or "views.update" or "views.publish":
            ok["view"] = new JsonObject { ["id"] = arguments.GetValueOrDefault("view_id") ?? "V" + n, ["hash"] = "hash-" + n };
            break;
        case "users.info":
            var user = arguments.GetValueOrDefault("user") ?? "";
            ok["user"] = new JsonObject
            {
                ["id"] = user, ["team_id"] = "TBENCH", ["name"] = user.ToLowerInvariant(), ["real_name"] = "Bench User " + user,
                ["tz"] = "Europe/Berlin", ["tz_offset"] = 3600, ["is_bot"] = false,
                ["profile"] = new JsonObject { ["real_name"] = "Bench User " + user, ["display_name"] = user },
            };
            break;
    }
    return ok;
}
