using System.Globalization;
using System.Text.Json.Nodes;
using InterviewBot.Cards;
using InterviewBot.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>The interview a booking's checklist card is about (from its buttons).</summary>
    protected static Guid InterviewIdOf(SlackCall checklist) => Guid.Parse(SlackUser.Buttons(checklist.Blocks!)
        .Select(b => BlockKitRenderer.ReadButton(b.Button["value"]!.GetValue<string>())!.Data.GetValueOrDefault("interviewId"))
        .First(id => id is not null)!);

    /// <summary>
    /// The booking's first personal nudge. Replies go out before the turn commits (ConversationPipeline),
    /// so the checklist can arrive a moment before the nudges are saved: wait for them (up to 10 s).
    /// </summary>
    protected async Task<Core.Domain.Nudge> FirstPersonalNudgeAsync(Guid interviewId)
    {
        for (var i = 0; i < 200; i++)
        {
            using var scope = Host.Services.CreateScope();
            var nudges = await scope.ServiceProvider.GetRequiredService<INudges>().ListForInterviewAsync(interviewId);
            if (nudges.Where(n => n.PersonId is not null && n.IsWaiting).MinBy(n => n.DueUtc) is { } first) return first;
            await Task.Delay(50);
        }
        throw new TimeoutException($"The booking {interviewId} planned no personal nudge within 10 s.");
    }

    /// <summary>Moves the local clock just past <paramref name="dueUtc"/>: the nudges due by then go out.</summary>
    protected async Task AdvanceClockToAsync(DateTime dueUtc)
    {
        var now = Host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var hours = Math.Max(0.01, (dueUtc - now).TotalHours + 0.01);
        using var response = await Host.CreateClient().PostAsync($"/dev/clock/advance?hours={hours.ToString("0.######", CultureInfo.InvariantCulture)}", null);
        response.EnsureSuccessStatusCode();
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
