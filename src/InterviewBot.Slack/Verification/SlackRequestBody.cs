using Microsoft.AspNetCore.Http;

namespace InterviewBot.Slack.Verification;

/// <summary>
/// The raw body of a verified Slack request. The signature covers the exact bytes, so the body is
/// read once, hashed before anything parses it, and then parsed from these same bytes.
/// </summary>
internal sealed record SlackRequestBody(byte[] Bytes)
{
    private static readonly object Key = new();

    /// <summary>Slack's payloads are small; a modal submission with long notes stays far below this.</summary>
    public const int MaxBytes = 512 * 1024;

    internal void Store(HttpContext http) => http.Items[Key] = this;

    public static SlackRequestBody Of(HttpContext http) =>
        http.Items[Key] as SlackRequestBody ?? throw new InvalidOperationException("The Slack request was not verified.");

    internal static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBytes) return null;
        using var copy = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, ct)) > 0)
        {
            if (copy.Length + read > MaxBytes) return null;
            copy.Write(buffer, 0, read);
        }
        return copy.ToArray();
    }
}
