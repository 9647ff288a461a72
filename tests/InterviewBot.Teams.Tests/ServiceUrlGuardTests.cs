using System.Net;
using Microsoft.Extensions.Options;

namespace InterviewBot.Teams.Tests;

/// <summary>
/// Where the bot may send in local mode (authentication off, so nothing vouches for an activity's
/// service URL): this machine only – or, with other machines allowed (LocalMode:AllowNetwork, filled in
/// by local mode), also the machine the activity came from (the Emulator elsewhere). Pure checks: no address here is ever contacted.
/// </summary>
public sealed class ServiceUrlGuardTests
{
    private static readonly IPAddress Caller = IPAddress.Parse("192.0.2.10");

    [Theory]
    [InlineData("http://127.0.0.1:9/")]
    [InlineData("http://127.8.9.10:3978/local/connector/")]
    [InlineData("http://localhost:3978/")]
    [InlineData("https://LOCALHOST/")]
    [InlineData("http://[::1]:3978/")]
    [InlineData("http://[::ffff:127.0.0.1]:3978/")]
    public void In_local_mode_service_urls_on_this_machine_are_fine(string serviceUrl)
    {
        var guard = Guard(authenticationOff: true, allowOtherMachines: false);

        Assert.Null(guard.RefuseInbound(serviceUrl, IPAddress.Loopback));
        Assert.Null(guard.RefuseOutbound(serviceUrl));
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://192.0.2.10:9/")]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://0.0.0.0:3978/")]
    [InlineData("http://internal.invalid/")]
    [InlineData("http://localhost.invalid/")]
    [InlineData("http://127.0.0.1.invalid/")]
    [InlineData("not a url")]
    public void In_local_mode_anything_else_is_refused_with_the_reason(string serviceUrl)
    {
        var guard = Guard(authenticationOff: true, allowOtherMachines: false);

        Assert.Contains("this machine", guard.RefuseInbound(serviceUrl, Caller), StringComparison.Ordinal);
        Assert.Contains("this machine", guard.RefuseOutbound(serviceUrl), StringComparison.Ordinal);
    }

    [Fact]
    public void With_AllowNetwork_the_callers_own_address_is_fine_and_no_other()
    {
        var guard = Guard(authenticationOff: true, allowOtherMachines: true);

        Assert.Null(guard.RefuseInbound("http://192.0.2.10:53000/", Caller));
        Assert.Null(guard.RefuseInbound("http://[::ffff:192.0.2.10]:53000/", Caller));
        Assert.Null(guard.RefuseInbound("http://127.0.0.1:3978/", Caller));
        Assert.NotNull(guard.RefuseInbound("http://192.0.2.11:53000/", Caller));
        Assert.NotNull(guard.RefuseInbound("http://emulator.invalid:53000/", Caller));
        Assert.NotNull(guard.RefuseInbound("http://169.254.169.254/", Caller));
    }

    [Theory]
    [InlineData("http://192.0.2.10:53000/", true)]
    [InlineData("http://127.0.0.1:3978/", true)]
    [InlineData("http://169.254.169.254/", false)]
    [InlineData("http://[fe80::1]/", false)]
    [InlineData("http://0.0.0.0/", false)]
    [InlineData("http://224.0.0.1/", false)]
    [InlineData("http://emulator.invalid/", false)]
    public void With_AllowNetwork_stored_addresses_may_be_other_machines_by_address_but_never_link_local_or_by_name(string serviceUrl, bool sent)
    {
        // Who wrote from where is not known any more when a nudge goes out; an address literal is the most that can be checked.
        var guard = Guard(authenticationOff: true, allowOtherMachines: true);

        Assert.Equal(sent, guard.RefuseOutbound(serviceUrl) is null);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("http://192.0.2.10/")]
    public void With_authentication_on_the_channel_vouches_for_the_service_url(string serviceUrl)
    {
        var guard = Guard(authenticationOff: false, allowOtherMachines: false);

        Assert.Null(guard.RefuseInbound(serviceUrl, Caller));
        Assert.Null(guard.RefuseOutbound(serviceUrl));
    }

    /// <summary>The guard as the channel builds it: authentication off with no app id, other machines as local mode says.</summary>
    private static ServiceUrlGuard Guard(bool authenticationOff, bool allowOtherMachines) => new(
        new BotFrameworkSettings(authenticationOff ? null : "00000000-0000-0000-0000-0000000000c1", authenticationOff ? null : "a-client-secret", "MultiTenant", null),
        Options.Create(new ServiceUrlOptions { AllowOtherMachines = allowOtherMachines }));
}
