using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InterviewBot.Core.Ports;
using InterviewBot.DevTools.Clock;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace InterviewBot.DevTools.Tests;

/// <summary>
/// The dev clock endpoints on a minimal app, with the scheduler as a mock: what matters is that it is
/// woken. (Walking through nudges that fall due on the way is tested with the whole host: LocalClockWeekTests.)
/// </summary>
public sealed class DevClockEndpointsTests : IAsyncLifetime
{
    private readonly LocalClock _clock = new();
    private readonly Mock<INudgeScheduler> _scheduler = new();
    private readonly Mock<INudgeTimers> _timers = NoTimers();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await StartAppAsync(services => services.AddSingleton(_clock));
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Advancing_by_query_moves_the_clock_wakes_the_scheduler_and_says_the_new_time()
    {
        var before = TimeProvider.System.GetUtcNow();

        var response = await _client.PostAsync("/dev/clock/advance?hours=24", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reading = await ReadingOf(response);
        Assert.Equal(24, reading.OffsetHours);
        Assert.True(reading.Now >= before.AddHours(24));
        Assert.Equal(TimeSpan.FromHours(24), _clock.Offset);
        _scheduler.Verify(s => s.WakeAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Advancing_by_a_json_body_takes_fractions_of_an_hour()
    {
        var response = await _client.PostAsJsonAsync("/dev/clock/advance", new { hours = 1.5 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1.5, (await ReadingOf(response)).OffsetHours);
        Assert.Equal(TimeSpan.FromMinutes(90), _clock.Offset);
    }

    [Fact]
    public async Task Reading_the_clock_answers_its_time_and_offset()
    {
        _clock.Advance(TimeSpan.FromHours(3));

        var response = await _client.GetAsync("/dev/clock");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(3, json.GetProperty("offsetHours").GetDouble());
        Assert.EndsWith("Z", json.GetProperty("now").GetString(), StringComparison.Ordinal);
        _scheduler.Verify(s => s.WakeAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData("?hours=0")]
    [InlineData("?hours=-5")]
    [InlineData("?hours=1e-300")] // more than 0, yet no time at all once it is a TimeSpan (it was a 500)
    [InlineData("?hours=0.0002")] // 0.72 s
    [InlineData("?hours=1440.5")]
    [InlineData("?hours=100000")]
    [InlineData("?hours=abc")]
    [InlineData("?hours=")]
    [InlineData("?hours=NaN")]
    [InlineData("?hours=Infinity")]
    [InlineData("")]
    public async Task Bad_hours_in_the_query_are_refused_naming_the_field_and_the_clock_stays(string query)
    {
        var response = await _client.PostAsync("/dev/clock/advance" + query, null);

        await AssertRefusedAsync(response);
    }

    [Theory]
    [InlineData("""{"hours":"24"}""")]
    [InlineData("""{"hours":-1}""")]
    [InlineData("""{"hours":0}""")]
    [InlineData("""{"hours":1e-300}""")]
    [InlineData("""{"hours":1441}""")]
    [InlineData("""{"minutes":30}""")]
    [InlineData("""[24]""")]
    [InlineData("""{"hours":""")]
    public async Task Bad_hours_in_a_json_body_are_refused_naming_the_field_and_the_clock_stays(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await _client.PostAsync("/dev/clock/advance", content);

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task The_largest_step_is_sixty_days()
    {
        var response = await _client.PostAsync("/dev/clock/advance?hours=1440", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromDays(60), _clock.Offset);
    }

    [Fact]
    public async Task Without_a_local_clock_there_are_no_dev_clock_endpoints()
    {
        await using var app = await StartAppAsync(_ => { });
        using var client = app.GetTestClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/dev/clock/advance?hours=24", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dev/clock")).StatusCode);
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var messages = problem.GetProperty("errors").GetProperty("hours");
        Assert.Contains("hours", messages[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, _clock.Offset);
        _scheduler.Verify(s => s.WakeAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    private static async Task<DevClockReading> ReadingOf(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<DevClockReading>(new JsonSerializerOptions(JsonSerializerDefaults.Web))
        ?? throw new InvalidOperationException("No body.");

    private static Mock<INudgeTimers> NoTimers()
    {
        var timers = new Mock<INudgeTimers>();
        timers.Setup(t => t.NextAsync(It.IsAny<CancellationToken>())).ReturnsAsync((NextNudgeTimers?)null);
        timers.Setup(t => t.SettledAsync(It.IsAny<CancellationToken>())).ReturnsAsync(true);
        return timers;
    }

    private async Task<WebApplication> StartAppAsync(Action<IServiceCollection> configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(_scheduler.Object);
        // No timers: nothing falls due on the way.
        builder.Services.AddSingleton(_timers.Object);
        configure(builder.Services);
        var app = builder.Build();
        app.MapDevClock();
        await app.StartAsync();
        return app;
    }
}
