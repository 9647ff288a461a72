using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewBot.Slack.Tests.Support;

namespace InterviewBot.Slack.Tests;

/// <summary>
/// The hiring manager on Slack, end to end: booked through the interviews API by name only (so the bot
/// cannot reach them, and the recruiter is told what to do), then named by mention, which gives their
/// user id – enough for Slack, where the bot opens a DM with any member. Their "I need until" answer keeps
/// the decision pending with their date, and their reason reaches the recruiter but no candidate draft.
/// </summary>
public sealed class HiringManagerTests : SlackTest
{
    private const string ApiKey = "slack-test-key-0123456789-abcdef";
    private const string Reason = "Waiting on the budget for a second platform hire";

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Api:Keys:0:Key"] = ApiKey,
        ["Api:Keys:0:Platform"] = "slack",
        ["Api:Keys:0:Tenant"] = FakeSlackApi.TeamId,
    };

    [Fact]
    public async Task A_hiring_manager_named_by_mention_is_asked_in_a_DM_and_needing_time_sets_the_date_the_candidate_hears_by()
    {
        var sam = new SlackUser(Host, Slack, "U0SAMHM", "sam");
        Slack.SetName(sam.UserId, "Sam Manager"); // the profile Slack gives for the mention
        var start = NextTuesdayAt14Berlin();
        var booked = await Api().PostAsJsonAsync("/api/interviews", new
        {
            recruiter = new { platformUserId = Riley.UserId, name = "Riley Recruiter" },
            candidate = new { name = "Jordan Lee" },
            role = "Backend engineer",
            start = start.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            end = start.AddMinutes(30).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            timeZone = "Europe/Berlin",
            hiringManager = new { name = "Sam Manager", timeZone = "America/New_York" },
        });
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var interview = (await booked.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Sam Manager", interview["hiringManager"]!["name"]!.GetValue<string>());
        var id = interview["id"]!.GetValue<string>();
        await AdvanceClockAsync(interview["startUtc"]!.GetValue<DateTime>().AddHours(2)); // 10:00 in New York

        // Riley opens the call from their list and marks it held.
        await SlackUser.BodyAsync(await Riley.SayAsync("open 1"));
        await Slack.WaitForAsync("chat.postMessage", c => c.AllText.Contains("Jordan Lee", StringComparison.Ordinal));
        var after = await SayAndWaitAsync(Riley, "after", "After the call: Jordan Lee");
        await SlackUser.BodyAsync(await Riley.TapAsync(after, "Call held"));
        var held = await Slack.WaitForAsync("chat.update", c => c.AllText.Contains("Marked as held", StringComparison.Ordinal));
        await InterviewAsync(id, i => i["status"]!.GetValue<string>() == "Held");

        // Known by name only, Sam cannot be reached; Riley is told at once what to do.
        Slack.Clear();
        await SlackUser.BodyAsync(await Riley.TapAsync(held, "Ask Sam for a decision"));
        var refused = await Slack.WaitForAsync("chat.postMessage", c => c.AllText.Contains("I can't reach Sam yet", StringComparison.Ordinal));
        Assert.Equal(Riley.DmChannel, refused.Channel);
        Assert.Equal("Held", (await InterviewAsync(id))["status"]!.GetValue<string>());

        // A mention gives Sam's user id: Slack lets the bot open a DM with them, though they never wrote.
        await SayAndWaitAsync(Riley, "hiring manager <@U0SAMHM>", "Hiring manager for Jordan Lee: Sam Manager");
        Slack.Clear();
        await SlackUser.BodyAsync(await Riley.TapAsync(held, "Ask Sam for a decision"));
        await Slack.WaitForAsync("chat.update", c => c.AllText.Contains("Asked Sam for a decision", StringComparison.Ordinal));
        var ask = await Slack.WaitForAsync("chat.postMessage", c => c.Channel == sam.DmChannel, seconds: 30);
        Assert.Contains("Your decision on Jordan Lee", ask.AllText);
        BlockKitLimits.AssertWithin(new JsonObject { ["text"] = ask.Text, ["blocks"] = ask.Blocks!.DeepClone() }, "decision card");
        Assert.Contains(Slack.Calls, c => c.Method == "conversations.open" && c.Arg("users") == sam.UserId);

        // Sam needs more time, with a reason.
        var until = DateOnly.FromDateTime(start).AddDays(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Slack.Clear();
        await SlackUser.BodyAsync(await sam.TapAsync(ask, "I need until the date below",
            new Dictionary<string, string> { ["decisionUntil"] = until, ["decisionReason"] = Reason }));
        var thanked = await Slack.WaitForAsync("chat.update", c => c.Channel == sam.DmChannel);
        Assert.Contains("You need until", thanked.AllText);
        var notice = await Slack.WaitForAsync("chat.postMessage", c => c.Channel == Riley.DmChannel);
        Assert.Contains("Sam needs until", notice.AllText);
        Assert.Contains(Reason, notice.AllText);

        // Replies go out before the turn commits: wait for the answer to be saved.
        var now = await InterviewAsync(id, i => i["decision"] is not null);
        Assert.Equal("DecisionPending", now["status"]!.GetValue<string>());
        Assert.Equal(until, now["feedbackDueDate"]!.GetValue<string>());
        Assert.Equal("NeedsTime", now["decision"]!.GetValue<string>());

        // The holding message and the feedback draft Riley sends the candidate never carry Sam's reason.
        var afterNow = await SayAndWaitAsync(Riley, "after", "After the call: Jordan Lee");
        var drafts = afterNow.Json!.ToJsonString();
        Assert.Contains("A quick update on the Backend engineer role", drafts);
        Assert.Contains("Thank you for the call about the Backend engineer role", drafts);
        Assert.DoesNotContain(Reason, drafts);
    }

    private async Task<SlackCall> SayAndWaitAsync(SlackUser user, string text, string expected)
    {
        Slack.Clear();
        await SlackUser.BodyAsync(await user.SayAsync(text));
        return await Slack.WaitForAsync("chat.postMessage", c => c.AllText.Contains(expected, StringComparison.Ordinal));
    }

    private HttpClient Api()
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        return client;
    }

    private async Task<JsonObject> InterviewAsync(string id) => (await Api().GetFromJsonAsync<JsonObject>($"/api/interviews/{id}"))!;

    private async Task<JsonObject> InterviewAsync(string id, Func<JsonObject, bool> until)
    {
        for (var i = 0; i < 100; i++)
        {
            var interview = await InterviewAsync(id);
            if (until(interview)) return interview;
            await Task.Delay(100);
        }
        throw new TimeoutException($"Interview {id} did not change as expected within 10 s: {string.Join("\n", Host.Errors.Lines)}");
    }

    private async Task AdvanceClockAsync(DateTime utc)
    {
        var now = Host.Services.GetService(typeof(TimeProvider)) is TimeProvider clock ? clock.GetUtcNow().UtcDateTime : DateTime.UtcNow;
        var hours = Math.Max(0.01, (utc - now).TotalHours);
        using var response = await Host.CreateClient().PostAsync($"/dev/clock/advance?hours={hours.ToString("0.######", CultureInfo.InvariantCulture)}", null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Tuesday 14:00 Berlin time, a week or more away (wall-clock, as the API takes it).</summary>
    private static DateTime NextTuesdayAt14Berlin()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, berlin)).AddDays(7);
        while (day.DayOfWeek != DayOfWeek.Tuesday) day = day.AddDays(1);
        return day.ToDateTime(new TimeOnly(14, 0));
    }
}
