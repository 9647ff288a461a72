using System.Net.Sockets;

namespace InterviewBot.Teams;

/// <summary>
/// Failures to reach another server at all – a name that does not resolve, a refused or reset
/// connection, no answer in time – found anywhere down an exception's chain (Bot Builder wraps them:
/// in an AggregateException when getting a token, in an InvalidOperationException when fetching the
/// signing keys), and said in a few words with the address the exception names.
/// </summary>
internal static class NetworkFailure
{
    /// <summary>What went wrong, e.g. "could not connect: Connection refused (127.0.0.1:9)"; null when it is not a network failure.</summary>
    public static string? Describe(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } http:
                    return "could not find the server: " + http.Message;
                case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError } http:
                    return "could not connect: " + http.Message;
                case HttpRequestException http:
                    return "the connection failed: " + http.Message;
                case SocketException or IOException:
                    return "the connection failed: " + e.Message;
                case TimeoutException or TaskCanceledException:
                    return "no answer in time";
            }
        }
        return null;
    }
}
