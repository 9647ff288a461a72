using System.Text.RegularExpressions;
using InterviewBot.Slack.Tests.Support;

namespace InterviewBot.Slack.Tests;

/// <summary>
/// A slow Web API holds up only the answers it is slow for: other people's commands are still
/// answered, a person's answers keep their order, and a person whose answers cannot keep up is told
/// "busy" at once rather than left waiting.
/// </summary>
public sealed partial class SlowWebApiTests : SlackTest
{
    [Fact]
    public async Task Someone_elses_command_is_answered_while_many_peoples_answers_wait_on_the_Web_API()
    {
        _ = Host.Server;
        var waiting = PeopleInEveryLane().Select(id => new SlackUser(Host, Slack, id, "person" + id)).ToList();
        var waitingDms = waiting.Select(p => p.DmChannel).ToHashSet(StringComparer.Ordinal);
        var sam = new SlackUser(Host, Slack, "U0SAM", "sam");

        using (Slack.Hold(c => c.Method == "chat.postMessage" && waitingDms.Contains(c.Channel ?? "")))
        {
            foreach (var person in waiting) Assert.Equal("", await SlackUser.BodyAsync(await person.CommandAsync("help")));
            Assert.Equal("", await SlackUser.BodyAsync(await sam.CommandAsync("help")));

            var answer = await Slack.WaitForAsync("chat.postMessage", c => c.Channel == sam.DmChannel);
            Assert.Contains("How I can help", answer.AllText, StringComparison.Ordinal);
        }

        // Once the Web API answers again, everyone acknowledged gets their answer.
        for (var i = 0; i < 300 && Slack.Accepted("chat.postMessage").Count(c => waitingDms.Contains(c.Channel ?? "")) < waiting.Count; i++) await Task.Delay(100);
        Assert.Equal(waitingDms.Order(StringComparer.Ordinal), Slack.Accepted("chat.postMessage").Select(c => c.Channel!).Where(waitingDms.Contains).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_person_whose_answers_cannot_keep_up_is_told_busy_and_every_command_taken_is_answered_in_order()
    {
        _ = Host.Server;
        var taken = new List<int>();
        var busy = new List<int>();
        using (Slack.Hold(c => c.Method == "chat.postMessage" && c.Channel == Riley.DmChannel))
        {
            for (var i = 1; i <= 12; i++)
            {
                var ack = await SlackUser.BodyAsync(await Riley.CommandAsync($"pineapple {i}"));
                (ack.Contains("busy", StringComparison.Ordinal) ? busy : taken).Add(i);
            }
        }

        Assert.NotEmpty(busy); // twelve commands while none of the answers could go out is more than may wait
        Assert.Equal(Enumerable.Range(1, taken.Count), taken); // the first ones were taken, then "busy" at once
        Assert.True(taken.Count >= 4, $"Only {taken.Count} of a person's commands were taken.");
        for (var i = 0; i < 300 && Slack.Accepted("chat.postMessage").Count(c => c.Channel == Riley.DmChannel) < taken.Count; i++) await Task.Delay(100);
        var answered = Slack.Accepted("chat.postMessage").Where(c => c.Channel == Riley.DmChannel).OrderBy(c => c.ReceivedAt)
            .Select(c => int.Parse(Pineapple().Match(c.AllText).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(taken, answered);
    }

    /// <summary>
    /// One person for each of the 64 lanes that used to run everybody's turns (a person's lane was the
    /// hash of team and user, modulo 64): with each of them waiting on the Web API, every lane was held.
    /// </summary>
    private static List<string> PeopleInEveryLane()
    {
        var byLane = new Dictionary<uint, string>();
        for (var n = 0; byLane.Count < 64; n++)
        {
            var id = $"U0P{n:D4}";
            byLane.TryAdd((uint)StringComparer.Ordinal.GetHashCode(FakeSlackApi.TeamId + "/" + id) % 64, id);
        }
        return [.. byLane.Values];
    }

    [GeneratedRegex(@"pineapple (\d+)")]
    private static partial Regex Pineapple();
}
