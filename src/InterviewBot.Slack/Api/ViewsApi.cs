using System.Text.Json.Nodes;

namespace InterviewBot.Slack.Api;

/// <summary>A view Slack shows: its id (for views.update) and hash.</summary>
internal sealed record OpenedView(string Id, string? Hash);

/// <summary>The <c>views.*</c> methods: modals and the App Home tab.</summary>
internal sealed class ViewsApi(SlackWebApi api)
{
    /// <summary><c>views.open</c>: opens a modal. The trigger id comes from the slash command or the tap, and lasts 3 seconds.</summary>
    public async Task<OpenedView> OpenAsync(string triggerId, JsonObject view, CancellationToken cancellationToken = default)
    {
        var answer = await api.PostJsonAsync("views.open", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view.DeepClone() }, cancellationToken);
        return Read("views.open", answer);
    }

    /// <summary><c>views.update</c>: replaces an open modal (or Home tab) <paramref name="viewId"/>.</summary>
    public async Task<OpenedView> UpdateAsync(string viewId, JsonObject view, string? hash = null, CancellationToken cancellationToken = default)
    {
        var arguments = new JsonObject { ["view_id"] = viewId, ["view"] = view.DeepClone() };
        if (hash is not null) arguments["hash"] = hash;
        return Read("views.update", await api.PostJsonAsync("views.update", arguments, cancellationToken));
    }

    /// <summary><c>views.publish</c>: the App Home tab of <paramref name="userId"/>.</summary>
    public async Task<OpenedView> PublishAsync(string userId, JsonObject view, CancellationToken cancellationToken = default)
    {
        var answer = await api.PostJsonAsync("views.publish", new JsonObject { ["user_id"] = userId, ["view"] = view.DeepClone() }, cancellationToken);
        return Read("views.publish", answer);
    }

    private static OpenedView Read(string method, JsonObject answer) => new(
        SlackWebApi.Text(answer["view"]?["id"]) ?? throw new SlackApiException(method, SlackApiException.NoResponse, "the answer has no view id"),
        SlackWebApi.Text(answer["view"]?["hash"]));
}
