using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace InterviewBot.Testing;

/// <summary>
/// The Slack side of one Socket Mode connection: send envelopes, read what the bot sends back. It
/// reads all the time, as Slack's server does, so the bot's pings are answered with pongs until the
/// test makes the connection go silent.
/// </summary>
public sealed class SocketSession
{
    private readonly WebSocket _socket;
    private readonly StallableStream? _stream;
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<JsonObject?> _received = Channel.CreateUnbounded<JsonObject?>();

    public SocketSession(WebSocket socket, StallableStream? stream = null)
    {
        _socket = socket;
        _stream = stream;
        _ = Task.Run(ReadAllAsync);
    }

    public Task Finished => _finished.Task;

    public Task SendAsync(JsonObject message) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next text message from the bot; null when it closed the socket.</summary>
    public async Task<JsonObject?> ReceiveAsync(int seconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            return await _received.Reader.ReadAsync(timeout.Token);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    /// <summary>
    /// The connection stays open but nothing more crosses it either way – no pongs, no envelopes, no
    /// close – as when a proxy or a NAT on the way silently loses it.
    /// </summary>
    public void GoSilent() => (_stream ?? throw new InvalidOperationException("This socket was not opened through the stand-in.")).Stall();

    /// <summary>Ends the connection from Slack's side.</summary>
    public async Task CloseAsync()
    {
        try { await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None); }
        catch (WebSocketException) { }
        _finished.TrySetResult();
    }

    private async Task ReadAllAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                await _received.Writer.WriteAsync(JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray())) as JsonObject);
                message.SetLength(0);
            }
        }
        catch (Exception ended) when (ended is WebSocketException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            // the bot dropped the connection, or the stand-in is stopping
        }
        _received.Writer.TryComplete();
        _finished.TrySetResult();
    }
}

/// <summary>
/// Hands the WebSocket middleware a stream the test can stall: a wrapper around the upgrade feature
/// of every request to the stand-in's socket path.
/// </summary>
internal sealed class StallableUpgrade(IHttpUpgradeFeature inner, HttpContext http) : IHttpUpgradeFeature
{
    private const string Key = "stallable-stream";

    public bool IsUpgradableRequest => inner.IsUpgradableRequest;

    public async Task<Stream> UpgradeAsync()
    {
        var stream = new StallableStream(await inner.UpgradeAsync());
        http.Items[Key] = stream;
        return stream;
    }

    public static Task WrapAsync(HttpContext http, RequestDelegate next)
    {
        if (http.Features.Get<IHttpUpgradeFeature>() is { } upgrade) http.Features.Set<IHttpUpgradeFeature>(new StallableUpgrade(upgrade, http));
        return next(http);
    }

    public static StallableStream? StreamOf(HttpContext http) => http.Items.TryGetValue(Key, out var stream) ? stream as StallableStream : null;
}

/// <summary>A connection's byte stream that, once stalled, neither delivers nor sends anything until it is disposed.</summary>
public sealed class StallableStream(Stream inner) : Stream
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _stalled;

    internal void Stall() => _stalled = true;

    public override bool CanRead => inner.CanRead;
    public override bool CanWrite => inner.CanWrite;
    public override bool CanSeek => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await HoldAsync(cancellationToken);
        var read = await inner.ReadAsync(buffer, cancellationToken);
        await HoldAsync(cancellationToken); // what arrived while stalled is never handed on
        return read;
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await HoldAsync(cancellationToken);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override Task FlushAsync(CancellationToken cancellationToken) => _stalled ? Task.CompletedTask : inner.FlushAsync(cancellationToken);

    public override void Flush() => FlushAsync(CancellationToken.None).GetAwaiter().GetResult();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private async Task HoldAsync(CancellationToken ct)
    {
        if (!_stalled) return;
        await _released.Task.WaitAsync(ct);
        throw new ObjectDisposedException(nameof(StallableStream));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _released.TrySetResult();
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        _released.TrySetResult();
        await inner.DisposeAsync();
        await base.DisposeAsync();
    }
}
