using System.Text.Json.Nodes;

namespace InterviewBot.Slack.Tests.Support;

/// <summary>A stand-in Slack and a host talking to it, fresh for each test.</summary>
public abstract class SlackTest : IAsyncLifetime
{
    private SlackHost? _host;

    protected FakeSlackApi Slack { get; private set; } = null!;

    protected SlackHost Host => _host ??= CreateHost();

    protected SlackUser Riley => new(Host, Slack);

    /// <summary>Settings beyond the defaults (signing secret, bot token, the stand-in's URL).</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    /// <summary>More service registrations after the host's own (a telemetry capture…).</summary>
    protected virtual Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? Services => null;

    public async Task InitializeAsync() => Slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        await Slack.DisposeAsync();
    }

    private SlackHost CreateHost()
    {
        var host = new SlackHost(Slack, Settings, Services);
        Slack.Diagnostics = () => host.Errors.Lines;
        _ = host.Server; // start it: auth.test runs at startup
        return host;
    }

    /// <summary>Books a phone screen through the modal and returns the posted before-call checklist.</summary>
    protected async Task<SlackCall> BookAsync(SlackUser user, string candidate = "Jordan Lee")
    {
        await SlackUser.BodyAsync(await user.CommandAsync("new"));
        var opened = await Slack.WaitForAsync("views.open");
        Slack.Clear();
        var answer = await SlackUser.BodyAsync(await user.SubmitAsync(opened.View!, NewInterview(candidate)));
        Assert.Equal("clear", JsonNode.Parse(answer)?["response_action"]?.GetValue<string>());
        return await Slack.WaitForAsync("chat.postMessage", c => c.AllText.Contains("Before the call", StringComparison.OrdinalIgnoreCase) || c.AllText.Contains("checklist", StringComparison.OrdinalIgnoreCase));
    }

    protected static Dictionary<string, string> NewInterview(string candidate = "Jordan Lee") => new()
    {
        ["candidate"] = candidate,
        ["role"] = "Backend engineer",
        ["date"] = CallDate(),
        ["time"] = "14:30",
        ["timeZone"] = "Europe/Berlin",
    };

    /// <summary>A Wednesday about a week away: no reminder for it falls due while a test runs.</summary>
    protected static string CallDate()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);
        while (day.DayOfWeek != DayOfWeek.Wednesday) day = day.AddDays(1);
        return day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }
}
