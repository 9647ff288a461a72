using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace InterviewBot.Fault.Tests.Support;

/// <summary>How a Slack request is signed: properly, or in one of the ways a forger or a broken proxy gets it wrong.</summary>
public enum SlackSigning
{
    None,
    Valid,
    WrongSecret,
    Stale,
    Garbage,
}

/// <summary>
/// One request of the fuzz run: an endpoint, what was done to it (<see cref="Mutation"/>), and the
/// bytes. <see cref="Raw"/> requests go over a socket of their own, byte for byte, for what an HTTP
/// client refuses to send (broken request lines, lying Content-Length, a body cut off mid-way).
/// </summary>
public sealed record FuzzRequest(string Target, string Mutation, string Method, string PathAndQuery)
{
    public byte[]? Body { get; init; }
    public string? ContentType { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>Sent with Transfer-Encoding: chunked, so the server cannot know the size up front.</summary>
    public bool Chunked { get; init; }

    public SlackSigning Signing { get; init; }
    public bool WithApiKey { get; init; }

    /// <summary>When set, these bytes are written to a fresh connection and nothing else of the record is used.</summary>
    public byte[]? Raw { get; init; }

    /// <summary>After writing <see cref="Raw"/>, the client stops sending (half-close), as a client that died mid-request.</summary>
    public bool HalfClose { get; init; }

    public override string ToString() => $"{Target}/{Mutation}: {Method} {PathAndQuery}";

    /// <summary>The status the server answered, or null when it closed the connection without an answer.</summary>
    public async Task<int?> SendAsync(HttpClient http, Uri host, string slackSecret, string apiKey, CancellationToken ct)
    {
        if (Raw is not null) return await SendRawAsync(host, ct);
        // The path as generated ("/a/../b", "////", "%00"): not tidied up by the client on the way.
        var address = new Uri(host.GetLeftPart(UriPartial.Authority) + PathAndQuery, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        using var request = new HttpRequestMessage(new HttpMethod(Method), address);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            request.Content.Headers.Remove("Content-Type");
            if (ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            if (Chunked) request.Headers.TransferEncodingChunked = true;
        }
        foreach (var (name, value) in Headers) request.Headers.TryAddWithoutValidation(name, value);
        if (WithApiKey) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        Sign(request, slackSecret);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null; // the server refused the request by closing the connection (e.g. while the body was still being sent)
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }

    private void Sign(HttpRequestMessage request, string secret)
    {
        if (Signing == SlackSigning.None) return;
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var timestamp = Signing switch
        {
            SlackSigning.Stale => (now - 3600).ToString(CultureInfo.InvariantCulture),
            SlackSigning.Garbage => "yesterday",
            _ => now.ToString(CultureInfo.InvariantCulture),
        };
        var signature = Signing == SlackSigning.Garbage
            ? "v0=" + new string('z', 64)
            : SlackSignature(timestamp, Body ?? [], Signing == SlackSigning.WrongSecret ? secret + "-not" : secret);
        request.Headers.TryAddWithoutValidation("X-Slack-Request-Timestamp", timestamp);
        request.Headers.TryAddWithoutValidation("X-Slack-Signature", signature);
    }

    public static string SlackSignature(string timestamp, byte[] body, string secret)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes($"v0:{timestamp}:"));
        hmac.AppendData(body);
        return "v0=" + Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    private async Task<int?> SendRawAsync(Uri host, CancellationToken ct)
    {
        using var client = new TcpClient();
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
        patience.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            await client.ConnectAsync(host.Host, host.Port, patience.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(Raw, patience.Token);
            if (HalfClose) client.Client.Shutdown(SocketShutdown.Send);

            // Only the status line matters: read until it is complete or the server hangs up.
            var buffer = new byte[4096];
            var seen = new StringBuilder();
            while (!seen.ToString().Contains("\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, patience.Token);
                if (read == 0) break;
                seen.Append(Encoding.Latin1.GetString(buffer, 0, read));
            }
            var line = seen.ToString();
            return line.StartsWith("HTTP/", StringComparison.Ordinal) && line.Length >= 12
                && int.TryParse(line.AsSpan(9, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var status) ? status : null;
        }
        catch (Exception failure) when (failure is IOException or SocketException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return null;
        }
    }
}
