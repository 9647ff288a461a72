using InterviewBot.Core.Conversations;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace InterviewBot.Teams;

/// <summary>
/// The Bot Framework face of the bot, kept thin: translate the activity and hand it to the core's
/// pipeline with this channel's transport; the pipeline decides, sends, remembers and commits.
/// </summary>
internal sealed class TeamsBot(ConversationPipeline pipeline, TeamsTransport transport, AppRemoval removal) : TeamsActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = (Activity)turnContext.Activity;
        var text = activity.Value is null ? activity.RemoveRecipientMention() : activity.Text;
        var inbound = ActivityTranslator.ToInbound(activity, text);
        if (string.IsNullOrEmpty(inbound.User.PlatformUserId)) return;
        await pipeline.RunAsync(new InboundTurn(inbound, TeamsAddresses.ReferenceOf(activity), new TeamsTurn(turnContext)), transport, cancellationToken);
    }

    /// <summary>
    /// The bot itself joining a conversation means it was installed there (a 1:1 chat, a team, the
    /// Emulator): say hello once and remember the conversation.
    /// </summary>
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = (Activity)turnContext.Activity;
        if (!membersAdded.Any(m => m.Id == activity.Recipient?.Id)) return;
        if (string.IsNullOrEmpty(activity.From?.Id)) return;

        var inbound = ActivityTranslator.ToInbound(activity, null);
        await pipeline.RunAsync(new InboundTurn(inbound, TeamsAddresses.ReferenceOf(activity), new TeamsTurn(turnContext), TurnPurpose.Welcome), transport, cancellationToken);
    }

    /// <summary>
    /// The bot asks Teams for no invokes: its cards use Action.Submit (which arrives as a message) and
    /// its manifest declares no messaging extension or task module. An invoke that arrives anyway is
    /// answered 400 with the reason, rather than the base handler's 501 or a 500 from a handler
    /// reading a value that is not there.
    /// </summary>
    protected override Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken) =>
        Task.FromResult(new InvokeResponse
        {
            Status = 400,
            Body = new JObject { ["code"] = "NotSupported", ["message"] = $"InterviewBot does not handle '{turnContext.Activity.Name}' invokes." },
        });

    /// <summary>Teams sends installationUpdate as well as conversationUpdate on install; the welcome comes from the latter, once.</summary>
    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>The app uninstalled from a 1:1 chat, a group chat or a team (also as part of an upgrade): no more nudges go there.</summary>
    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        StopAsync((Activity)turnContext.Activity, cancellationToken);

    /// <summary>The bot itself removed from a team or chat: the same as an uninstall there. Other people leaving change nothing.</summary>
    protected override Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = (Activity)turnContext.Activity;
        return membersRemoved.Any(m => m.Id == activity.Recipient?.Id) ? StopAsync(activity, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>The conversation the activity came from and, in a team, the team itself (its General channel has the team's id).</summary>
    private Task StopAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversations = new List<string>();
        if (activity.Conversation?.Id is { Length: > 0 } conversation) conversations.Add(conversation);
        if (activity.TeamsGetTeamInfo()?.Id is { Length: > 0 } team) conversations.Add(team);
        return conversations.Count == 0
            ? Task.CompletedTask
            : removal.RemoveFromConversationsAsync(ActivityTranslator.WorkspaceOf(activity), conversations, cancellationToken);
    }
}
