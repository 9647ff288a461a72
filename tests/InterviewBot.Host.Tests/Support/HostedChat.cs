namespace InterviewBot.Host.Tests.Support;

/// <summary>
/// The real host in memory on a data folder of its own, and the stand-in Bot Connector it answers
/// through: what a test of people chatting with the bot needs, made before each test and gone after it.
/// </summary>
#pragma warning disable CA1001 // disposed in DisposeAsync (xunit's IAsyncLifetime)
public sealed class HostedChat : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly TempFolder _data = new();
    private LocalConnector? _connector;
    private BotHost? _host;

    public LocalConnector Connector => _connector ?? throw new InvalidOperationException("Call InitializeAsync first.");
    public BotHost Host => _host ?? throw new InvalidOperationException("Call InitializeAsync first.");

    public async Task InitializeAsync()
    {
        _connector = await LocalConnector.StartAsync();
        _host = new BotHost(_data);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        if (_connector is not null) await _connector.DisposeAsync();
        _data.Dispose();
    }

    /// <inheritdoc cref="Conversation.Recruiter"/>
    public Conversation Recruiter() => Conversation.Recruiter(Host, Connector);

    /// <inheritdoc cref="Conversation.Candidate"/>
    public Conversation Candidate() => Conversation.Candidate(Host, Connector);
}
