using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace InterviewBot.Slack.Api;

/// <summary>
/// Answers through a slash command's <c>response_url</c> (valid 30 minutes, up to 5 times): the way
/// to reach someone in a channel the bot is not in, and only them (ephemeral).
/// </summary>
internal sealed class ResponseUrlApi(IHttpClientFactory httpClients)
{
    public async Task RespondAsync(string responseUrl, string text, bool ephemeral = true, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            throw new SlackApiException("response_url", "invalid_url", responseUrl);
        var body = new JsonObject { ["response_type"] = ephemeral ? "ephemeral" : "in_channel", ["text"] = text };
        await using var away = Work.EngineSlots.StepAway();
        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(SlackWebApi.HttpClientName).PostAsJsonAsync(url, body, cancellationToken);
        }
        catch (Exception failure) when (failure is HttpRequestException || (failure is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new SlackApiException("response_url", SlackApiException.NoResponse, failure.Message, inner: failure);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
                throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}", response.ReasonPhrase, (int)response.StatusCode);
        }
    }
}
