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

    public IMessenger Messenger => _services.GetRequiredService<IMessenger>();

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
    /// The address <see cref="ConversationBook"/> stores when someone writes to the bot: a recorded
    /// payload whose service URL points at the stand-in, optionally changed first.
    /// </summary>
    public async Task<ConversationAddress> AddressFromAsync(string payload, Guid workspaceId, Action<JObject>? change = null)
    {
        var activity = Payloads.Load(payload, json =>
        {
            json["serviceUrl"] = Connector.ServiceUrl;
            change?.Invoke(json);
        });
        var store = new RememberedAddresses();
        await new ConversationBook(store, TimeProvider.System).RememberAsync(activity, workspaceId, Guid.NewGuid(), CancellationToken.None);
        return Assert.Single(store.Added);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Connector.DisposeAsync();
    }

    private sealed class RememberedAddresses : IConversationAddresses
    {
        public List<ConversationAddress> Added { get; } = [];

        public Task<ConversationAddress?> FindAsync(Guid workspaceId, string conversationId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Added.FirstOrDefault(a => a.WorkspaceId == workspaceId && a.ConversationId == conversationId));

        public Task<ConversationAddress?> FindPersonalAsync(Guid personId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Added.FirstOrDefault(a => a.PersonId == personId));

        public void Add(ConversationAddress address) => Added.Add(address);
    }
}
