using System.Text.Json.Nodes;

namespace InterviewBot.Slack.Api;

/// <summary>What the bot reads about a person: names and the IANA time zone set in their Slack profile.</summary>
internal sealed record SlackUserInfo(string Id, string? Name, string? RealName, string? DisplayName, string? TimeZone, bool IsBot)
{
    /// <summary>The name people see: display name, else real name, else the handle.</summary>
    public string? BestName =>
        !string.IsNullOrWhiteSpace(DisplayName) ? DisplayName : !string.IsNullOrWhiteSpace(RealName) ? RealName : Name;

    /// <summary>A user object as users.info answers it and the user_change event carries it.</summary>
    public static SlackUserInfo From(JsonNode? user, string fallbackId) => new(
        SlackWebApi.Text(user?["id"]) ?? fallbackId,
        SlackWebApi.Text(user?["name"]),
        SlackWebApi.Text(user?["profile"]?["real_name"]) ?? SlackWebApi.Text(user?["real_name"]),
        SlackWebApi.Text(user?["profile"]?["display_name"]),
        SlackWebApi.Text(user?["tz"]),
        user?["is_bot"]?.GetValueKind() == System.Text.Json.JsonValueKind.True);
}

/// <summary>The <c>users.*</c> methods.</summary>
internal sealed class UsersApi(SlackWebApi api)
{
    /// <summary><c>users.info</c> (scope users:read). Form arguments: the method does not take JSON.</summary>
    public async Task<SlackUserInfo> InfoAsync(string userId, CancellationToken cancellationToken = default)
    {
        var answer = await api.PostFormAsync("users.info", [new("user", userId)], cancellationToken);
        return SlackUserInfo.From(answer["user"], userId);
    }
}
