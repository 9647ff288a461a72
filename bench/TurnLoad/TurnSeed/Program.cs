// Seeds InterviewBot for the full-turn load (bench/TurnLoad/toggle.lua): for each bench user it books
// a phone screen the way a recruiter does – the "Book it" submit of the new-interview card – with a
// service URL pointing at a recording connector inside this process, then reads the checklist card
// the bot sent back and writes the first step's Done button (interview id, step, card id) and the
// card's activity id, one user per line:
//
//   userId <TAB> conversationId <TAB> interviewId <TAB> stepId <TAB> cardId <TAB> activityId
//
//   dotnet TurnSeed.dll --bot http://127.0.0.1:3982 --users 200 --out seed.tsv
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

var options = Options.Parse(args);

// The recording connector: every card the bot sends, by conversation, with the id we gave it.
var sent = new ConcurrentDictionary<string, ConcurrentQueue<(string Id, JsonObject Activity)>>();
var nextId = 0;
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls("http://127.0.0.1:0");
var connector = builder.Build();
async Task<IResult> Record(HttpContext http, string conversationId, string? activityId)
{
    var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject ?? [];
    var id = http.Request.Method == HttpMethods.Put ? activityId! : $"seed-{Interlocked.Increment(ref nextId)}";
    sent.GetOrAdd(conversationId, _ => new()).Enqueue((id, body));
    return Results.Json(new { id });
}
connector.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext http, string conversationId) => Record(http, conversationId, null));
connector.MapPost("/v3/conversations/{conversationId}/activities/{replyTo}", (HttpContext http, string conversationId) => Record(http, conversationId, null));
connector.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) => Record(http, conversationId, activityId));
await connector.StartAsync();
var serviceUrl = connector.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";

using var bot = new HttpClient { BaseAddress = new Uri(options.Bot), Timeout = TimeSpan.FromSeconds(30) };
var lines = new string[options.Users];
var callDate = CallDate();
// The first booking alone: it creates the bench workspace, which concurrent first turns would race for.
await BookAsync(0, CancellationToken.None);
await Parallel.ForEachAsync(Enumerable.Range(1, options.Users - 1), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) => await BookAsync(i, ct));

await File.WriteAllLinesAsync(options.Out, lines);
Console.WriteLine($"Seeded {options.Users} users with a booked phone screen each → {options.Out}");
await connector.StopAsync();
return 0;

async Task BookAsync(int i, CancellationToken ct)
{
    var user = BenchUsers.UserId(i);
    var conversation = BenchUsers.ConversationId(i);
    var booking = new JsonObject
    {
        ["verb"] = "interview.create",
        ["candidate"] = $"Candidate {i}",
        ["role"] = "Backend engineer",
        ["date"] = callDate,
        ["time"] = "14:00",
        ["minutes"] = "30",
        ["timeZone"] = "Europe/Berlin",
    };
    var activity = BenchUsers.Activity(i, serviceUrl, options.Tenant, text: null, value: booking);
    using var response = await bot.PostAsync("api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), ct);
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Booking for {user} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");

    var (activityId, toggle) = sent.TryGetValue(conversation, out var cards)
        ? cards.Select(c => (c.Id, Data: FirstToggle(c.Activity))).FirstOrDefault(c => c.Data is not null)
        : default;
    if (toggle is null)
    {
        var got = cards is null ? "nothing" : string.Join(" | ", cards.Select(c => c.Activity.ToJsonString()[..Math.Min(600, c.Activity.ToJsonString().Length)]));
        throw new InvalidOperationException($"The bot sent {user} no checklist with a Done button; it sent: {got}");
    }
    lines[i] = string.Join('\t', user, conversation, Text(toggle, "interviewId"), Text(toggle, "step"), Text(toggle, "cardId"), activityId);
}

static string Text(JsonObject data, string key) => data[key]?.GetValue<string>() ?? "";

/// <summary>The data of the first Action.Submit with the step.toggle verb on the activity's Adaptive Card.</summary>
static JsonObject? FirstToggle(JsonObject activity)
{
    foreach (var attachment in activity["attachments"]?.AsArray() ?? [])
    {
        var found = Walk(attachment?["content"]).FirstOrDefault(o =>
            o["type"]?.GetValue<string>() == "Action.Submit" && o["data"]?["verb"]?.GetValue<string>() == "step.toggle");
        if (found is not null) return found["data"]!.AsObject();
    }
    return null;
}

static IEnumerable<JsonObject> Walk(JsonNode? node)
{
    switch (node)
    {
        case JsonObject o:
            yield return o;
            foreach (var (_, child) in o) foreach (var inner in Walk(child)) yield return inner;
            break;
        case JsonArray a:
            foreach (var child in a) foreach (var inner in Walk(child)) yield return inner;
            break;
    }
}

/// <summary>A Wednesday at least a week ahead, so the booking is always valid and in working hours.</summary>
static string CallDate()
{
    var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);
    while (day.DayOfWeek != DayOfWeek.Wednesday) day = day.AddDays(1);
    return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

internal sealed record Options(string Bot, int Users, string Out, string Tenant)
{
    public static Options Parse(string[] args)
    {
        string Arg(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }
        return new Options(Arg("--bot", "http://127.0.0.1:3982/"), int.Parse(Arg("--users", "200"), CultureInfo.InvariantCulture),
            Arg("--out", "seed.tsv"), Arg("--tenant", BenchUsers.Tenant));
    }
}

/// <summary>The bench users, named as bench/TurnLoad/common.lua names them.</summary>
internal static class BenchUsers
{
    public const string Tenant = "tenant-bench";

    public static string UserId(int i) => $"29:bench-user-{i}";

    public static string ConversationId(int i) => $"a:bench-{i}";

    public static JsonObject Activity(int i, string serviceUrl, string tenant, string? text, JsonObject? value) => new()
    {
        ["type"] = "message",
        ["id"] = $"seed-activity-{i}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId(i), ["name"] = $"Bench Recruiter {i}" },
        ["conversation"] = new JsonObject { ["id"] = ConversationId(i), ["conversationType"] = "personal", ["tenantId"] = tenant },
        ["recipient"] = new JsonObject { ["id"] = "28:bench-bot", ["name"] = "InterviewBot" },
        ["localTimezone"] = "Europe/Berlin",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
        ["text"] = text,
        ["value"] = value,
    };
}
