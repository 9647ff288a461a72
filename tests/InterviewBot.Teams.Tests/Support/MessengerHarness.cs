using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace InterviewBot.Teams.Tests.Support;

/// <summary>
/// The Teams channel as the host wires it (AddTeamsChannel, local mode: no app id, auth off) with
/// its messenger, and a stand-in Bot Connector on 127.0.0.1 that the stored addresses point to.
/// </summary>
internal sealed class MessengerHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private MessengerHarness(LocalConnector connector, ServiceProvider services)
    {
        Connector = connector;
        _services = services;
    }

    public LocalConnector Connector { get; }

    public IChatTransport Messenger => _services.GetRequiredService<IChatTransport>();

    /// <param name="settings">Bot Framework settings instead of local mode's empty app id (an app id, its login URL…).</param>
    public static async Task<MessengerHarness> StartAsync(TimeProvider? time = null, IDictionary<string, string?>? settings = null)
    {
        var connector = await LocalConnector.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?> { [BotFrameworkSettings.AppIdKey] = "" })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(time ?? TimeProvider.System)
            .AddTeamsChannel(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
        return new MessengerHarness(connector, services);
    }

    /// <summary>
    /// The address the pipeline stores when someone writes to the bot (<see cref="TeamsAddresses"/>): a
    /// recorded payload whose service URL points at the stand-in, optionally changed first.
    /// </summary>
    public Task<ConversationAddress> AddressFromAsync(string payload, Guid workspaceId, Action<JObject>? change = null)
    {
        var activity = Payloads.Load(payload, json =>
        {
            json["serviceUrl"] = Connector.ServiceUrl;
            change?.Invoke(json);
        });
        var personal = ActivityTranslator.IsPersonal(activity);
        return Task.FromResult(new ConversationAddress(workspaceId, personal ? Guid.NewGuid() : null, Platforms.Teams, activity.Conversation.Id,
            personal, TeamsAddresses.ReferenceOf(activity), DateTime.UtcNow));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
