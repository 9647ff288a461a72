using System.Diagnostics;
using System.Text.Json.Nodes;
using InterviewBot.Core.Conversations;

namespace InterviewBot.Slack.Work;

/// <summary>Where a Slack request came from; it decides how the answers travel back.</summary>
internal enum SlackSource
{
    /// <summary>A slash command: modals need its trigger id, channel answers go to its response_url.</summary>
    Command,

    /// <summary>A message to the bot in its direct-message channel.</summary>
    DirectMessage,

    /// <summary>An @mention in a channel.</summary>
    Mention,

    /// <summary>A button on a message the bot posted.</summary>
    MessageButton,

    /// <summary>A button in a modal or on the App Home tab.</summary>
    ViewButton,

    /// <summary>A modal's submit button.</summary>
    ViewSubmission,

    /// <summary>The person opened the bot's App Home tab.</summary>
    HomeOpened,

    /// <summary>A global or message shortcut: its trigger id opens the answer as a modal.</summary>
    Shortcut,
}

/// <summary>
/// One request from Slack, read and acknowledged, waiting for the engine: who, where, what, and the
/// handles to answer with (trigger id, response_url, the tapped message or open view).
/// </summary>
internal sealed record SlackTurn(
    SlackSource Source,
    string TeamId,
    string UserId,
    string? UserName,
    string? ChannelId,
    bool IsPersonal,
    string? Text,
    CardSubmit? Submit = null)
{
    /// <summary>Opens a modal within 3 seconds of the request; used at most once.</summary>
    public string? TriggerId { get; init; }

    public string? ResponseUrl { get; init; }

    /// <summary>The thread a message was written in (its parent's ts): the answers go into the same thread.</summary>
    public string? ThreadTs { get; init; }

    /// <summary>The message a button was tapped on.</summary>
    public string? MessageTs { get; init; }

    /// <summary>The modal or Home tab a button was tapped in, or the modal submitted.</summary>
    public string? ViewId { get; init; }

    public string? ViewHash { get; init; }

    /// <summary>"modal" or "home" for <see cref="SlackSource.ViewButton"/>.</summary>
    public string? ViewType { get; init; }

    /// <summary>Block ids of the submitted modal's fields where they differ from the field id (Slack's errors name blocks).</summary>
    public IReadOnlyDictionary<string, string> BlockIds { get; init; } = new Dictionary<string, string>();

    /// <summary>A view submission's answer, awaited by the request while it can still be given (about 2 s).</summary>
    public ModalAnswer? ModalAnswer { get; init; }

    /// <summary>The trace of the request that brought it (read when it is made, inside the ack), which its work continues.</summary>
    public ActivityContext Acknowledged { get; init; } = Activity.Current?.Context ?? default;

    /// <summary>Turns of one person run in order; different people in parallel.</summary>
    public string PartitionKey => TeamId + "/" + UserId;
}

/// <summary>
/// The answer to a modal submission, which Slack only takes in the HTTP response (or the Socket
/// Mode ack): <c>errors</c> next to fields, <c>update</c> with another view, or <c>clear</c>. Whoever
/// sets it first wins: the engine with its answer, or the request giving up before Slack's 3 s.
/// </summary>
internal sealed class ModalAnswer
{
    private readonly TaskCompletionSource<JsonObject?> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<JsonObject?> Task => _answer.Task;

    /// <summary>True when <paramref name="answer"/> goes to Slack; false when the request has already answered.</summary>
    public bool TryGive(JsonObject? answer) => _answer.TrySetResult(answer);

    /// <summary>
    /// Waits up to <paramref name="patience"/> for the engine's answer; after that the request answers
    /// with nothing (Slack closes the modal) and the engine's replies travel by the Web API instead.
    /// </summary>
    public async Task<JsonObject?> WaitAsync(TimeSpan patience, TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            return await _answer.Task.WaitAsync(patience, clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            _answer.TrySetResult(null);
            return await _answer.Task;
        }
        catch (OperationCanceledException)
        {
            _answer.TrySetResult(null);
            throw;
        }
    }
}
