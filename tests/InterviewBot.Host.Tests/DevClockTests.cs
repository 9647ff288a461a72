using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>The local clock's endpoint refuses a step it cannot take with a 400 that says why, never a 500.</summary>
public sealed class DevClockTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Theory]
    [InlineData("1e-300")]
    [InlineData("0.0002")] // 0.72 s
    [InlineData("4.9E-324")]
    public async Task A_step_too_small_to_move_the_clock_gets_400_with_the_reason_and_leaves_it_alone(string hours)
    {
        var logs = new LogCapture();
        await using var host = new BotHost(_data) { Logs = logs };
        var client = host.CreateClient();

        using var response = await client.PostAsync($"/dev/clock/advance?hours={hours}", null);
        var clock = await client.GetFromJsonAsync<JsonObject>("/dev/clock");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("second", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, clock!["offsetHours"]!.GetValue<double>());
        Assert.DoesNotContain(logs.Lines, line => line.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_step_of_a_second_moves_the_clock()
    {
        await using var host = new BotHost(_data);
        var client = host.CreateClient();

        using var response = await client.PostAsync("/dev/clock/advance?hours=0.000278", null); // 1.0008 s

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
