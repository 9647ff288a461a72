using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace InterviewBot.Testing.Mail;

/// <summary>
/// A throwaway SMTP server on 127.0.0.1 (the SmtpServer package) that mail tests send to for real:
/// it keeps every message it accepted, parsed with MimeKit, and can refuse the next messages the way a
/// busy server does (451, try again later) or for good (550).
/// </summary>
public sealed class LocalSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Store _store;
    private readonly Task _running;

    private LocalSmtpServer(int port)
    {
        Port = port;
        _store = new Store();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public static LocalSmtpServer Start() => new(FreePort.Find());

    public int Port { get; }

    /// <summary>The settings that point the bot at this server (no TLS, no login).</summary>
    public Dictionary<string, string?> Settings(string from = "InterviewBot <bot@example.test>") => new()
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Email:Smtp:From"] = from,
    };

    /// <summary>Every message accepted so far, in order.</summary>
    public IReadOnlyList<MimeMessage> Received => _store.Accepted.ToList();

    /// <summary>How many messages were refused so far.</summary>
    public int Refused => _store.RefusedCount;

    /// <summary>The next <paramref name="times"/> messages are refused as a busy server does: 451, try again later.</summary>
    public void RefuseNext(int times) => _store.RefuseNext = times;

    /// <summary>Every message from now on is refused for good (550).</summary>
    public void RefuseAlways() => _store.RefuseForGood = true;

    /// <summary>Waits (up to 30 s) until <paramref name="count"/> messages have been accepted.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count = 1)
    {
        for (var i = 0; i < 300; i++)
        {
            if (_store.Accepted.Count >= count) return Received;
            await Task.Delay(100);
        }
        throw new TimeoutException($"The SMTP server got {_store.Accepted.Count} messages within 30 s, not {count} (refused {_store.RefusedCount}).");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Accepted { get; } = new();
        public volatile int RefuseNext;
        public volatile bool RefuseForGood;
        private int _refused;

        public int RefusedCount => _refused;

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            if (RefuseForGood)
            {
                Interlocked.Increment(ref _refused);
                return new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "Mailbox unavailable");
            }
            if (RefuseNext > 0)
            {
                RefuseNext--;
                Interlocked.Increment(ref _refused);
                return new SmtpResponse(SmtpReplyCode.Aborted, "Try again later");
            }
            await using var stream = new MemoryStream(buffer.ToArray());
            Accepted.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
