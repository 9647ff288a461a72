using System.Net;
using InterviewBot.Core.Calendar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InterviewBot.Calendar.Tests;

/// <summary>
/// The feed's HTTP client as the host wires it (<see cref="CalendarServiceCollectionExtensions.AddCalendarFeeds"/>),
/// against a calendar service on 127.0.0.1 – allowed with <c>Calendar:AllowPrivateAddresses=true</c> – and, with the
/// setting off, refusing this machine and names that do not resolve before anything is sent.
/// </summary>
public sealed class FeedFetcherTests : IAsyncLifetime
{
    private static readonly DateTime From = new(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime To = From + PhoneScreenFinder.Window;
    private IcsFeedServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await IcsFeedServer.StartAsync();
        _server.Publish(CalendarExports.Outlook());
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <param name="time">The clock of the retries' delays and the circuit breaker; real time when null.</param>
    /// <param name="resilience">The retries' delays; the product's when null.</param>
    private static ServiceProvider Services(bool allowPrivate, TimeProvider? time = null, FeedResilience? resilience = null)
    {
        var services = new ServiceCollection();
        if (time is not null) services.AddSingleton(time);
        if (resilience is not null) services.AddSingleton(resilience);
        return services
            .AddCalendarFeeds(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                [CalendarSettings.AllowPrivateSetting] = allowPrivate ? "true" : "false",
            }).Build())
            .BuildServiceProvider();
    }

    /// <summary>Retries at once: the test counts requests, not the backoff's seconds.</summary>
    private static readonly FeedResilience NoWait = new(TimeSpan.Zero);

    private static ICalendarSource Source(ServiceProvider services) => services.GetRequiredService<ICalendarSource>();

    [Fact]
    public async Task An_unchanged_feed_costs_one_conditional_request_answered_304()
    {
        await using var services = Services(allowPrivate: true);

        var first = Assert.IsType<FeedReading.Read>(await Source(services).ReadAsync(_server.Address, "Rita Recruiter", null, null, From, To));
        var second = await Source(services).ReadAsync(_server.Address, "Rita Recruiter", first.ETag, first.LastModified, From, To);

        Assert.Contains(first.Events, e => e.Title == "Phone screen - Jordan Lee");
        Assert.IsType<FeedReading.Unchanged>(second);
        Assert.Equal(2, _server.Requests.Count);
        Assert.False(_server.Requests[0].IsConditional);
        Assert.Equal("\"v1\"", _server.Requests[1].IfNoneMatch);
        Assert.NotEmpty(_server.Requests[1].IfModifiedSince);
    }

    [Fact]
    public async Task Five_redirects_are_followed_and_a_sixth_is_refused_in_a_sentence()
    {
        await using var services = Services(allowPrivate: true);

        var five = await Source(services).ReadAsync(_server.RedirectingAddress(5), "Rita Recruiter", null, null, From, To);
        var six = await Source(services).ReadAsync(_server.RedirectingAddress(6), "Rita Recruiter", null, null, From, To);

        Assert.IsType<FeedReading.Read>(five);
        Assert.Equal("The calendar's address sends me on through too many redirects.", Assert.IsType<FeedReading.Failed>(six).Reason);
    }

    [Fact]
    public async Task A_feed_larger_than_5_MB_is_not_read()
    {
        await using var services = Services(allowPrivate: true);
        _server.Publish(CalendarExports.Outlook().Replace("DESCRIPTION:\\n", "DESCRIPTION:" + new string('x', 6 * 1024 * 1024), StringComparison.Ordinal));

        var reading = await Source(services).ReadAsync(_server.Address, "Rita Recruiter", null, null, From, To);

        Assert.StartsWith("The calendar is larger than 5 MB", Assert.IsType<FeedReading.Failed>(reading).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://localhost:{port}/calendar.ics")]
    [InlineData("https://127.0.0.1:{port}/calendar.ics")]
    [InlineData("webcal://localhost:{port}/calendar.ics")]
    [InlineData("https://[::1]:{port}/calendar.ics")]
    public async Task Without_the_setting_this_machine_is_refused_with_a_plain_sentence_and_nothing_is_sent(string address)
    {
        await using var services = Services(allowPrivate: false);
        address = address.Replace("{port}", new Uri(_server.BaseUrl).Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var check = await Source(services).CheckAsync(address);
        var reading = await Source(services).ReadAsync(address, "Rita Recruiter", null, null, From, To);

        Assert.Equal(FeedFetcher.PrivateAddress, check);
        Assert.Equal(FeedFetcher.PrivateAddress, Assert.IsType<FeedReading.Failed>(reading).Reason);
        Assert.Equal(0, _server.Connections); // an https request to this http server would not be a request it understood, but it would connect
    }

    [Fact]
    public async Task Without_the_setting_http_an_address_that_is_none_and_a_name_that_does_not_resolve_are_refused_in_sentences()
    {
        await using var services = Services(allowPrivate: false);

        Assert.Equal(FeedFetcher.OnlyHttps, await Source(services).CheckAsync(_server.Address));
        Assert.Equal(FeedFetcher.OnlyHttps, Assert.IsType<FeedReading.Failed>(await Source(services).ReadAsync(_server.Address, "Rita Recruiter", null, null, From, To)).Reason);
        Assert.Equal(FeedFetcher.NotAnAddress, await Source(services).CheckAsync("my calendar"));
        Assert.Equal("I can't find the server calendar.example.invalid. Check the address and send it again.",
            await Source(services).CheckAsync("https://calendar.example.invalid/owa/calendar/abc/reachcalendar.ics"));
        Assert.Equal(0, _server.Connections);
    }

    [Fact]
    public async Task A_server_that_fails_twice_and_then_answers_gives_its_events_in_one_read()
    {
        await using var services = Services(allowPrivate: true, resilience: NoWait);
        _server.FailNext(2, 503);

        var reading = await Source(services).ReadAsync(_server.Address, "Rita Recruiter", null, null, From, To);

        Assert.Contains(Assert.IsType<FeedReading.Read>(reading).Events, e => e.Title == "Phone screen - Jordan Lee");
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_server_that_always_fails_gets_no_requests_for_the_breakers_break_time_then_one_to_try()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(From));
        await using var services = Services(allowPrivate: true, time, NoWait);
        _server.FailWith = 500;
        async Task<string> ReadAsync() =>
            Assert.IsType<FeedReading.Failed>(await Source(services).ReadAsync(_server.Address, "Rita Recruiter", null, null, From, To)).Reason;

        var first = await ReadAsync();
        var requestsFirst = _server.Requests.Count;
        var second = await ReadAsync(); // the fourth failure in a row opens the breaker
        var requestsSecond = _server.Requests.Count;
        var resting = await ReadAsync();
        time.Advance(FeedResilience.BreakDuration - TimeSpan.FromSeconds(1));
        var stillResting = await ReadAsync();
        var requestsResting = _server.Requests.Count;
        time.Advance(TimeSpan.FromSeconds(2));
        await ReadAsync();

        Assert.Equal("The calendar's server answered with an error (500).", first);
        Assert.Equal((3, 4), (requestsFirst, requestsSecond));
        Assert.StartsWith("The calendar's server failed several times in a row", resting, StringComparison.Ordinal);
        Assert.Equal([resting, resting], new[] { second, stillResting });
        Assert.Equal(4, requestsResting);
        Assert.Equal(5, _server.Requests.Count); // after the break, one request tries the server again
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.20.0.1")]
    [InlineData("192.168.1.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:10.0.0.1")]
    public void Loopback_private_link_local_metadata_CGNAT_and_unique_local_addresses_are_not_public(string address)
    {
        Assert.False(PublicAddresses.IsPublic(IPAddress.Parse(address)));
    }
}
