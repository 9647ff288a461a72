using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewBot.DevTools.Clock;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Host.Tests.Support;

/// <summary>The local clock and the interviews API of a host, as an integration would use them.</summary>
public sealed class NudgeApi(BotHost host, string apiKey)
{
    public const string Key = "test-key-0123456789-abcdefghij";

    public static Dictionary<string, string?> Settings(string tenant = "tenant-contoso") => new()
    {
        ["Api:Keys:0:Key"] = Key,
        ["Api:Keys:0:Tenant"] = tenant,
    };

    public HttpClient Client()
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    public async Task<DateTime> NowAsync()
    {
        var clock = await host.CreateClient().GetFromJsonAsync<JsonObject>("/dev/clock");
        return DateTime.Parse(clock!["now"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
    }

    /// <summary>Moves the local clock forward to <paramref name="utc"/> (nothing when it is already later).</summary>
    public async Task AdvanceToAsync(DateTime utc)
    {
        var hours = (utc - await NowAsync()).TotalHours;
        if (hours * 3600 < 1) return; // already there: the clock moves by a second or more
        using var response = await host.CreateClient().PostAsync($"/dev/clock/advance?hours={hours.ToString("0.######", CultureInfo.InvariantCulture)}", null);
        response.EnsureSuccessStatusCode();
        var moved = await response.Content.ReadFromJsonAsync<JsonObject>();
        if (moved?["stoppedBecause"]?.GetValue<string>() is { } why) throw new InvalidOperationException($"The clock stopped short: {why}");
        LastMove = moved;
    }

    /// <summary>What the last <see cref="AdvanceToAsync"/> answered: the clock and what went out on the way.</summary>
    public JsonObject? LastMove { get; private set; }

    public async Task<IReadOnlyList<JsonObject>> NudgesAsync(Guid interviewId) =>
        (await Client().GetFromJsonAsync<JsonArray>($"/api/interviews/{interviewId}/nudges"))!.Select(n => n!.AsObject()).ToList();

    public async Task<JsonObject> InterviewAsync(Guid interviewId) =>
        (await Client().GetFromJsonAsync<JsonObject>($"/api/interviews/{interviewId}"))!;

    /// <summary>Waits (up to a cap) until every nudge due by now is no longer waiting, and returns the schedule.</summary>
    public async Task<IReadOnlyList<JsonObject>> SettledAsync(Guid interviewId)
    {
        var now = await NowAsync();
        for (var i = 0; i < 200; i++)
        {
            var nudges = await NudgesAsync(interviewId);
            if (nudges.All(n => !IsWaiting(n) || Due(n) > now)) return nudges;
            await Task.Delay(100);
        }
        var last = await NudgesAsync(interviewId);
        throw new TimeoutException($"Nudges that are due by {now:O} were not delivered within 20 s: {string.Join(", ", last.Select(n => $"{Kind(n)} {n["state"]} due {n["dueUtc"]}"))}");
    }

    /// <summary>A host whose local clock starts at <paramref name="utc"/>: as if it had been down until then, or to begin at a chosen hour.</summary>
    /// <param name="more">More service registrations after the clock (a telemetry capture…).</param>
    public static BotHost HostAt(TempFolder data, DateTime utc, IDictionary<string, string?>? settings = null, ILoggerProvider? logs = null,
        Action<IServiceCollection>? more = null) => new(data, settings ?? Settings())
    {
        Logs = logs,
        TestServices = services =>
        {
            var clock = new LocalClock();
            clock.AdvanceTo(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))); // however far: a walk may begin on a fixed day years ahead
            services.RemoveAll<LocalClock>();
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(clock);
            services.AddSingleton<TimeProvider>(clock);
            more?.Invoke(services);
        },
    };

    public static bool IsWaiting(JsonObject nudge) => nudge["state"]!.GetValue<string>() is "Pending" or "Snoozed";

    public static DateTime Due(JsonObject nudge) => nudge["dueUtc"]!.GetValue<DateTime>();

    public static string Kind(JsonObject nudge) => nudge["kind"]!.GetValue<string>() + (nudge["number"]!.GetValue<int>() > 1 ? "#" + nudge["number"] : "");
}
