using InterviewBot.Core.Conversations;
using InterviewBot.Core.Engine;
using InterviewBot.Core.FollowUp;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Calendar.Tests;

/// <summary>Rita Recruiter's turns in her 1:1 Slack chat, on the real router and stores of a <see cref="TestDatabase"/>.</summary>
internal static class RitaTurns
{
    public const string UserId = "U-RITA";

    public static InboundMessage Message(string? text, CardSubmit? submit = null) =>
        new(new WorkspaceKey("slack", "T-ACME"), new ChatUser(UserId, "Rita Recruiter", "Europe/Berlin"), "D-U-RITA", ConversationKind.Personal, text, submit);

    /// <summary>One turn, saved as the pipeline saves it: through <see cref="Commit"/>.</summary>
    public static async Task<TurnResult> TurnAsync(TestDatabase database, string? text, CardSubmit? submit = null)
    {
        await using var scope = database.NewScope();
        var result = await scope.ServiceProvider.GetRequiredService<ConversationRouter>().HandleAsync(Message(text, submit));
        await scope.ServiceProvider.GetRequiredService<Commit>().SaveAsync();
        return result;
    }
}
