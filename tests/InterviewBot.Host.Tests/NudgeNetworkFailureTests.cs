using System.Text.Json.Nodes;
using InterviewBot.Host.Tests.Support;
using InterviewBot.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Host.Tests;

/// <summary>
/// A nudge that cannot go out because of the network stays pending and is tried again later with
/// growing gaps, each try counted; after the last try it shows as failed, saying what could not be
/// reached. (The messenger's side, a name that does not resolve and a login endpoint out of reach
/// included, is in the Teams tests' NetworkFailureTests.)
/// </summary>
public sealed class NudgeNetworkFailureTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    /// <summary>One request per try, so a try is over at once; the gaps between tries are the scheduler's.</summary>
    private static void OneRequestPerTry(IServiceCollection services) => services.AddSingleton(new TeamsDeliveryOptions { MaxAttempts = 1 });

    [Fact]
    public async Task When_the_connector_refuses_connections_the_nudge_stays_pending_counts_its_tries_and_finally_fails_saying_why()
    {
        var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings()) { TestServices = OneRequestPerTry };
        var api = new NudgeApi(host, NudgeApi.Key);
        var interviewId = await NudgeFlowTests.BookNextWeekAsync(new Conversation(host, connector, new Activities(connector.ServiceUrl)));
        var address = new Uri(connector.ServiceUrl).Authority;
        await connector.DisposeAsync(); // its port on 127.0.0.1 now refuses connections

        var prep = (await api.NudgesAsync(interviewId))[0];
        for (var attempt = 1; attempt < Core.FollowUp.NudgeDispatcher.MaxAttempts; attempt++)
        {
            await api.AdvanceToAsync(NudgeApi.Due(prep).AddMinutes(1));
            prep = await WaitForAsync(api, interviewId, n => Attempts(n) >= attempt);
            Assert.Equal((attempt, "Pending"), (Attempts(prep), State(prep)));
            Assert.Contains("could not connect", LastError(prep), StringComparison.OrdinalIgnoreCase);
            Assert.Contains(address, LastError(prep), StringComparison.Ordinal);
        }

        await api.AdvanceToAsync(NudgeApi.Due(prep).AddMinutes(1));
        var failed = await WaitForAsync(api, interviewId, n => State(n) != "Pending");

        Assert.Equal(("Failed", Core.FollowUp.NudgeDispatcher.MaxAttempts), (State(failed), Attempts(failed)));
        Assert.Contains("could not connect", LastError(failed), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(address, LastError(failed), StringComparison.Ordinal);
    }

    private static int Attempts(JsonObject nudge) => nudge["attempts"]!.GetValue<int>();

    private static string State(JsonObject nudge) => nudge["state"]!.GetValue<string>();

    private static string LastError(JsonObject nudge) => nudge["lastError"]?.GetValue<string>() ?? "";

    private static async Task<JsonObject> WaitForAsync(NudgeApi api, Guid interviewId, Func<JsonObject, bool> condition)
    {
        for (var i = 0; i < 300; i++)
        {
            var first = (await api.NudgesAsync(interviewId))[0];
            if (condition(first)) return first;
            await Task.Delay(100);
        }
        throw new TimeoutException("The nudge did not reach the expected state within 30 s.");
    }
}
