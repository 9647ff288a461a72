namespace InterviewBot.Slack.Api;

/// <summary>The <c>apps.*</c> methods, called with the app-level token (xapp-).</summary>
internal sealed class AppsApi(SlackWebApi api)
{
    /// <summary><c>apps.connections.open</c>: a fresh WebSocket URL for Socket Mode (scope connections:write).</summary>
    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var answer = await api.PostFormWithAppTokenAsync("apps.connections.open", [], cancellationToken);
        var url = SlackWebApi.Text(answer["url"]);
        return url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "wss" or "ws"
            ? uri
            : throw new SlackApiException("apps.connections.open", SlackApiException.NoResponse, "the answer has no WebSocket URL");
    }
}
