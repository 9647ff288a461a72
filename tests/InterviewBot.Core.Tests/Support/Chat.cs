using InterviewBot.Core.Conversations;
using InterviewBot.Core.FollowUp;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Core.Tests.Support;

/// <summary>
/// One person in their 1:1 chat with the bot (or, given <paramref name="sharedChatId"/>, in a shared chat:
/// a group chat, or a team channel when <paramref name="teamChannel"/>).
/// Every message is its own turn in its own scope, with its own DbContext, as separate HTTP requests are.
/// </summary>
public sealed class Chat(TestDatabase database, string workspaceId, string userId, string displayName, string timeZone = "Europe/Berlin",
    string? sharedChatId = null, bool teamChannel = false)
{
    private readonly WorkspaceKey _workspace = new("slack", workspaceId);
    private readonly ChatUser _user = new(userId, displayName, timeZone);

    public Task<TurnResult> SayAsync(string text) => TurnAsync(text, null);

    /// <summary>A message with @mentions, as a channel hands them over: each mention's words in the text and the user id behind them.</summary>
    public Task<TurnResult> SayAsync(string text, params ChatMention[] mentions) => TurnAsync(text, null, mentions);

    /// <summary>
    /// A hello through the whole pipeline's bookkeeping: the bot now knows how to reach this 1:1 chat
    /// (as after someone's first message), so messages for this person can be delivered.
    /// </summary>
    public async Task OpenChatAsync()
    {
        await using var scope = database.NewScope();
        var router = scope.ServiceProvider.GetRequiredService<ConversationRouter>();
        var turn = await router.BeginAsync(Message("hi", null, null));
        await scope.ServiceProvider.GetRequiredService<ConversationBook>().RememberAsync(turn, $"{{\"channel\":\"{ConversationId}\"}}");
        await scope.ServiceProvider.GetRequiredService<Commit>().SaveAsync();
    }

    public string ConversationId => sharedChatId ?? "D-" + _user.PlatformUserId;

    /// <summary>A tap on a button of the card with id <paramref name="cardId"/>, sending the card's inputs and the button's data.</summary>
    public Task<TurnResult> TapAsync(string verb, Guid? cardId, IReadOnlyDictionary<string, string> values) =>
        TurnAsync(null, new CardSubmit(verb, cardId, values));

    public Task<TurnResult> TapAsync(string verb, Guid? cardId, params (string Key, string Value)[] values) =>
        TapAsync(verb, cardId, values.ToDictionary(v => v.Key, v => v.Value));

    private async Task<TurnResult> TurnAsync(string? text, CardSubmit? submit, IReadOnlyList<ChatMention>? mentions = null)
    {
        await using var scope = database.NewScope();
        var router = scope.ServiceProvider.GetRequiredService<ConversationRouter>();
        var result = await router.HandleAsync(Message(text, submit, mentions));
        await scope.ServiceProvider.GetRequiredService<Commit>().SaveAsync();
        return result;
    }

    private InboundMessage Message(string? text, CardSubmit? submit, IReadOnlyList<ChatMention>? mentions) =>
        new(_workspace, _user, ConversationId, sharedChatId is null ? ConversationKind.Personal : teamChannel ? ConversationKind.TeamChannel : ConversationKind.GroupChat, text, submit, mentions);
}
