using System.Net;
using System.Net.Sockets;
using InterviewBot.Core.Calendar;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace InterviewBot.Calendar;

/// <summary>
/// Reads a feed: <c>https://</c> or <c>webcal://</c> (read as https; <c>http://</c> only with
/// <see cref="CalendarSettings.AllowPrivateAddresses"/>), with the ETag and Last-Modified of the last read so
/// an unchanged feed costs one 304, at most <see cref="CalendarSettings.MaxRedirects"/> redirects followed
/// here (each checked like the first address), <see cref="CalendarSettings.MaxBytes"/> read at most. The
/// HTTP client it is given has no request logging and is left out of tracing (the secret is in the path);
/// nothing here logs the address or puts it into an exception. Every failure becomes a plain sentence.
/// </summary>
public sealed class FeedFetcher(HttpClient client, CalendarSettings settings) : ICalendarSource
{
    /// <summary>The named HTTP client of feeds (its handlers: see <see cref="CalendarServiceCollectionExtensions"/>).</summary>
    public const string ClientName = "calendar-feed";

    /// <summary>Marks a feed's request, so tracing can leave it out.</summary>
    public static readonly HttpRequestOptionsKey<bool> FeedRequest = new("InterviewBot.Calendar.FeedRequest");

    public static bool IsFeedRequest(HttpRequestMessage request) =>
        request is not null && request.Options.TryGetValue(FeedRequest, out var feed) && feed;

    public const string NotAnAddress = "That doesn't look like a calendar address. Paste the secret address your calendar gives for iCal (it starts with https:// or webcal://).";
    public const string OnlyHttps = "I only read calendar addresses that start with https:// or webcal://.";
    public const string PrivateAddress = "I can't read that calendar: its address points into a private network (such as this machine or an office network), and I only read calendars on the public internet.";

    public async Task<string?> CheckAsync(string address, CancellationToken cancellationToken = default)
    {
        if (Parse(address) is not { } uri) return NotAnAddress;
        if (SchemeProblem(uri) is { } problem) return problem;
        try
        {
            var allowed = await FeedConnections.AllowedAsync(uri.IdnHost, settings, cancellationToken);
            return allowed.Length == 0 ? PrivateAddress : null;
        }
        catch (SocketException)
        {
            return $"I can't find the server {uri.Host}. Check the address and send it again.";
        }
    }

    public async Task<FeedReading> ReadAsync(string address, string ownerName, string? etag, DateTimeOffset? lastModified, DateTime fromUtc, DateTime toUtc,
        CancellationToken cancellationToken = default)
    {
        if (Parse(address) is not { } uri) return new FeedReading.Failed(NotAnAddress);
        if (SchemeProblem(uri) is { } problem) return new FeedReading.Failed(problem);
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Options.Set(FeedRequest, true);
                request.Headers.Accept.ParseAdd("text/calendar");
                if (etag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                if (lastModified is not null) request.Headers.IfModifiedSince = lastModified;
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && status != 304)
                {
                    if (redirects >= CalendarSettings.MaxRedirects) return new FeedReading.Failed("The calendar's address sends me on through too many redirects.");
                    if (response.Headers.Location is not { } next) return new FeedReading.Failed("The calendar's server sent me elsewhere without saying where.");
                    uri = next.IsAbsoluteUri ? next : new Uri(uri, next);
                    if (SchemeProblem(uri) is { } redirected) return new FeedReading.Failed(redirected);
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.NotModified) return new FeedReading.Unchanged();
                if (!response.IsSuccessStatusCode) return new FeedReading.Failed(Refused(response.StatusCode));
                if (response.Content.Headers.ContentLength > CalendarSettings.MaxBytes) return new FeedReading.Failed(TooLarge);
                var text = await ReadCappedAsync(response.Content, cancellationToken);
                if (text is null) return new FeedReading.Failed(TooLarge);
                var events = IcsReader.Read(text, ownerName, IcsReader.EmailIn(address), fromUtc, toUtc);
                return new FeedReading.Read(events, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified);
            }
        }
        catch (HttpRequestException failure) when (failure.InnerException is RefusedAddressException)
        {
            return new FeedReading.Failed(PrivateAddress);
        }
        catch (HttpRequestException failure) when (failure.InnerException is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData })
        {
            return new FeedReading.Failed($"I can't find the calendar's server {uri.Host} any more.");
        }
        catch (HttpRequestException)
        {
            return new FeedReading.Failed("I could not reach the calendar's server.");
        }
        catch (Exception timeout) when (timeout is TimeoutRejectedException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new FeedReading.Failed("The calendar's server did not answer within 10 seconds.");
        }
        catch (BrokenCircuitException)
        {
            return new FeedReading.Failed("The calendar's server failed several times in a row, so I am giving it a rest before I try again.");
        }
        catch (FormatException)
        {
            return new FeedReading.Failed("That address does not give a calendar in iCal (.ics) format.");
        }
    }

    private const string TooLarge = "The calendar is larger than 5 MB, more than I read. Publish a calendar that holds only your upcoming events.";

    private static string Refused(HttpStatusCode status) => (int)status switch
    {
        404 or 410 => "The calendar's address no longer works (it may have been reset). Send me the new one with calendar <address>.",
        401 or 403 => "The calendar's server no longer lets me read it. Publish it again and send me the new address.",
        _ => $"The calendar's server answered with an error ({(int)status}).",
    };

    /// <summary>The address as a URI, webcal:// read as https://; null when it is not an absolute web address.</summary>
    public static Uri? Parse(string address)
    {
        if (!Uri.TryCreate((address ?? "").Trim().Trim('<', '>'), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) return null;
        if (uri.Scheme.Equals("webcal", StringComparison.OrdinalIgnoreCase) || uri.Scheme.Equals("webcals", StringComparison.OrdinalIgnoreCase))
            uri = new UriBuilder(uri) { Scheme = Uri.UriSchemeHttps, Port = uri.IsDefaultPort || uri.Port == 80 ? -1 : uri.Port }.Uri;
        return uri.Scheme is "https" or "http" ? uri : null;
    }

    private string? SchemeProblem(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && settings.AllowPrivateAddresses) ? null : OnlyHttps;

    /// <summary>The body as text, or null when it holds more than the cap (whatever its Content-Length said).</summary>
    private static async Task<string?> ReadCappedAsync(HttpContent content, CancellationToken ct)
    {
        await using var body = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > CalendarSettings.MaxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
