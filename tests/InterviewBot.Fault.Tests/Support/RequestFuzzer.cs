using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace InterviewBot.Fault.Tests.Support;

/// <summary>
/// Makes malformed requests for every endpoint of the host, from a fixed seed so a failure can be
/// replayed: broken and truncated JSON, bodies over each endpoint's size limit, wrong content types,
/// wrong JSON types in known fields, random bytes, deep nesting, huge headers and URLs, wrong methods,
/// and broken HTTP on a raw socket. A few requests per endpoint are well-formed (and Slack's signed,
/// the interviews API's keyed) so that what sits behind the checks is reached too.
/// </summary>
public sealed class RequestFuzzer(int seed, string chatServiceUrl, string slackHooksUrl)
{
    /// <summary>
    /// A request line naming an HTTP version Kestrel does not speak (HTTP/9.9). Kestrel answers it
    /// 505 HTTP Version Not Supported itself, as RFC 9110 §15.6.6 says, before any of the host's code
    /// runs; the tests count these apart from the application's answers.
    /// </summary>
    public const string RawHttpVersion = "raw-http-version";

    private static readonly System.Text.RegularExpressions.Regex UnknownVersion = new(@"^[A-Z]+ \S+ HTTP/(?!1\.[01]\r\n)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private readonly Random _random = new(seed);
    private int _serial;

    public const int KilobyteLimitOfMessages = 256;
    public const int KilobyteLimitOfSlack = 512;
    public const int KilobyteLimitOfInterviews = 64;

    /// <summary>Kestrel's limit for every other endpoint (RequestLimits in the host).</summary>
    public const int KilobyteLimitOfEverythingElse = 1024;

    private static readonly string[] Mutations =
    [
        "valid", "malformed-json", "truncated", "oversized", "wrong-content-type", "wrong-types", "wrong-types", "wrong-types",
        "random-bytes", "deep-nesting", "huge-headers", "wrong-method", "odd-path", "raw-http",
    ];

    private sealed record Target(string Name, string Method, Func<string> Path, string? ContentType, Func<string>? Body, int LimitKb,
        bool Slack = false, bool ApiKey = false, bool FormPayload = false);

    private IReadOnlyList<Target>? _targets;

    private IReadOnlyList<Target> Targets => _targets ??=
    [
        new("messages", "POST", () => "/api/messages", "application/json", Activity, KilobyteLimitOfMessages),
        new("slack-commands", "POST", () => "/slack/commands", "application/x-www-form-urlencoded", SlashCommand, KilobyteLimitOfSlack, Slack: true),
        new("slack-interactions", "POST", () => "/slack/interactions", "application/x-www-form-urlencoded", Interaction, KilobyteLimitOfSlack, Slack: true, FormPayload: true),
        new("slack-events", "POST", () => "/slack/events", "application/json", SlackEvent, KilobyteLimitOfSlack, Slack: true),
        new("interviews-create", "POST", () => "/api/interviews", "application/json", NewInterview, KilobyteLimitOfInterviews, ApiKey: true),
        new("interviews-read", "GET", () => $"/api/interviews/{SomeId()}{Pick("", "/nudges")}", null, null, KilobyteLimitOfEverythingElse, ApiKey: true),
        new("interviews-cancel", "DELETE", () => $"/api/interviews/{SomeId()}", null, null, KilobyteLimitOfEverythingElse, ApiKey: true),
        new("clock-advance", "POST", () => "/dev/clock/advance" + Pick("", "", "?hours=0.01", "?hours=NaN", "?hours=-1", "?hours=1e308", "?hours=", "?hours=%00", "?hours=1&hours=2"),
            "application/json", () => """{"hours": 0.01}""", KilobyteLimitOfEverythingElse),
        new("clock", "GET", () => "/dev/clock", null, null, KilobyteLimitOfEverythingElse),
        new("local-send", "POST", () => "/local/send", "application/json", LocalSend, KilobyteLimitOfEverythingElse),
        new("local-start", "POST", () => "/local/start", "application/json", LocalStart, KilobyteLimitOfEverythingElse),
        new("local-schedule", "GET", () => "/local/schedule?user=" + Pick("fz-user-1", "", "%00", new string('u', 300), "a b"), null, null, KilobyteLimitOfEverythingElse),
        new("local-events", "GET", () => "/local/events" + Pick("", "?conversation=", "?conversation=%ff%fe", "?conversation=" + new string('c', 500)), null, null, KilobyteLimitOfEverythingElse),
        new("local-connector", "POST", () => $"/local/connector/v3/conversations/{Pick("fz-conv-1", "%20", "..", new string('x', 300))}/activities{Pick("", "/fz-activity-1")}",
            "application/json", () => """{"type":"message","text":"hello"}""", KilobyteLimitOfEverythingElse),
        new("local-connector-update", "PUT", () => "/local/connector/v3/conversations/fz-conv-1/activities/fz-activity-1", "application/json",
            () => """{"type":"message","text":"updated"}""", KilobyteLimitOfEverythingElse),
        new("local-assets", "GET", () => "/local/assets/" + Pick("chat.js", "../../appsettings.json", "..%2f..%2fappsettings.json", "%00", "vendor/../../../etc/passwd", new string('a', 2000)), null, null, KilobyteLimitOfEverythingElse),
        new("page", "GET", () => "/" + Pick("", "?x=1", "index.html"), null, null, KilobyteLimitOfEverythingElse),
        new("healthz", "GET", () => "/healthz", null, null, KilobyteLimitOfEverythingElse),
    ];

    public IEnumerable<FuzzRequest> Generate(int count)
    {
        for (var i = 0; i < count; i++) yield return Next();
    }

    private FuzzRequest Next()
    {
        _serial++;
        var target = Targets[_random.Next(Targets.Count)];
        var mutation = Mutations[_random.Next(Mutations.Length)];
        var body = target.Body?.Invoke();
        var request = new FuzzRequest(target.Name, mutation, target.Method, target.Path())
        {
            Body = body is null ? null : Encoding.UTF8.GetBytes(body),
            ContentType = body is null ? null : target.ContentType,
            // Most Slack requests are signed, so the parsers behind the signature check see the damage too.
            Signing = target.Slack ? (_random.Next(10) < 7 ? SlackSigning.Valid : (SlackSigning)_random.Next(5)) : SlackSigning.None,
            WithApiKey = target.ApiKey && _random.Next(10) < 8,
        };

        return mutation switch
        {
            "valid" => request,
            "malformed-json" => request with { Body = Bytes(Corrupt(body ?? "{}", target)), ContentType = target.ContentType ?? "application/json" },
            "truncated" => request with { Body = Bytes(Truncate(body ?? """{"a":1}""")), ContentType = target.ContentType ?? "application/json" },
            "oversized" => Oversized(request, target, body),
            "wrong-content-type" => request with
            {
                Body = Bytes(body ?? "{}"),
                ContentType = Pick("text/plain", "application/xml", "multipart/form-data; boundary=zz", "application/json; charset=utf-32", "application/x-www-form-urlencoded",
                    "application/json", "", "*/*", "application/json;;;===", "image/png", "text/html; charset=nope", "application/vnd.api+json"),
            },
            "wrong-types" => request with { Body = Bytes(WrongTypes(body, target)), ContentType = target.ContentType ?? "application/json" },
            "random-bytes" => request with { Body = RandomBytes(_random.Next(0, 4096)), ContentType = Pick(target.ContentType ?? "application/octet-stream", "application/octet-stream", "application/json") },
            "deep-nesting" => request with { Body = Bytes(Deep(target)), ContentType = target.ContentType ?? "application/json" },
            "huge-headers" => HugeHeaders(request),
            "wrong-method" => request with { Method = Pick(new[] { "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "FUZZ" }.Where(m => m != target.Method).ToArray()) },
            "odd-path" => request with { PathAndQuery = OddPath(request.PathAndQuery) },
            _ => RawHttp(request, target, body),
        };
    }

    // ---- Well-formed bodies ----

    private string Activity()
    {
        var type = Pick("message", "message", "message", "conversationUpdate", "invoke", "messageReaction", "installationUpdate", "event", "typing", "endOfConversation");
        var user = $"29:fz-user-{_random.Next(40)}";
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"fz-activity-{_serial}",
            ["timestamp"] = "2026-11-27T10:00:00.000Z",
            ["serviceUrl"] = Pick(chatServiceUrl, chatServiceUrl, chatServiceUrl, "http://127.0.0.1:9/", "not a url", "", "ftp://127.0.0.1/", "http://[::1", "file:///etc/passwd", "http://127.0.0.1:9/" + new string('p', 3000)),
            ["channelId"] = Pick("msteams", "msteams", "emulator", "webchat", "slack", ""),
            ["from"] = new JsonObject { ["id"] = user, ["name"] = "Fuzz Tester", ["aadObjectId"] = NewGuid().ToString() },
            ["conversation"] = new JsonObject { ["id"] = $"fz-conv-{_random.Next(40)}", ["conversationType"] = Pick("personal", "channel", "groupChat"), ["tenantId"] = "fuzz-tenant" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot-interviewbot", ["name"] = "InterviewBot" },
            ["text"] = Pick("help", "new interview", "prep", "my interviews", "settings", "open 2", "cancel", "note hello", "<at>InterviewBot</at> use this channel", ""),
            ["localTimezone"] = Pick("Europe/Berlin", "Mars/Olympus", "", "UTC"),
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "fuzz-tenant" } },
        };
        if (_random.Next(3) == 0)
        {
            activity["value"] = new JsonObject
            {
                ["verb"] = Pick("book", "done", "snooze", "stop", "step-done", "answer", "nudge-done", "???"),
                ["cardId"] = Pick(NewGuid().ToString(), "not-a-guid", ""),
                ["interviewId"] = Pick(NewGuid().ToString(), "x"),
                ["step"] = Pick("look-beyond", "resume-homework", "nope"),
            };
            activity["replyToId"] = "fz-activity-1";
        }
        if (type == "invoke") activity["name"] = Pick("adaptiveCard/action", "composeExtension/query", "task/fetch", "signin/verifyState");
        if (type == "conversationUpdate") activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot-interviewbot" });
        return activity.ToJsonString();
    }

    private string SlashCommand() => Form(
        ("token", "x"), ("team_id", "T0FUZZ"), ("team_domain", "fuzz"), ("channel_id", Pick("D0FUZZ", "C0FUZZ")), ("channel_name", "directmessage"),
        ("user_id", $"U0FUZZ{_random.Next(40)}"), ("user_name", "fuzz"), ("command", "/interviewbot"),
        ("text", Pick("help", "new interview", "prep", "my interviews", "settings", "")),
        ("response_url", slackHooksUrl), ("trigger_id", "1.2.3"), ("api_app_id", "A0FUZZ"));

    private string Interaction()
    {
        var payload = JsonNode.Parse(File.ReadAllText(SlackExample(Pick("BlockActionPayload.json", "ViewSubmissionPayload.json", "ViewClosedPayload.json"))))!.AsObject();
        payload["team"] = new JsonObject { ["id"] = "T0FUZZ", ["domain"] = "fuzz" };
        payload["user"] = new JsonObject { ["id"] = $"U0FUZZ{_random.Next(40)}", ["name"] = "fuzz", ["team_id"] = "T0FUZZ" };
        payload["response_url"] = slackHooksUrl;
        if (payload["view"] is JsonObject view) view["callback_id"] = "interviewbot";
        return Form(("payload", payload.ToJsonString()));
    }

    private string SlackEvent()
    {
        if (_random.Next(6) == 0) return """{"type":"url_verification","challenge":"fuzz-challenge","token":"x"}""";
        var envelope = JsonNode.Parse(File.ReadAllText(SlackExample(Pick("MessagePayload.json", "AppMentionPayload.json"))))!.AsObject();
        envelope["type"] = "event_callback";
        envelope["team_id"] = "T0FUZZ";
        envelope["event_id"] = $"Ev{_serial}";
        if (envelope["event"] is JsonObject inner)
        {
            inner.Remove("bot_id");
            inner.Remove("bot_profile");
            inner["user"] = $"U0FUZZ{_random.Next(40)}";
            inner["channel"] = Pick("D0FUZZ", "C0FUZZ");
            inner["channel_type"] = "im";
            inner["text"] = Pick("help", "<@U0BOT> help", "my interviews");
            inner.Remove("subtype");
        }
        return envelope.ToJsonString();
    }

    private string NewInterview()
    {
        var start = DateTime.UtcNow.AddDays(7 + _random.Next(30)).ToString("yyyy-MM-dd'T'14:00", CultureInfo.InvariantCulture);
        var end = start[..^5] + "14:30";
        return new JsonObject
        {
            ["recruiter"] = new JsonObject { ["platformUserId"] = $"29:fz-recruiter-{_random.Next(20)}", ["name"] = "Fuzz Recruiter" },
            ["candidate"] = new JsonObject { ["name"] = "Jordan Fuzz", ["email"] = "jordan@example.com" },
            ["role"] = "Backend engineer",
            ["company"] = "Contoso",
            ["start"] = start,
            ["end"] = end,
            ["timeZone"] = Pick("Europe/Berlin", "America/New_York", "UTC"),
        }.ToJsonString();
    }

    private string LocalSend() => new JsonObject
    {
        ["conversationId"] = $"fz-conv-{_random.Next(40)}",
        ["userId"] = $"fz-user-{_random.Next(40)}",
        ["userName"] = "Fuzz Tester",
        ["timeZone"] = "Europe/Berlin",
        ["locale"] = "en-GB",
        ["text"] = Pick("help", "my interviews", "settings", "prep"),
    }.ToJsonString();

    private string LocalStart() => new JsonObject
    {
        ["conversationId"] = $"fz-conv-{_random.Next(1000)}",
        ["userId"] = $"fz-user-{_random.Next(40)}",
        ["userName"] = "Fuzz Tester",
    }.ToJsonString();

    // ---- Damage ----

    private string Corrupt(string body, Target target)
    {
        var text = new StringBuilder(target.FormPayload ? Uri.UnescapeDataString(body) : body);
        for (var n = _random.Next(1, 4); n > 0 && text.Length > 0; n--)
        {
            var at = _random.Next(text.Length);
            switch (_random.Next(4))
            {
                case 0: text.Remove(at, Math.Min(text.Length - at, _random.Next(1, 20))); break;
                case 1: text.Insert(at, Pick("{", "}", "[", "]", "\"", ",", ":", "\\", "\\u00", "\0", "\uFFFF", "ÿ", "NaN", "undefined", "//", "'")); break;
                case 2: text[at] = (char)_random.Next(0, 0xD7FF); break;
                default: text.Insert(at, "\"\"\"" + new string('"', _random.Next(5))); break;
            }
        }
        return target.FormPayload ? Form(("payload", text.ToString())) : text.ToString();
    }

    private string Truncate(string body) => body.Length <= 1 ? "" : body[.._random.Next(1, body.Length)];

    private FuzzRequest Oversized(FuzzRequest request, Target target, string? body)
    {
        var size = target.LimitKb * 1024 + 1 + _random.Next(target.LimitKb * 512);
        var padding = new string('x', size);
        var padded = body is null ? padding
            : target.ContentType == "application/json" && body.StartsWith('{') ? "{\"padding\":\"" + padding + "\"," + body[1..]
            : body + "&padding=" + padding;
        return request with
        {
            Body = Bytes(padded),
            ContentType = target.ContentType ?? "application/json",
            Chunked = _random.Next(3) == 0,
        };
    }

    private string WrongTypes(string? body, Target target)
    {
        if (body is null) return Pick("[]", "42", "\"text\"", "null", "true", "{}");
        var json = target.FormPayload ? QueryValue(body, "payload") : target.ContentType == "application/json" ? body : null;
        if (json is null)
        {
            // A form: repeated, empty, badly escaped and overlong fields.
            return Pick(body + "&team_id=T2&team_id=T3", body.Replace("team_id=T0FUZZ", "team_id=", StringComparison.Ordinal),
                body + "&text=%ZZ%", body.Replace("user_id=", "user_id=" + new string('U', 5000), StringComparison.Ordinal), "=&&=&%", body + "&payload={}");
        }

        var root = JsonNode.Parse(json)!;
        for (var n = _random.Next(1, 4); n > 0; n--)
        {
            var nodes = Walk(root).Where(p => p.Parent is not null).ToList();
            if (nodes.Count == 0) break;
            var (parent, key, index) = nodes[_random.Next(nodes.Count)];
            var wrong = WrongValue();
            if (parent is JsonObject obj) obj[key!] = wrong;
            else if (parent is JsonArray array) array[index] = wrong;
        }
        var mutated = root.ToJsonString();
        return target.FormPayload ? Form(("payload", mutated)) : mutated;
    }

    private JsonNode? WrongValue() => _random.Next(11) switch
    {
        0 => JsonValue.Create(_random.Next()),
        1 => JsonValue.Create(-1.5e300),
        2 => new JsonArray(1, "two", null, new JsonObject()),
        3 => new JsonObject { ["unexpected"] = new JsonArray() },
        4 => JsonValue.Create(true),
        5 => null,
        6 => JsonValue.Create(new string('w', _random.Next(1, 20_000))),
        7 => JsonValue.Create("\u0000\uFFFF\uD800"[.._random.Next(1, 3)]),
        8 => JsonValue.Create(long.MaxValue),
        9 => JsonValue.Create("2026-02-30T25:61"),
        _ => JsonValue.Create(""),
    };

    private static IEnumerable<(JsonNode? Parent, string? Key, int Index)> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    yield return (obj, key, -1);
                    foreach (var inner in Walk(child)) yield return inner;
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, null, i);
                    foreach (var inner in Walk(array[i])) yield return inner;
                }
                break;
        }
    }

    private string Deep(Target target)
    {
        var depth = Pick(65, 1000, 100_000);
        var nested = _random.Next(2) == 0
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
        return target.FormPayload ? Form(("payload", nested)) : target.ContentType == "application/x-www-form-urlencoded" ? "text=" + nested : nested;
    }

    private FuzzRequest HugeHeaders(FuzzRequest request) => _random.Next(4) switch
    {
        0 => request with { Headers = [new("X-Fuzz", new string('h', _random.Next(20_000, 70_000)))] },
        1 => request with { Headers = Enumerable.Range(0, _random.Next(90, 300)).Select(i => new KeyValuePair<string, string>($"X-Fuzz-{i}", new string('h', 200))).ToList() },
        2 => request with { Headers = [new("Cookie", string.Join("; ", Enumerable.Range(0, 2000).Select(i => $"c{i}=v{i}")))] },
        _ => request with { PathAndQuery = request.PathAndQuery + (request.PathAndQuery.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "q=" + new string('q', _random.Next(5_000, 40_000)) },
    };

    private string OddPath(string path) => Pick(
        path + "/",
        path.ToUpperInvariant(),
        path + "/../../etc/passwd",
        path + "%2F..%2F",
        path + "?" + string.Join("&", Enumerable.Range(0, 500).Select(i => $"k{i}=v")),
        "/" + new string('a', 4000),
        path + "/%00",
        path + "//" + path,
        "/api/interviews/" + NewGuid() + "/nudges/extra",
        "/slack/../api/messages",
        "/%E0%A4%A");

    private FuzzRequest RawHttp(FuzzRequest request, Target target, string? body)
    {
        var path = target.Path();
        var content = body ?? "{}";
        var (raw, halfClose) = _random.Next(10) switch
        {
            0 => ($"{Junk(40)}\r\n\r\n", false),
            1 => ($"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: {target.ContentType ?? "application/json"}\r\nContent-Length: {content.Length + 500}\r\n\r\n{content}", true),
            2 => ($"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Length: {Pick("abc", "-5", "99999999999999999999", "1, 2", "")}\r\n\r\n{content}", false),
            3 => ($"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{content}\r\n0\r\n\r\n", false),
            4 => ($"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n{content.Length:x}\r\n{content}\r\n0\r\n\r\n", false),
            5 => ($"POST {path} HTTP/1.1\r\nHost: localhost\r\nNo-Colon-Here\r\nX-Null: a\0b\r\n folded: line\r\n\r\n", false),
            6 => ($"GET {path} HTTP/9.9\r\nHost: localhost\r\n\r\n", false),
            7 => ($"GET {path} HTTP/1.1\r\n\r\n", false),
            8 => ($"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: {target.ContentType ?? "application/json"}\r\nContent-Le", true),
            _ => ($"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n{content.Length + 100:x}\r\n{content}", true),
        };
        return request with { Mutation = UnknownVersion.IsMatch(raw) ? RawHttpVersion : "raw-http", Method = "RAW", Raw = Encoding.Latin1.GetBytes(raw), HalfClose = halfClose };
    }

    // ---- Helpers ----

    /// <summary>A GUID from the seeded generator, so the run is the same every time.</summary>
    private Guid NewGuid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private string SomeId() => Pick(NewGuid().ToString(), Guid.Empty.ToString(), "not-a-guid", "%00", "1", new string('9', 300));

    private string Junk(int length) => new(Enumerable.Range(0, length).Select(_ => (char)_random.Next(1, 256)).ToArray());

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(params T[] choices) => choices[_random.Next(choices.Length)];

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Form(params (string Key, string Value)[] fields) =>
        string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));

    private static string? QueryValue(string form, string key) =>
        form.Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2 && p[0] == key).Select(p => Uri.UnescapeDataString(p[1])).FirstOrDefault();

    private static string SlackExample(string file) => Path.Combine(RepoRoot.Path, "tests", "schemas", "slack-examples", file);
}
