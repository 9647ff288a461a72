using System.Text.Json.Nodes;
using InterviewBot.Core.Domain;
using InterviewBot.Core.FollowUp;
using InterviewBot.Core.Ports;
using InterviewBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Host.Tests;

/// <summary>
/// Every nudge of one call falling due in the same instant – the host was down through the whole
/// follow-up, and at start its recovery gives each waiting nudge a timer for now – on SQLite and on
/// PostgreSQL (where Quartz runs clustered): each is judged exactly once, by the rules of docs/nudges.md
/// (sent late, expired, or moved to the next working moment), none is lost to a cancellation, no card
/// goes out twice, and the scheduler logs no error.
/// </summary>
public sealed class ManyDueAtOnceTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public Task On_SQLite_every_nudge_of_a_call_due_at_once_is_judged_once_and_no_card_repeats() => RunAsync(NudgeApi.Settings());

    [PostgresFact]
    public async Task On_PostgreSQL_every_nudge_of_a_call_due_at_once_is_judged_once_and_no_card_repeats()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        try
        {
            var settings = NudgeApi.Settings();
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:InterviewBot"] = database;
            await RunAsync(settings);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    private async Task RunAsync(Dictionary<string, string?> settings)
    {
        await using var connector = await LocalConnector.StartAsync();
        Guid interviewId;
        IReadOnlyList<JsonObject> plan;
        await using (var before = new BotHost(_data, settings))
        {
            // Riley books a call with Sam, who uses the bot in the same workspace; the team has a channel.
            var riley = new Conversation(before, connector, new Activities(connector.ServiceUrl));
            var sam = new Conversation(before, connector, new Activities(connector.ServiceUrl, userId: "29:user-sam", userName: "Sam Candidate", conversationId: "a:personal-sam"));
            await riley.PostAsync(riley.Activities.ChannelMessage("use this channel"));
            await riley.SayAsync("hi");
            await sam.SayAsync("hi");
            interviewId = await BookWithCandidateAsync(before);
            var api = new NudgeApi(before, NudgeApi.Key);
            plan = await api.NudgesAsync(interviewId);
        }
        Assert.True(plan.Count >= 10, $"Expected ten or more nudges for the call, planned: {string.Join(", ", plan.Select(NudgeApi.Kind))}");

        // Back three weeks later, after every one of them was due: they all fire at once.
        var logs = new LogCapture();
        var back = plan.Max(NudgeApi.Due).AddDays(1);
        var start = connector.Requests.Count;
        IReadOnlyList<JsonObject> settled;
        await using (var after = NudgeApi.HostAt(_data, back, settings, logs))
        {
            var api = new NudgeApi(after, NudgeApi.Key);
            settled = await api.SettledAsync(interviewId);
            // The states are saved before a delivery's timers are set or cleared: let the last ones finish.
            var timers = after.Services.GetRequiredService<INudgeTimers>();
            for (var quiet = 0; quiet < 3; quiet = await timers.SettledAsync() ? quiet + 1 : 0) await Task.Delay(50);
        }

        Assert.Equal(plan.Select(n => n["id"]!.GetValue<string>()).Order(), settled.Select(n => n["id"]!.GetValue<string>()).Order());
        Assert.All(settled, n => Assert.True(n["state"]!.GetValue<string>() is "Sent" or "Expired" or "Pending",
            $"{NudgeApi.Kind(n)} ended {n["state"]} ({n["lastError"]}): nothing due may be lost to a cancellation or a failure"));
        Assert.All(settled.Where(n => n["state"]!.GetValue<string>() == "Pending"), n => Assert.True(NudgeApi.Due(n) > back, $"{NudgeApi.Kind(n)} is still waiting for its past time"));

        // One card per nudge sent, none twice.
        // (The team's digest, due too, is the workspace's, not the call's.)
        var cards = connector.Requests.Skip(start)
            .Where(r => r.Kind is "send" or "thread" && r.Card is not null && !CardReader.AllText(r.Card).StartsWith("Team digest", StringComparison.Ordinal)).ToList();
        var sent = settled.Where(n => n["state"]!.GetValue<string>() == "Sent").ToList();
        Assert.NotEmpty(sent);
        Assert.Equal(sent.Count, cards.Count);
        Assert.All(sent, n => Assert.Single(cards, c => c.CardJson.Contains(n["id"]!.GetValue<string>(), StringComparison.Ordinal)
            || (NudgeApi.Kind(n) == "FeedbackOverdueTeam" && c.Kind == "thread")));

        Assert.DoesNotContain(logs.Lines, l => l.Contains("Unable to unschedule", StringComparison.Ordinal));
        var errors = logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>
    /// Books Riley's call with Sam, a week away, with Sam known as the candidate so that both sides get
    /// their nudges: by the app's own code (the domain and <see cref="Commit"/>, as a turn would), since no
    /// chat flow yet names a workspace member as a recruiter's candidate.
    /// </summary>
    private static async Task<Guid> BookWithCandidateAsync(BotHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var workspace = (await sp.GetRequiredService<IWorkspaces>().FindAsync(Platforms.Teams, "tenant-contoso"))!;
        var people = sp.GetRequiredService<IPeople>();
        var riley = (await people.FindAsync(workspace.Id, "29:user-riley"))!;
        var sam = (await people.FindAsync(workspace.Id, "29:user-sam"))!;
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);
        while (day.DayOfWeek != DayOfWeek.Tuesday) day = day.AddDays(1);
        var start = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(14, 0)), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        var interview = new Interview(workspace.Id, riley.Id, Audience.Recruiter, new Party(riley.DisplayName, null, riley.Id),
            new Party(sam.DisplayName, null, sam.Id), "Data engineer", null, start, start.AddMinutes(30), "Europe/Berlin", now);
        sp.GetRequiredService<IInterviews>().Add(interview);
        await sp.GetRequiredService<Commit>().SaveAsync(CancellationToken.None);
        return interview.Id;
    }
}
