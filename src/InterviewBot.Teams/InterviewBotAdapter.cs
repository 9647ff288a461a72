using InterviewBot.Core.Conversations;
using InterviewBot.Core.Ports;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Teams;

/// <summary>
/// The stock <see cref="CloudAdapter"/> plus a last-resort turn-error handler. A turn's own failures
/// are handled by the core's pipeline (the half-asked question cleared, an apology sent); this catches
/// what fails around it – in the Bot Framework's handling of the activity – logs it and, for a
/// message, sends the same apology.
/// </summary>
internal sealed class InterviewBotAdapter : CloudAdapter
{
    public InterviewBotAdapter(BotFrameworkAuthentication authentication, ILogger<InterviewBotAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            Log.TurnFailed(logger, exception, activity?.Type, activity?.Conversation?.Id);
            if (activity?.Type != ActivityTypes.Message) return;
            try
            {
                await turnContext.SendActivityAsync(TeamsActivities.Of(new OutboundMessage(ConversationPipeline.Apology, null, Guid.Empty)));
            }
            catch (Exception sendFailure) when (sendFailure is not OperationCanceledException)
            {
                Log.TurnFailed(logger, sendFailure, activity.Type, activity.Conversation?.Id);
            }
        };
    }

    /// <summary>
    /// An activity the endpoint has already read and checked: authenticated from its Authorization
    /// header, then the bot's turn. What the stock <c>ProcessAsync</c> does after reading the body itself.
    /// </summary>
    public Task<InvokeResponse> ProcessActivityAsync(string authHeader, Activity activity, IBot bot, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader, activity, bot.OnTurnAsync, cancellationToken);
}
