namespace InterviewBot.Slack.Install;

/// <summary>
/// The workspace the current work is for – the team of the request being answered, or of the stored
/// address a nudge goes to – so every Web API call beneath it uses that workspace's token. It flows
/// with the async work (an <see cref="AsyncLocal{T}"/>), as the trace of a request does.
/// </summary>
internal static class SlackTeam
{
    private static readonly AsyncLocal<string?> Team = new();

    public static string? Current => Team.Value;

    /// <summary>Until the result is disposed, Web API calls use <paramref name="teamId"/>'s token.</summary>
    public static IDisposable Enter(string? teamId)
    {
        var before = Team.Value;
        Team.Value = teamId;
        return new Restore(before);
    }

    private sealed class Restore(string? before) : IDisposable
    {
        public void Dispose() => Team.Value = before;
    }
}
