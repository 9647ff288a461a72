using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace InterviewBot.Teams;

/// <summary>
/// One <see cref="ConnectorClient"/> per (bot app id, service URL, audience), kept for the life of the
/// process. The stock <c>CloudAdapter</c> asks its connector factory for a new client on every turn
/// and every proactive send and disposes it afterwards: new credentials, a new <see cref="HttpClient"/>
/// and new Newtonsoft serializer settings with a cold contract cache each time. Here the first client
/// made for a key – by Bot Builder's own factory, so with the credentials its credential factory gives
/// for that app id and audience – is reused by every later turn through a wrapper whose
/// <c>Dispose</c> does nothing. Its credentials keep their token cache and renew tokens as before.
/// </summary>
/// <remarks>
/// The legacy <c>BotFrameworkAdapter</c> kept its connector clients the same way. The number of keys
/// is bounded: past <see cref="MaxClients"/> (only a flood of made-up service URLs gets there – with
/// authentication on, the service URL must match the channel's signed claim) clients are made and
/// disposed per turn, as stock.
/// <para>Every connector client is made here, for replies within a turn and proactive sends alike, so this is
/// where <see cref="ServiceUrlGuard"/> stops the bot calling a service URL that local mode does not allow.</para>
/// </remarks>
internal sealed class ConnectorClientCache(ServiceUrlGuard guard, ILogger<ConnectorClientCache> logger) : IDisposable
{
    public const int MaxClients = 64;

    private readonly ConcurrentDictionary<Key, ReusedConnectorClient> _clients = new();
    private int _fullLogged;
    private bool _disposed;

    /// <summary>Clients made and kept so far.</summary>
    public int Count => _clients.Count;

    /// <summary>A connector factory that serves <paramref name="inner"/>'s clients from this cache.</summary>
    /// <param name="inner">The factory Bot Builder made for <paramref name="identity"/> (its app id decides the credentials).</param>
    public ConnectorFactory Wrap(ConnectorFactory inner, ClaimsIdentity identity) =>
        new CachingConnectorFactory(this, inner, BotAppIdOf(identity));

    /// <summary>
    /// The bot's own app id in a turn's identity, read as Bot Builder reads it for its connector factory:
    /// the token's audience (from a channel), else its appid claim (Emulator, proactive turns); null with auth off.
    /// </summary>
    internal static string? BotAppIdOf(ClaimsIdentity identity) =>
        (identity.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AudienceClaim)
         ?? identity.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AppIdClaim))?.Value;

    internal async Task<IConnectorClient> GetAsync(ConnectorFactory inner, string? appId, string serviceUrl, string? audience, CancellationToken ct)
    {
        if (guard.RefuseOutbound(serviceUrl) is { } reason) throw new ServiceUrlRefusedException(reason);
        var key = new Key(appId ?? "", serviceUrl, audience ?? "");
        if (_clients.TryGetValue(key, out var cached)) return cached;

        var created = await inner.CreateAsync(serviceUrl, audience, ct).ConfigureAwait(false);
        if (_disposed) return created;
        if (_clients.Count >= MaxClients)
        {
            if (Interlocked.Exchange(ref _fullLogged, 1) == 0) Log.ConnectorCacheFull(logger, MaxClients);
            return created; // the adapter disposes it at the end of the turn, as stock
        }
        var reused = new ReusedConnectorClient(created);
        if (_clients.TryAdd(key, reused)) return reused;
        created.Dispose(); // another turn made one for the same key at the same moment
        return _clients[key];
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var client in _clients.Values) client.Release();
        _clients.Clear();
    }

    private readonly record struct Key(string AppId, string ServiceUrl, string Audience);

    private sealed class CachingConnectorFactory(ConnectorClientCache cache, ConnectorFactory inner, string? appId) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            cache.GetAsync(inner, appId, serviceUrl, audience, cancellationToken);
    }

    /// <summary>A kept client, handed to every turn; the adapter's <c>using</c> at the end of a turn leaves it open.</summary>
    private sealed class ReusedConnectorClient(IConnectorClient client) : IConnectorClient
    {
        public Uri BaseUri
        {
            get => client.BaseUri;
            set => client.BaseUri = value;
        }

        public JsonSerializerSettings SerializationSettings => client.SerializationSettings;

        public JsonSerializerSettings DeserializationSettings => client.DeserializationSettings;

        public ServiceClientCredentials Credentials => client.Credentials;

        public IAttachments Attachments => client.Attachments;

        public IConversations Conversations => client.Conversations;

        public void Dispose()
        {
            // Kept for the next turn; released when the cache is disposed (host shutdown).
        }

        public void Release() => client.Dispose();
    }
}
