namespace InterviewBot.Teams;

/// <summary>
/// Gives Bot Builder pooled HTTP clients. Without a factory its connector factory makes a new
/// <see cref="HttpClient"/> – a new TCP (and TLS) connection – for every turn and every proactive
/// send; with one, connections are reused. Bot Builder asks for the default client; this hands out
/// the named one configured for the Bot Connector instead (its timeout), leaving the app's default alone.
/// </summary>
internal sealed class BotConnectorHttpClients(IHttpClientFactory factory) : IHttpClientFactory
{
    public const string Name = "BotConnector";

    /// <summary>How long one pooled connection to the Bot Connector is used before a new one (and a new DNS lookup).</summary>
    public static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(5);

    public HttpClient CreateClient(string name) => factory.CreateClient(Name);
}
