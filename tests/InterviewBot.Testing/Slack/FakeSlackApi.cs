using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Testing;

/// <summary>
/// A stand-in for Slack on 127.0.0.1: the Web API (<c>POST /api/{method}</c>) answering as Slack does
/// (<c>{"ok":true,…}</c> with ts, channel and view ids), response_url hooks, and a Socket Mode
/// WebSocket that apps.connections.open points to. It records every call for tests to assert on, and
/// can be made slow, throttling (429 + Retry-After) or refusing (<c>ok:false</c>). <c>GET /calls</c>
/// answers how many calls each method had, for a load harness (bench/SlackStub) that only counts.
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    public const string TeamId = "T0TEAM";
    public const string BotUserId = "U0BOT";

    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _sync = new();
    private readonly List<SlackCall> _calls = [];
    private readonly List<(string? Method, int Left, int Status, int? RetryAfter, string? Error)> _script = [];
    private readonly List<(Func<SlackCall, bool> Match, TaskCompletionSource Released)> _holds = [];
    private readonly Dictionary<string, string> _warnings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _timeZones = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _groupDms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SlackInstall> _installCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SlackInstall> _refreshTokens = new(StringComparer.Ordinal);
    private readonly Channel<SocketSession> _sockets = Channel.CreateUnbounded<SocketSession>();
    private readonly ConcurrentDictionary<string, int> _perMethod = new(StringComparer.Ordinal);
    private int _next;

    private FakeSlackApi(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>How long each Web API call takes before it answers.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    /// <summary>Whether every call is kept for <see cref="Calls"/>; a long load run only counts them (<see cref="CallsPerMethod"/>).</summary>
    public bool RecordCalls { get; set; } = true;

    /// <summary>How many calls each method (and <c>response_url</c>) had so far, refused ones included.</summary>
    public IReadOnlyDictionary<string, int> CallsPerMethod => _perMethod.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value);

    /// <summary>The stand-in's clock, the one <see cref="SlackCall.ReceivedAt"/> is read on.</summary>
    public TimeSpan Now => _clock.Elapsed;

    public IReadOnlyList<SlackCall> Calls
    {
        get { lock (_sync) return _calls.ToList(); }
    }

    /// <summary>What the host under test logged as errors, shown when a wait times out.</summary>
    public Func<IReadOnlyList<string>>? Diagnostics { get; set; }

    public IReadOnlyList<SlackCall> Accepted(string method) => Calls.Where(c => c.Method == method && c.Accepted).ToList();

    /// <param name="port">The loopback port to listen on; by default a free one.</param>
    public static async Task<FakeSlackApi> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var fake = new FakeSlackApi(app);
        // Under the WebSocket middleware, so each socket runs over a stream the test can stall (SocketSession.GoSilentAsync).
        app.Use(StallableUpgrade.WrapAsync);
        app.UseWebSockets();
        app.MapPost("/api/{method}", (HttpContext http, string method) => fake.HandleAsync(http, method));
        app.MapPost("/hooks/{id}", (HttpContext http, string id) => fake.HandleAsync(http, "response_url"));
        app.Map("/socket", fake.AcceptSocketAsync);
        app.MapGet("/calls", () => Results.Json(fake.CallsPerMethod));
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return fake;
    }

    public string ApiBaseUrl => BaseUrl + "/api/";

    public string ResponseUrl(string id = "1") => $"{BaseUrl}/hooks/{id}";

    /// <summary>Forgets the calls so far (scripted answers stay).</summary>
    public void Clear()
    {
        lock (_sync) _calls.Clear();
    }

    /// <summary>users.info answers this real name for the user (default Riley Recruiter).</summary>
    public void SetName(string userId, string realName)
    {
        lock (_sync) _names[userId] = realName;
    }

    /// <summary>users.info answers this IANA zone for the user (default Europe/Berlin).</summary>
    public void SetTimeZone(string userId, string zone)
    {
        lock (_sync) _timeZones[userId] = zone;
    }

    /// <summary>conversations.info says <paramref name="channel"/> is a group DM (by default C… is a public channel, G… a private one, D… a DM).</summary>
    public void MakeGroupDm(string channel)
    {
        lock (_sync) _groupDms.Add(channel);
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> (null: any) get a 429 with Retry-After.</summary>
    public void ThrottleNext(string? method, int count = 1, int retryAfterSeconds = 1)
    {
        lock (_sync) _script.Add((method, count, 429, retryAfterSeconds, null));
    }

    /// <summary>
    /// Calls matching <paramref name="match"/> get no answer until the result is disposed: a Web API that
    /// is slow for some conversations only (their answers wait; the rest of Slack answers as usual).
    /// </summary>
    public IDisposable Hold(Func<SlackCall, bool> match)
    {
        var hold = (match, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_sync) _holds.Add(hold);
        return new Release(() =>
        {
            lock (_sync) _holds.Remove(hold);
            hold.Item2.TrySetResult();
        });
    }

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> get <c>{"ok":false,"error":…}</c>.</summary>
    public void RefuseNext(string method, string error, int count = 1)
    {
        lock (_sync) _script.Add((method, count, 200, null, error));
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> get HTTP <paramref name="status"/> (a 5xx: Slack having a bad moment).</summary>
    public void FailNext(string method, int status = 503, int count = 1)
    {
        lock (_sync) _script.Add((method, count, status, null, null));
    }

    /// <summary>Every successful answer to <paramref name="method"/> carries <paramref name="warning"/> in <c>response_metadata.warnings</c>.</summary>
    public void WarnOn(string method, string warning)
    {
        lock (_sync) _warnings[method] = warning;
    }

    /// <summary>
    /// oauth.v2.access answers <paramref name="code"/> (once, as Slack does) with <paramref name="install"/>'s
    /// token; with a refresh token, grant_type=refresh_token answers it with <see cref="SlackInstall.Refreshed"/>.
    /// Unknown codes and refresh tokens get invalid_code / invalid_refresh_token.
    /// </summary>
    public void AcceptInstall(string code, SlackInstall install)
    {
        lock (_sync)
        {
            _installCodes[code] = install;
            if (install.RefreshToken is { } refresh) _refreshTokens[refresh] = install;
        }
    }

    /// <summary>The DM channel id the stand-in gives a user (conversations.open).</summary>
    public static string DmOf(string userId) => "D" + userId.TrimStart('U', 'W');

    /// <summary>Waits (up to a cap) until a call matching <paramref name="match"/> has been answered.</summary>
    public async Task<SlackCall> WaitForAsync(Func<SlackCall, bool> match, string what, int seconds = 20)
    {
        var until = _clock.Elapsed + TimeSpan.FromSeconds(seconds);
        while (_clock.Elapsed < until)
        {
            var found = Calls.FirstOrDefault(c => match(c) && c.AnsweredAt > TimeSpan.Zero);
            if (found is not null) return found;
            await Task.Delay(20);
        }
        var errors = Diagnostics?.Invoke() ?? [];
        throw new TimeoutException($"No {what} within {seconds} s. Calls: {string.Join(", ", Calls.Select(Describe))}" +
            (errors.Count == 0 ? "" : "\nThe host logged:\n" + string.Join("\n", errors)));
    }

    /// <summary>A call as a failed wait reports it: the method, a refusal, and the start of what it said.</summary>
    private static string Describe(SlackCall call)
    {
        var text = call.Text is { Length: > 0 } t ? $" \"{(t.Length > 60 ? t[..60] + "…" : t)}\"" : "";
        return call.Method + (call.Accepted ? "" : $"({call.Status}{call.Error})") + text;
    }

    public Task<SlackCall> WaitForAsync(string method, Func<SlackCall, bool>? match = null, int seconds = 20) =>
        WaitForAsync(c => c.Method == method && c.Accepted && (match?.Invoke(c) ?? true), method, seconds);

    /// <summary>The next Socket Mode connection the bot opens.</summary>
    public async Task<SocketSession> NextSocketAsync(int seconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        return await _sockets.Reader.ReadAsync(timeout.Token);
    }

    private async Task HandleAsync(HttpContext http, string method)
    {
        var receivedAt = _clock.Elapsed;
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var contentType = http.Request.ContentType;
        JsonObject? json = null;
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        if (contentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true) json = JsonNode.Parse(body) as JsonObject;
        else foreach (var (key, value) in QueryHelpers.ParseQuery(body)) form[key] = value.ToString();

        _perMethod.AddOrUpdate(method, 1, (_, n) => n + 1);
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay);
        Task[] held;
        lock (_sync)
        {
            var probe = new SlackCall(method, contentType, null, form, json);
            held = _holds.Where(h => h.Match(probe)).Select(h => h.Released.Task).ToArray();
        }
        await Task.WhenAll(held);

        int status;
        int? retryAfter;
        string? error;
        SlackCall call;
        JsonObject answer;
        lock (_sync)
        {
            (status, retryAfter, error) = Scripted(method);
            var id = $"1700000000.{++_next:D6}";
            call = new SlackCall(method, contentType, http.Request.Headers.Authorization.ToString(), form, json)
            {
                Status = status, Error = error, ReceivedAt = receivedAt, ResultId = id,
            };
            answer = Answer(method, call, id);
            // An answer that refuses on its own (an unknown install code) is recorded as refused.
            if (error is null && answer["ok"]?.GetValue<bool>() == false) call = call with { Error = answer["error"]?.GetValue<string>() };
            if (RecordCalls) _calls.Add(call);
        }
        if (status == 429)
        {
            http.Response.StatusCode = 429;
            http.Response.Headers.RetryAfter = retryAfter!.Value.ToString(CultureInfo.InvariantCulture);
            await http.Response.WriteAsync("");
        }
        else if (status >= 500)
        {
            http.Response.StatusCode = status;
            await http.Response.WriteAsync("upstream connect error");
        }
        else if (error is not null) await http.Response.WriteAsJsonAsync(new JsonObject { ["ok"] = false, ["error"] = error });
        else if (method == "response_url") await http.Response.WriteAsync("ok");
        else await http.Response.WriteAsJsonAsync(answer);
        call.AnsweredAt = _clock.Elapsed;
    }

    private (int Status, int? RetryAfter, string? Error) Scripted(string method)
    {
        for (var i = 0; i < _script.Count; i++)
        {
            var entry = _script[i];
            if (entry.Method is not null && entry.Method != method) continue;
            _script[i] = entry with { Left = entry.Left - 1 };
            if (entry.Left - 1 <= 0) _script.RemoveAt(i);
            return (entry.Status, entry.RetryAfter, entry.Error);
        }
        return (200, null, null);
    }

    private JsonObject Answer(string method, SlackCall call, string id)
    {
        var ok = new JsonObject { ["ok"] = true };
        if (_warnings.TryGetValue(method, out var warning))
            ok["response_metadata"] = new JsonObject { ["warnings"] = new JsonArray(warning) };
        switch (method)
        {
            case "auth.test":
                ok["user_id"] = BotUserId; ok["bot_id"] = "B0BOT"; ok["team_id"] = TeamId; ok["team"] = "Contoso"; ok["url"] = "https://contoso.slack.com/";
                break;
            case "chat.postMessage" or "chat.update":
                ok["channel"] = call.Channel;
                ok["ts"] = method == "chat.update" ? call.Arg("ts") : id;
                break;
            case "chat.postEphemeral":
                ok["message_ts"] = id;
                break;
            case "conversations.open":
                ok["channel"] = new JsonObject { ["id"] = DmOf(call.Arg("users") ?? "") };
                break;
            case "conversations.info":
                ok["channel"] = Conversation(call.Arg("channel") ?? "");
                break;
            case "views.open" or "views.update" or "views.publish":
                ok["view"] = new JsonObject { ["id"] = call.Arg("view_id") ?? "V" + id.Replace(".", "", StringComparison.Ordinal), ["hash"] = "hash-" + id };
                break;
            case "users.info":
                var user = call.Arg("user") ?? "";
                var realName = _names.GetValueOrDefault(user, "Riley Recruiter");
                ok["user"] = new JsonObject
                {
                    ["id"] = user, ["team_id"] = TeamId, ["name"] = realName.Split(' ')[0].ToLowerInvariant(), ["real_name"] = realName,
                    ["tz"] = _timeZones.GetValueOrDefault(user, "Europe/Berlin"), ["tz_offset"] = 3600, ["is_bot"] = false,
                    ["profile"] = new JsonObject { ["real_name"] = realName, ["display_name"] = realName.Split(' ')[0] },
                };
                break;
            case "oauth.v2.access":
                return OAuthAccess(call, ok);
            case "apps.connections.open":
                ok["url"] = BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/socket";
                break;
        }
        return ok;
    }

    /// <summary>oauth.v2.access as Slack answers it for a bot install (token rotation on when the install has a refresh token).</summary>
    private JsonObject OAuthAccess(SlackCall call, JsonObject ok)
    {
        SlackInstall? install;
        string token;
        int expiresIn;
        if (call.Arg("grant_type") == "refresh_token")
        {
            if (!_refreshTokens.TryGetValue(call.Arg("refresh_token") ?? "", out install)) return new JsonObject { ["ok"] = false, ["error"] = "invalid_refresh_token" };
            token = install.Refreshed ?? install.BotToken;
            expiresIn = 43200; // a refreshed token lasts Slack's usual 12 hours
        }
        else
        {
            if (!_installCodes.Remove(call.Arg("code") ?? "", out install)) return new JsonObject { ["ok"] = false, ["error"] = "invalid_code" };
            token = install.BotToken;
            expiresIn = install.ExpiresInSeconds;
        }
        ok["access_token"] = token; ok["token_type"] = "bot"; ok["scope"] = "commands,chat:write,im:write,im:history,users:read";
        ok["bot_user_id"] = install.BotUserId; ok["app_id"] = "A0APP";
        ok["team"] = new JsonObject { ["id"] = install.TeamId, ["name"] = install.TeamName };
        ok["enterprise"] = null; ok["is_enterprise_install"] = false;
        ok["authed_user"] = new JsonObject { ["id"] = install.InstallerId };
        if (install.RefreshToken is { } refresh)
        {
            ok["refresh_token"] = refresh;
            ok["expires_in"] = expiresIn;
        }
        return ok;
    }

    /// <summary>A conversation object as conversations.info describes it.</summary>
    private JsonObject Conversation(string id)
    {
        var groupDm = _groupDms.Contains(id);
        var im = !groupDm && id.StartsWith('D');
        var privateChannel = !groupDm && id.StartsWith('G');
        return new JsonObject
        {
            ["id"] = id, ["name"] = groupDm ? "mpdm-riley--sam-1" : id.ToLowerInvariant(),
            ["is_channel"] = !groupDm && !im && !privateChannel, ["is_group"] = privateChannel, ["is_im"] = im,
            ["is_mpim"] = groupDm, ["is_private"] = groupDm || im || privateChannel, ["is_archived"] = false,
        };
    }

    private async Task AcceptSocketAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = 400;
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var session = new SocketSession(socket, StallableUpgrade.StreamOf(http));
        await _sockets.Writer.WriteAsync(session);
        try
        {
            await session.Finished.WaitAsync(_app.Lifetime.ApplicationStopping);
        }
        catch (OperationCanceledException)
        {
            socket.Abort(); // the stand-in is stopping: do not hold its shutdown
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_sync)
        {
            foreach (var hold in _holds) hold.Released.TrySetResult(); // a held call must not hold the stand-in's shutdown
        }
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
