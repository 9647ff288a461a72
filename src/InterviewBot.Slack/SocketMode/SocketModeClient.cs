using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Core.Ports;
using InterviewBot.Slack.Api;
using InterviewBot.Slack.Inbound;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack.SocketMode;

/// <summary>
/// Socket Mode, for a bot behind a firewall with no public URL: asks Slack for a WebSocket URL
/// (apps.connections.open with the xapp- token), receives envelopes
/// <c>{envelope_id, type, payload, accepts_response_payload}</c> on it, hands each payload to the same
/// <see cref="SlackInbox"/> the HTTP endpoints use, and acks it by envelope id (with the modal answer
/// as <c>payload</c> where there is one). As Slack's own client does, it pings every
/// <see cref="PingInterval"/> and drops a connection whose pong does not come within
/// <see cref="PongTimeout"/>: a connection a proxy or NAT lost in silence is replaced within seconds.
/// On a <c>disconnect</c> message it opens the next connection before closing the old one, except
/// when Socket Mode was turned off for the app (<c>link_disabled</c>); when the socket drops it
/// reconnects with growing, jittered waits that start again from a second after a connection that
/// worked. An app token Slack refuses stops start-up, naming <c>Slack:AppToken</c>.
/// </summary>
internal sealed class SocketModeClient(AppsApi apps, SlackInbox inbox, TimeProvider clock, ILogger<SocketModeClient> logger) : BackgroundService
{
    private readonly SlackInbox _inbox = inbox;
    private readonly ILogger _logger = logger;

    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    /// <summary>How often the bot pings Slack; with <see cref="PongTimeout"/>, a silent connection is noticed within about 10 s.</summary>
    public static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(5);

    /// <summary>How long a pong may take before the connection counts as dead (Slack's own client: 5 s).</summary>
    public static readonly TimeSpan PongTimeout = TimeSpan.FromSeconds(5);

    /// <summary>apps.connections.open errors that mean the app token itself is refused: retrying cannot help.</summary>
    private static readonly HashSet<string> RefusedToken = new(StringComparer.Ordinal)
    {
        "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "not_allowed_token_type", "user_removed_from_team", "team_disabled",
    };

    /// <summary>The URL the start-up check got, used by the first connection.</summary>
    private Uri? _firstUrl;

    /// <summary>
    /// Asks for the first URL before the host counts as started, so a refused app token stops start-up
    /// with the setting's name; Slack being unreachable only logs, and the loop keeps trying.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var once = SlackWebApi.WithoutServerErrorRetries(); // unreachable only logs: the loop keeps trying
            _firstUrl = await apps.OpenConnectionAsync(cancellationToken);
        }
        catch (SlackApiException refused) when (RefusedToken.Contains(refused.Error))
        {
            throw TokenRefused(refused);
        }
        catch (SlackApiException unreachable)
        {
            Log.SocketConnectFailed(_logger, unreachable, TimeSpan.Zero);
        }
        await base.StartAsync(cancellationToken);
    }

    private static SettingException TokenRefused(SlackApiException refused) =>
        new($"Slack refused the setting {SlackSettings.AppTokenKey} ({refused.Error}): use an app-level token (xapp-…) with the scope connections:write from Basic Information → App-Level Tokens, and check that Socket Mode is on for the app.", refused);

    /// <summary>Envelopes are small; this bounds what one message may grow to.</summary>
    private const int MaxMessageBytes = 1024 * 1024;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        Connection? previous = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            Connection current;
            try
            {
                var url = Interlocked.Exchange(ref _firstUrl, null) ?? await apps.OpenConnectionAsync(stoppingToken);
                current = await Connection.OpenAsync(url, this, stoppingToken);
            }
            catch (SlackApiException refused) when (RefusedToken.Contains(refused.Error))
            {
                // Revoked while running: trying again cannot help, and the bot is deaf without it.
                if (previous is not null) await previous.CloseAsync();
                throw TokenRefused(refused);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                failures++;
                var wait = Backoff(failures);
                Log.SocketConnectFailed(_logger, failure, wait);
                await Task.Delay(wait, clock, stoppingToken);
                continue;
            }

            // Slack asked us to move: the new connection is up before the old one goes.
            if (previous is not null) await previous.CloseAsync();
            Log.SocketConnected(_logger);
            var ended = await current.RunUntilDisconnectAsync(stoppingToken);
            if (ended == Ending.Disabled)
            {
                Log.SocketModeDisabled(_logger);
                await current.CloseAsync();
                break;
            }
            // A connection Slack greeted worked: the next wait starts again from about a second.
            if (current.Greeted) failures = 0;
            failures = ended == Ending.Asked ? 0 : failures + 1;
            previous = ended == Ending.Asked ? current : null;
            if (ended != Ending.Asked)
            {
                await current.CloseAsync();
                if (stoppingToken.IsCancellationRequested) break;
                var wait = Backoff(failures);
                Log.SocketDropped(_logger, wait);
                await Task.Delay(wait, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
        if (previous is not null) await previous.CloseAsync();
    }

    /// <summary>1, 2, 4… seconds up to 30, each with up to a fifth more at random so many bots do not reconnect at once.</summary>
    private static TimeSpan Backoff(int failures)
    {
        var seconds = Math.Min(MaxRetryDelay.TotalSeconds, FirstRetryDelay.TotalSeconds * Math.Pow(2, Math.Max(0, failures - 1)));
        return TimeSpan.FromSeconds(seconds * (1 + Random.Shared.NextDouble() / 5));
    }

    private enum Ending { Asked, Dropped, Disabled }

    /// <summary>One WebSocket: reads envelopes, answers each on its own task, sends acks one at a time.</summary>
    private sealed class Connection(ClientWebSocket socket, SocketModeClient owner) : IDisposable
    {
        private readonly SemaphoreSlim _sending = new(1, 1);
        private CancellationTokenSource _closing = new();
        private Task _reading = Task.CompletedTask;

        /// <summary>Slack said hello on this connection: it worked.</summary>
        public bool Greeted { get; private set; }

        public static async Task<Connection> OpenAsync(Uri url, SocketModeClient owner, CancellationToken ct)
        {
            var socket = new ClientWebSocket();
            // Ping frames; a pong missing past the timeout aborts the socket, and the read loop ends with it.
            socket.Options.KeepAliveInterval = PingInterval;
            socket.Options.KeepAliveTimeout = PongTimeout;
            try
            {
                await socket.ConnectAsync(url, ct);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
            return new Connection(socket, owner);
        }

        /// <summary>Returns when Slack sends <c>disconnect</c> (the socket keeps reading until closed) or the socket ends.</summary>
        public async Task<Ending> RunUntilDisconnectAsync(CancellationToken stoppingToken)
        {
            var asked = new TaskCompletionSource<Ending>(TaskCreationOptions.RunContinuationsAsynchronously);
            // Linked to the host's stopping token; cancelled and disposed when this connection is closed.
            _closing.Dispose();
            _closing = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            _reading = ReadAsync(asked, _closing.Token);
            var first = await Task.WhenAny(_reading, asked.Task);
            return first == asked.Task ? asked.Task.Result : Ending.Dropped;
        }

        private async Task ReadAsync(TaskCompletionSource<Ending> asked, CancellationToken ct)
        {
            try
            {
                // Until Slack's close frame has come back too (CloseSent), so a close completes its handshake.
                while (socket.State is WebSocketState.Open or WebSocketState.CloseSent && !ct.IsCancellationRequested)
                {
                    var text = await ReceiveTextAsync(ct);
                    if (text is null) return;
                    JsonObject? message;
                    try { message = JsonNode.Parse(text) as JsonObject; }
                    catch (JsonException) { message = null; }
                    if (message is null) continue;

                    switch (SlackInbox.Text(message["type"]))
                    {
                        case "hello":
                            Greeted = true;
                            break;
                        case "disconnect":
                            // warning, refresh_requested…: move to a new connection. link_disabled: Socket Mode was turned off.
                            var reason = SlackInbox.Text(message["reason"]);
                            Log.SocketDisconnectAsked(owner._logger, reason);
                            asked.TrySetResult(reason == "link_disabled" ? Ending.Disabled : Ending.Asked);
                            break;
                        default:
                            if (SlackInbox.Text(message["envelope_id"]) is { } envelopeId)
                                _ = Task.Run(() => AnswerAsync(envelopeId, message, ct), CancellationToken.None);
                            break;
                    }
                }
            }
            catch (Exception dropped) when (dropped is WebSocketException or OperationCanceledException or IOException)
            {
                // the outer loop reconnects
            }
        }

        private async Task AnswerAsync(string envelopeId, JsonObject envelope, CancellationToken ct)
        {
            using var telemetry = SlackAckTelemetry.Start(SocketKind(envelope));
            try
            {
                var payload = envelope["payload"] as JsonObject ?? [];
                var ack = SlackInbox.Text(envelope["type"]) switch
                {
                    "events_api" => owner._inbox.Event(payload),
                    "slash_commands" => SlashCommand.From(payload) is { } command ? owner._inbox.Command(command) : SlackAck.Malformed("Not a slash command."),
                    "interactive" => await owner._inbox.InteractionAsync(payload, ct),
                    _ => SlackAck.Ok,
                };
                telemetry.Answered(ack.Status);
                // Unacked envelopes are sent again by Slack: leave work we could not queue for that retry.
                if (ack.Status == 503) return;
                var reply = new JsonObject { ["envelope_id"] = envelopeId };
                if (ack.Body is not null && envelope["accepts_response_payload"]?.GetValueKind() == JsonValueKind.True) reply["payload"] = ack.Body.DeepClone();
                await SendAsync(reply.ToJsonString(), ct);
            }
            catch (Exception failure) when (failure is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                Log.EnvelopeFailed(owner._logger, failure, envelopeId);
            }
        }

        /// <summary>The envelope's kind under the name of the HTTP endpoint that takes the same payloads, for one ack-latency series each.</summary>
        private static string SocketKind(JsonObject envelope) => SlackInbox.Text(envelope["type"]) switch
        {
            "events_api" => "events",
            "slash_commands" => "commands",
            "interactive" => "interactions",
            _ => "other",
        };

        private async Task SendAsync(string text, CancellationToken ct)
        {
            await _sending.WaitAsync(ct);
            try
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, ct);
            }
            finally
            {
                _sending.Release();
            }
        }

        private async Task<string?> ReceiveTextAsync(CancellationToken ct)
        {
            using var message = new MemoryStream();
            var buffer = new byte[16 * 1024];
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, ct);
                if (result.MessageType == WebSocketMessageType.Close) return null;
                if (message.Length + result.Count > MaxMessageBytes) throw new WebSocketException("A Socket Mode message is larger than 1 MB.");
                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage) return result.MessageType == WebSocketMessageType.Text ? Encoding.UTF8.GetString(message.ToArray()) : "";
            }
        }

        /// <summary>
        /// Says goodbye properly (a close frame, then Slack's close frame back, read by the loop that
        /// is still running); only a peer that does not answer within 5 seconds is cut off.
        /// </summary>
        public async Task CloseAsync()
        {
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token);
                }
                await _reading.WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception closing) when (closing is WebSocketException or OperationCanceledException or ObjectDisposedException or TimeoutException)
            {
                // gone already, or not answering: cut off below
            }
            await _closing.CancelAsync();
            await _reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            Dispose();
        }

        public void Dispose()
        {
            socket.Dispose();
            _closing.Dispose();
            _sending.Dispose();
        }
    }
}
