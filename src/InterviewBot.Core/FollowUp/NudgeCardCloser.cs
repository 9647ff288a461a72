using InterviewBot.Core.Nudges;
using InterviewBot.Core.Playbooks;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Core.FollowUp;

/// <summary>
/// Turns the cards of nudges whose follow-up is over (feedback sent, reminders stopped, the call
/// cancelled, decided or past) into closed cards in place: what they were about and why they are
/// closed, without Done, Snooze or status buttons. The planner marks them; this sends the updates
/// once the change that closed them is saved (<see cref="Commit"/>). A card that cannot be updated
/// (the platform is down, the message was deleted) stays as it was; a tap on it is answered plainly.
/// </summary>
public sealed partial class NudgeCardCloser(IConversationAddresses addresses, IEnumerable<IChatTransport> transports, PlaybookCatalog playbooks,
    HomeRefresh homes, ILogger<NudgeCardCloser> logger)
{
    private readonly List<(Nudge Nudge, Workspace Workspace, Interview Interview, Person Recipient)> _closing = [];
    private readonly HashSet<Guid> _replacedByTurn = [];

    /// <summary>Marks the nudge's card closed and updates it after the save; false when it has no open card.</summary>
    public bool Close(Nudge nudge, Workspace workspace, Interview interview, Person? recipient, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        if (recipient is null || nudge.Recipient == NudgeRecipient.TeamChannel || !nudge.CloseCard(nowUtc)) return false;
        _closing.Add((nudge, workspace, interview, recipient));
        homes.Changed(workspace.Id, recipient.Id);
        return true;
    }

    /// <summary>A turn has already put something else in the card's place (a tap answered in place): leave it.</summary>
    public void ReplacedByTurn(Guid cardId) => _replacedByTurn.Add(cardId);

    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var closing = _closing.ToList();
        _closing.Clear();
        foreach (var (nudge, workspace, interview, recipient) in closing)
        {
            if (_replacedByTurn.Contains(nudge.Id) || nudge.ConversationId is not { } conversationId || nudge.MessageId is not { } messageId) continue;
            try
            {
                var address = await addresses.FindAsync(workspace.Id, conversationId, cancellationToken);
                var transport = address is null ? null : transports.FirstOrDefault(t => t.Platform == address.Platform);
                if (address is null || transport is null)
                {
                    CardNotClosed(logger, nudge.Id, "no stored address for its conversation");
                    continue;
                }
                var card = Closed(new NudgeContext(nudge, workspace, interview, recipient, playbooks.For(interview.SideOf(recipient.Id) ?? Audience.Recruiter)));
                await transport.UpdateAsync(ChatDestination.Stored(address), messageId, new OutboundMessage(null, card, nudge.Id), cancellationToken);
            }
            catch (DeliveryException failure)
            {
                CardNotClosed(logger, nudge.Id, failure.Message);
            }
        }
    }

    /// <summary>The nudge's card as it reads once its follow-up is over: no buttons, and a line saying why.</summary>
    public static NudgeView Closed(NudgeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var view = NudgeCards.Compose(context, Why(context.Nudge, context.Interview!, context.Recipient!));
        return view with { Buttons = [], Fields = null };
    }

    /// <summary>Why a nudge's follow-up is over, in a plain sentence for its recipient.</summary>
    public static string Why(Nudge nudge, Interview interview, Person recipient)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        ArgumentNullException.ThrowIfNull(interview);
        ArgumentNullException.ThrowIfNull(recipient);
        var who = interview.CounterpartName(recipient.Id);
        if (nudge.Kind == NudgeKind.CandidateConfirm) return ConfirmCandidateCard.Why(interview, recipient);
        if (interview.SideOf(recipient.Id) is null) return $"Closed – {interview.Recruiter.Name} took over the call with {interview.Candidate.Name}.";
        if (interview.Status == InterviewStatus.Cancelled) return $"Closed – the call with {who} was cancelled.";
        if (interview.Status == InterviewStatus.NoShow) return $"Closed – the call with {who} is marked a no-show.";
        if (recipient.TurnedOffNudges.Contains(nudge.Kind)) return $"Closed – you stopped \"{NudgeNames.Of(nudge.Kind)}\" reminders.";
        bool Done(string stepId) => interview.FindEntry(recipient.Id, stepId)?.Done == true;
        return nudge.Kind switch
        {
            NudgeKind.FeedbackDue or NudgeKind.FeedbackOverdue when Done("send-feedback") || interview.FeedbackSentUtc is not null
                => $"Closed – feedback for {who} is marked sent.",
            NudgeKind.CallDone when interview.Status == InterviewStatus.Scheduled => "Closed – nothing more to do here.",
            NudgeKind.CallDone => $"Closed – the call with {who} is marked held.",
            NudgeKind.PrepReminder or NudgeKind.CallStarting when interview.Status != InterviewStatus.Scheduled => $"Closed – the call with {who} has taken place.",
            NudgeKind.PrepReminder => "Closed – your prep is done.",
            NudgeKind.ThankYou when Done("thank-you") => "Closed – your thank-you is marked sent.",
            NudgeKind.PostMortem when Done("post-mortem") => "Closed – your reflection is saved.",
            NudgeKind.DecisionAsk or NudgeKind.DecisionReminder when interview.ManagerAnswer is { } answer && !interview.AwaitsManager
                => DecisionCards.Answered(interview, answer),
            NudgeKind.DecisionAsk or NudgeKind.DecisionReminder when interview.AwaitsManager => "Closed – a newer reminder about this decision takes its place.",
            NudgeKind.DecisionAsk or NudgeKind.DecisionReminder => $"Closed – {interview.Recruiter.Name} no longer waits for this decision.",
            NudgeKind.KeepInTheLoop or NudgeKind.PromisedNewsDue when interview.Status == InterviewStatus.DecisionPending
                && interview.FindEntry(recipient.Id, "keep-in-the-loop") is { Done: true } update && update.UpdatedUtc > nudge.SentUtc
                => $"Closed – your update to {who} is marked sent.",
            NudgeKind.KeepInTheLoop or NudgeKind.PromisedNewsDue when interview.Status == InterviewStatus.DecisionPending => "Closed – a newer reminder to update the candidate takes its place.",
            NudgeKind.CloseOrExtend when interview.Status == InterviewStatus.DecisionPending => $"Closed – you kept following up {who}.",
            NudgeKind.KeepInTheLoop or NudgeKind.PromisedNewsDue or NudgeKind.CloseOrExtend when interview.Status != InterviewStatus.Closed => $"Closed – the decision on {who} is made.",
            _ when interview.Status == InterviewStatus.Closed => $"Closed – the process with {who} is closed.",
            _ => "Closed – nothing more to do here.",
        };
    }

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "The card of nudge {NudgeId} could not be closed: {Reason}. It keeps its buttons; a tap on it is answered plainly.")]
    private static partial void CardNotClosed(ILogger logger, Guid nudgeId, string reason);
}
