using InterviewBot.Slack.Work;

namespace InterviewBot.Slack.Tests;

/// <summary>
/// The engine slots Slack turns compute in: a turn waiting on Slack leaves its slot to others, a turn
/// back from a wait goes before turns not yet started, and a turn that ends gives its slot back.
/// </summary>
public sealed class EngineSlotsTests
{
    [Fact]
    public async Task A_turn_back_from_Slack_goes_before_a_turn_not_yet_started()
    {
        var slots = new EngineSlots(1);
        var first = await slots.TakeAsync(CancellationToken.None);
        var slack = new TaskCompletionSource();
        var (waiting, _) = await InTurn(first, () => (WaitOnSlack(slack.Task), Task.CompletedTask));
        var second = await slots.TakeAsync(CancellationToken.None);
        var third = slots.TakeAsync(CancellationToken.None);

        slack.SetResult();
        second.Dispose();

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(third.IsCompleted, "The turn not yet started should wait for the one under way.");
        first.Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task A_turn_ending_while_it_waits_on_Slack_leaves_the_slot_free()
    {
        var slots = new EngineSlots(1);
        var turn = await slots.TakeAsync(CancellationToken.None);
        var slack = new TaskCompletionSource();
        var (waiting, _) = await InTurn(turn, () => (WaitOnSlack(slack.Task), Task.CompletedTask));

        turn.Dispose();
        slack.SetResult();
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        var next = slots.TakeAsync(CancellationToken.None);
        Assert.True(next.IsCompleted, "The ended turn should hold no slot.");
    }

    /// <summary>Starts <paramref name="start"/> in the turn's own flow, as SlackTurnRunner does.</summary>
    private static Task<(Task, Task)> InTurn(EngineSlots.Slot turn, Func<(Task, Task)> start) => Task.Run(() =>
    {
        turn.Use();
        return start();
    });

    /// <summary>A Web API call as SlackWebApi makes it: away from the slot while Slack answers.</summary>
    private static async Task WaitOnSlack(Task answer)
    {
        await using (EngineSlots.StepAway()) await answer;
    }
}
