using InterviewBot.Core.Calendar;
using InterviewBot.Core.Conversations;
using InterviewBot.Core.FollowUp;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.Engine;

/// <summary>
/// Routes a turn to the flow it is for: a message in a shared chat to the team channel flow, a tap
/// to the flow its button names, text to the command it spells or the answer a question waits for.
/// Unknown input gets a helpful answer; a broken rule gets the rule explained. It only decides what
/// to say and changes the domain: the pipeline around it finds the people, sends and commits.
/// </summary>
public sealed class ConversationRouter(
    Participants participants,
    NudgeActions nudgeActions,
    InterviewForms interviewForms,
    ChecklistFlow checklists,
    ChatAnswers chatAnswers,
    InterviewList interviewList,
    StoryFlow stories,
    QuestionBankFlow questionBank,
    JournalFlow journal,
    PrivacyFlow privacy,
    CandidateRequestFlow candidateRequests,
    DecisionFlow decisions,
    HandOverFlow handOver,
    JoinFlow joins,
    IUnitOfWork unitOfWork,
    CalendarFlow calendar,
    Mail.MailFlow mail,
    HomeDashboard home,
    TimeProvider time)
{
    /// <summary>The turn of a message from a chat: who sent it where (found, or met for the first time), and now.</summary>
    public async Task<Turn> BeginAsync(InboundMessage message, CancellationToken cancellationToken = default)
    {
        message = message.Cleaned();
        var now = time.GetUtcNow().UtcDateTime;
        var (workspace, person) = await participants.FindOrCreateAsync(message.Workspace, message.User, now, keepProfileCurrent: true, cancellationToken);
        return new Turn(workspace, person, message, now);
    }

    /// <summary>Begins the turn and routes it; nothing is sent or saved yet.</summary>
    public async Task<TurnResult> HandleAsync(InboundMessage message, CancellationToken cancellationToken = default)
    {
        var turn = await BeginAsync(message, cancellationToken);
        await RouteAsync(turn, cancellationToken);
        return turn.Result();
    }

    public async Task RouteAsync(Turn turn, CancellationToken cancellationToken = default)
    {
        var message = turn.Message;
        try
        {
            if (!message.IsPersonalChat) OnSharedChat(turn);
            else if (message.Submit is { } submit) await OnSubmitAsync(turn, submit, cancellationToken);
            else await OnTextAsync(turn, message.Text, cancellationToken);
            CandidateSide.TellNews(turn, unitOfWork.Pending().Interviews);
        }
        catch (DomainException rule)
        {
            turn.Say(rule.Message);
        }
    }

    /// <summary>
    /// The person's home view (Slack's App Home) opened, or a button tapped on it: opening it and
    /// "My interviews" show the dashboard there; every other button does what it does anywhere.
    /// </summary>
    public async Task HomeAsync(Turn turn, CancellationToken cancellationToken = default)
    {
        var submit = turn.Message.Submit;
        if (submit is not null && submit.Verb != Verbs.ListInterviews)
        {
            await RouteAsync(turn, cancellationToken);
            return;
        }
        turn.Show(await home.BuildAsync(turn.Workspace, turn.Person, turn.NowUtc, allInterviews: submit is not null, cancellationToken));
    }

    /// <summary>The first hello when the bot is installed or a person is added to a chat with it.</summary>
    public static void Welcome(Turn turn) =>
        turn.Show(turn.Message.IsPersonalChat ? HelpCards.Welcome(turn.Person) : HelpCards.TeamWelcome());

    /// <summary>Clears any half-finished question after a failed turn, so the person is never stuck.</summary>
    public async Task ResetAsync(WorkspaceKey workspaceKey, ChatUser user, CancellationToken cancellationToken = default)
    {
        var person = await participants.FindAsync(workspaceKey, user.PlatformUserId, cancellationToken);
        if (person is not null) await chatAnswers.StopAwaitingAsync(person, time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    /// <summary>A channel or group chat: the team's switches. A privacy admin's request or a hand-over is never answered where others read along.</summary>
    private static void OnSharedChat(Turn turn)
    {
        var command = CommandParser.Parse(turn.Message.Text);
        if (CandidateRequestFlow.IsRequest(command)) turn.Say(CandidateRequestFlow.OnlyInPersonalChat);
        else if (command?.Kind == CommandKind.HandOver) turn.Say(HandOverFlow.OnlyInPersonalChat);
        else if (command is { Kind: CommandKind.Calendar, Argument.Length: > 0 } && !TeamChannelFlow.IsSwitch(turn.Message.Text)) turn.Say(CalendarFlow.OnlyInPersonalChat);
        else TeamChannelFlow.Handle(turn);
    }

    private async Task OnTextAsync(Turn turn, string? text, CancellationToken ct)
    {
        var command = CommandParser.Parse(text);
        if (command is null)
        {
            if (await chatAnswers.TryTakeAnswerAsync(turn, text ?? "", ct)) return;
            if (TeamChannelFlow.IsSwitch(text)) TeamChannelFlow.Handle(turn); // says where to type it
            else turn.Show(HelpCards.NotUnderstood(text), HelpCards.NotUnderstoodText(text));
            return;
        }
        // "Time zone overlap matters to me" typed as an awaited answer is the answer, not a zone nobody has.
        if (command is { Kind: CommandKind.Zone, Argument.Length: > 0 } && ZoneCatalog.Find(command.Argument) is { Id: null, Candidates.Count: 0 }
            && await chatAnswers.TryTakeAnswerAsync(turn, text ?? "", ct)) return;
        if (command.Kind != CommandKind.Note) await chatAnswers.StopAwaitingAsync(turn.Person, turn.NowUtc, ct);

        switch (command.Kind)
        {
            case CommandKind.Help: turn.Show(HelpCards.Help(turn.Person)); break;
            case CommandKind.NewInterview: InterviewForms.ShowNewInterview(turn); break;
            case CommandKind.Prep: InterviewForms.ShowNewPrep(turn); break;
            case CommandKind.ListInterviews: await interviewList.ShowAsync(turn, ct); break;
            case CommandKind.Settings: SettingsFlow.Show(turn); break;
            case CommandKind.Phase: await checklists.ShowActiveAsync(turn, command.Argument, ct); break;
            case CommandKind.Note: await checklists.AddNoteAsync(turn, command.Argument, ct); break;
            case CommandKind.Open: await interviewList.OpenByNumberAsync(turn, command.Argument, ct); break;
            case CommandKind.Stories: await stories.ShowListAsync(turn, ct); break;
            case CommandKind.Journal: await journal.ShowAsync(turn, ct); break;
            case CommandKind.ExportData: await privacy.ExportAsync(turn, ct); break;
            case CommandKind.ForgetMe: await privacy.ShowForgetAsync(turn, ct); break;
            case CommandKind.DeleteInterview: await privacy.ShowDeleteActiveAsync(turn, ct); break;
            case CommandKind.PrivacyHelp: candidateRequests.Help(turn); break;
            case CommandKind.PrivacyExport: await candidateRequests.ExportAsync(turn, command.Argument, ct); break;
            case CommandKind.PrivacyErase: await candidateRequests.ShowEraseAsync(turn, command.Argument, ct); break;
            case CommandKind.PrivacyRemoved: await candidateRequests.ShowRemovedAsync(turn, ct); break;
            case CommandKind.HiringManager: await decisions.NameAsync(turn, command.Argument, ct); break;
            case CommandKind.HandOver: await handOver.HandOverTypedAsync(turn, command.Argument, ct); break;
            case CommandKind.Join: await joins.JoinAsync(turn, command.Argument, ct); break;
            case CommandKind.Leave: await joins.LeaveAsync(turn, ct); break;
            case CommandKind.Calendar: await calendar.HandleAsync(turn, command.Argument, ct); break;
            case CommandKind.Zone: ZoneFlow.Handle(turn, command.Argument); break;
            case CommandKind.Cancel: turn.Say($"Okay, nothing is waiting for an answer now. Type {Italic("help")} to see what I can do."); break;
        }
    }

    private async Task OnSubmitAsync(Turn turn, CardSubmit submit, CancellationToken ct)
    {
        switch (submit.Verb)
        {
            case Verbs.Help: turn.Show(HelpCards.Help(turn.Person)); break;
            case Verbs.NewInterview: InterviewForms.ShowNewInterview(turn); break;
            case Verbs.NewPrep: InterviewForms.ShowNewPrep(turn); break;
            case Verbs.CreateInterview: await interviewForms.CreateInterviewAsync(turn, ct); break;
            case Verbs.CreatePrep: await interviewForms.CreatePrepAsync(turn, ct); break;
            case Verbs.ListInterviews: await interviewList.ShowAsync(turn, ct); break;
            case Verbs.OpenInterview: await checklists.OpenAsync(turn, ct); break;
            case Verbs.ShowPhase: await checklists.ShowPhaseAsync(turn, ct); break;
            case Verbs.ToggleStep: await checklists.ToggleAsync(turn, ct); break;
            case Verbs.SaveStep: await checklists.SaveAsync(turn, ct); break;
            case Verbs.AnswerInChat: await chatAnswers.AwaitAnswerAsync(turn, ct); break;
            case Verbs.RewriteQuestion: await checklists.RewriteQuestionAsync(turn, ct); break;
            case Verbs.PlanFromNote: await checklists.PlanFromNoteAsync(turn, ct); break;
            case Verbs.ShowQuestionBank: await questionBank.ShowAsync(turn, ct); break;
            case Verbs.AddFromBank: await questionBank.AddAsync(turn, ct); break;
            case Verbs.ListStories: await stories.ShowListAsync(turn, ct); break;
            case Verbs.EditStory: await stories.EditAsync(turn, ct); break;
            case Verbs.SaveStory: await stories.SaveAsync(turn, ct); break;
            case Verbs.DeleteStory: await stories.DeleteAsync(turn, ct); break;
            case Verbs.UseStory: await stories.UseAsync(turn, ct); break;
            case Verbs.ShowJournal: await journal.ShowAsync(turn, ct); break;
            case Verbs.SetStatus: await checklists.SetStatusAsync(turn, ct); break;
            case Verbs.ShowSettings: SettingsFlow.Show(turn); break;
            case Verbs.SaveSettings: SettingsFlow.Save(turn); break;
            case NudgeVerbs.Done: await nudgeActions.DoneAsync(turn, ct); break;
            case NudgeVerbs.Snooze: await nudgeActions.SnoozeAsync(turn, ct); break;
            case NudgeVerbs.Stop: await nudgeActions.StopAsync(turn, ct); break;
            case DecisionVerbs.Ask: await decisions.AskAsync(turn, ct); break;
            case DecisionVerbs.Answer: await decisions.AnswerAsync(turn, ct); break;
            case Verbs.ConfirmForget: await privacy.ForgetAsync(turn, ct); break;
            case Verbs.DeleteInterview: await privacy.ShowDeleteAsync(turn, ct); break;
            case Verbs.ConfirmDeleteInterview: await privacy.DeleteInterviewAsync(turn, ct); break;
            case Verbs.KeepData: PrivacyFlow.Keep(turn); break;
            case Verbs.ConfirmCandidateErase: await candidateRequests.EraseAsync(turn, ct); break;
            case Verbs.KeepCandidateData: await candidateRequests.KeepAsync(turn, ct); break;
            case Verbs.DeleteRemovedWorkspaces: await candidateRequests.DeleteRemovedAsync(turn, ct); break;
            case Verbs.ShowHandOver: await handOver.ShowFormAsync(turn, ct); break;
            case Verbs.HandOver: await handOver.HandOverOneAsync(turn, ct); break;
            case JoinVerbs.Remove: await joins.RemoveAsync(turn, ct); break;
            case JoinVerbs.Accept: await joins.AcceptAsync(turn, ct); break;
            case JoinVerbs.Decline: await joins.DeclineAsync(turn, ct); break;
            case JoinVerbs.Reissue: await joins.ReissueAsync(turn, ct); break;
            case JoinVerbs.Confirm: await joins.ConfirmAsync(turn, ct); break;
            case JoinVerbs.NotMe: await joins.NotMeAsync(turn, ct); break;
            case CalendarVerbs.Track: await calendar.TrackAsync(turn, ct); break;
            case CalendarVerbs.Link: await calendar.LinkAsync(turn, ct); break;
            case CalendarVerbs.Ignore: await calendar.IgnoreAsync(turn, ct); break;
            case Mail.MailVerbs.Compose: await mail.ComposeAsync(turn, ct); break;
            case Mail.MailVerbs.Send: await mail.SendAsync(turn, ct); break;
            case Verbs.CheckQuestion: QuestionCheck.Show(turn); break;
            case Verbs.Dismiss: turn.ShowInPlace(HelpCards.Dismissed()); break;
            default:
                turn.Say($"That button is from an older version of me and no longer does anything. Type {Italic("help")} for what I can do now.");
                break;
        }
    }
}
