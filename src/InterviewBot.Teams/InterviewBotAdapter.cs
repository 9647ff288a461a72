using InterviewBot.Core.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Teams;

/// <summary>
/// The stock <see cref="CloudAdapter"/> plus a turn-error handler that answers the user politely,
/// logs the failure and clears the person's half-finished question so they are never stuck.
/// </summary>
public sealed class InterviewBotAdapter : CloudAdapter
{
    public const string SorryText = "Sorry, something went wrong on my side and your last action may not have been saved. Please try again; type *help* if you are stuck.";

    public InterviewBotAdapter(BotFrameworkAuthentication authentication, IServiceScopeFactory scopes, ILogger<InterviewBotAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            Log.TurnFailed(logger, exception, activity?.Type, activity?.Conversation?.Id);
            await ResetSessionAsync(scopes, activity, logger);
            if (activity?.Type == ActivityTypes.Message)
            {
                try { await turnContext.SendActivityAsync(MessageFactory.Text(SorryText)); }
                catch (Exception sendFailure) when (sendFailure is not OperationCanceledException)
                {
                    Log.TurnFailed(logger, sendFailure, activity.Type, activity.Conversation?.Id);
                }
            }
        };
    }

    private static async Task ResetSessionAsync(IServiceScopeFactory scopes, IActivity? activity, ILogger logger)
    {
        if (activity is not Activity { From.Id: { Length: > 0 } } message) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var engine = scope.ServiceProvider.GetRequiredService<StepEngine>();
            await engine.ResetAsync(ActivityTranslator.WorkspaceOf(message), ActivityTranslator.UserOf(message));
        }
        catch (Exception resetFailure) when (resetFailure is not OperationCanceledException)
        {
            Log.ResetFailed(logger, resetFailure);
        }
    }
}
