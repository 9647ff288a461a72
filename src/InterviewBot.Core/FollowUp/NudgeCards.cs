using InterviewBot.Core.Engine;
using InterviewBot.Core.Nudges;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.FollowUp;

/// <summary>Everything a nudge card is written from.</summary>
/// <param name="Brief">The role brief of the interview's role, which decides whether "know the vacancy" is done.</param>
/// <param name="NowUtc">The moment the card is written for; "today" and "yesterday" are counted from it.</param>
public sealed record NudgeContext(Nudge Nudge, Workspace Workspace, Interview? Interview, Person? Recipient, Playbook? Playbook,
    string? RecruiterName = null, RoleBrief? Brief = null, DateTime? NowUtc = null)
{
    /// <summary>
    /// The moment the card's words about time speak from: the moment given, else when the card was
    /// sent – a card updated in place (a tap, a follow-up closed) keeps the words it was sent with,
    /// as the chat still shows it at its sending time.
    /// </summary>
    public DateTime SpeaksAt => NowUtc ?? Nudge.SentUtc ?? Nudge.DueUtc;
}

/// <summary>
/// What each nudge says: what to do now, the draft that helps do it, and Done / Snooze / Stop.
/// Channel posts never carry a candidate's name unless <see cref="ChannelNames"/> allows it.
/// </summary>
public static class NudgeCards
{
    private static readonly IReadOnlyList<Choice> SnoozeChoices =
    [
        new("For an hour", NudgeVerbs.OneHour),
        new("Until my next working morning", NudgeVerbs.NextMorning),
        new("For two working days", NudgeVerbs.TwoDays),
        new("For a working week", NudgeVerbs.OneWeek),
    ];

    public static NudgeView Compose(NudgeContext context, string? status = null)
    {
        var (nudge, workspace, interview, person, _, _, _, _) = context;
        if (interview is null || person is null) return new NudgeView("Reminder", "This reminder's interview is no longer there.", null, [], Status: status);
        if (nudge.Kind is NudgeKind.DecisionAsk or NudgeKind.DecisionReminder) return DecisionCards.Ask(context, status);
        if (nudge.Kind == NudgeKind.CandidateConfirm) return ConfirmCandidateCard.Compose(context, status);
        var who = interview.CounterpartName(person.Id);
        var when = Describe.When(interview, person, context.SpeaksAt);
        return nudge.Kind switch
        {
            NudgeKind.PrepReminder => Personal(context, $"Prep for your call with {who}", $"Your phone screen ({interview.Role}) is {when}. Still open: {OpenSteps(context)}.", null, Open(interview, "before", "Open prep"), status),
            NudgeKind.CallStarting => Personal(context, $"Your call with {who} starts soon", CallStartingBody(context, when), null, Open(interview, "during", "Open call card"), status, snooze: false),
            NudgeKind.CallDone => Personal(context, $"How did the call with {who} go?", "Mark it held to start the follow-up – or note a no-show.", null, CallDoneButtons(interview), status),
            NudgeKind.FeedbackDue => Personal(context, $"Feedback for {who} is due", FeedbackBody(context, overdue: false), DraftOf(context, "send-feedback"), Open(interview, "after", "Open the feedback composer"), status, doneLabel: "Feedback sent"),
            NudgeKind.FeedbackOverdue => Personal(context, $"Feedback for {who} is overdue", FeedbackBody(context, overdue: true), DraftOf(context, "send-feedback"), Open(interview, "after", "Open the feedback composer"), status, doneLabel: "Feedback sent"),
            NudgeKind.KeepInTheLoop => Personal(context, $"Time for an update to {who}", "The decision is still pending. Two lines now keep a good candidate warm – here is a holding message to send. Set the date you tell them; Update sent records it.",
                HoldingDraft(context), [Open(interview, "after", "Decision made")], status, doneLabel: "Update sent", hearBy: HearBy(context)),
            NudgeKind.PromisedNewsDue => Personal(context, $"You promised {PersonNames.FirstName(who)} news by today", PromisedBody(context),
                HoldingDraft(context), DecisionButtons(interview), status, doneLabel: "Update sent", hearBy: HearBy(context), stop: false),
            NudgeKind.CloseOrExtend => Personal(context, $"{who} has waited {NudgePolicy.PendingWeeks} weeks for a decision",
                $"The decision has been pending since the call {DayWords.On(interview.EndUtc, context.SpeaksAt, person.TimeZoneId)}. Close the interview, or keep following up for another {NudgePolicy.PendingWeeks} weeks. If you do neither, I stop the reminders to update {PersonNames.FirstName(who)}; the interview stays open.",
                null, [ActionButton.For("Close it", Verbs.SetStatus, false, (Verbs.KeyInterview, interview.Id.ToString()), (Verbs.KeyStatus, nameof(InterviewStatus.Closed)))],
                status, snooze: false, stop: false, doneLabel: "Keep following up"),
            NudgeKind.ThankYou => Personal(context, "Send your thank-you today", $"Thank {who} for the call about the {interview.Role} role before your working day ends – a timely note is remembered.", DraftOf(context, "thank-you"), Open(interview, "after", "Open the after-call steps"), status, doneLabel: "Sent"),
            NudgeKind.CheckIn => CheckInCard.Compose(context, status),
            NudgeKind.PostMortem => Personal(context, $"How did your call {DayWords.On(interview.StartUtc, context.SpeaksAt, person.TimeZoneId)} go?", "Three quick questions while it is fresh: what went well, what you would do differently, and what you learned about what you want.", null, Reflect(interview), status),
            _ => new NudgeView("Reminder", $"A reminder about {ChecklistCardBuilder.Headline(interview, person)}.", null, [], Status: status),
        };
    }

    /// <summary>The overdue-feedback post for the team channel: the role and the recruiter, the candidate only if <paramref name="names"/> allows.</summary>
    public static NudgeView TeamOverdue(ChannelNames names, Interview interview, string recruiterName, int workingDaysLate, string teamZone, DateTime nowUtc)
    {
        var held = DayWords.On(interview.StartUtc, nowUtc, teamZone);
        var subject = names.MayName(interview) ? $"the phone screen with {interview.Candidate.Name} ({interview.Role})" : $"a phone screen for the {interview.Role} role";
        var late = workingDaysLate <= 0 ? "" : workingDaysLate == 1 ? " – 1 working day past the deadline" : $" – {workingDaysLate} working days past the deadline";
        return new NudgeView("Feedback overdue", $"{recruiterName} still owes feedback for {subject} held {held}{late}.", null, []);
    }

    internal static NudgeView Personal(NudgeContext context, string title, string body, string? draft, ActionButton open, string? status,
        bool snooze = true, string doneLabel = "Done")
        => Personal(context, title, body, draft, [open], status, snooze, doneLabel);

    /// <param name="hearBy">The "you'll hear by" date offered in a date field that Done records; none when null.</param>
    private static NudgeView Personal(NudgeContext context, string title, string body, string? draft, IReadOnlyList<ActionButton> actions, string? status,
        bool snooze = true, string doneLabel = "Done", DateOnly? hearBy = null, bool stop = true)
    {
        var id = context.Nudge.Id.ToString();
        if (status is not null) return new NudgeView(title, body, draft, actions, Status: status);
        var buttons = new List<ActionButton>(actions)
        {
            ActionButton.For(doneLabel, NudgeVerbs.Done, true, (NudgeVerbs.KeyNudge, id)),
        };
        var fields = new List<FieldView>();
        if (hearBy is { } date)
            fields.Add(new FieldView(NudgeVerbs.HearBy, "You'll hear by", FieldInputKind.Date, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        if (snooze)
        {
            buttons.Add(ActionButton.For("Snooze", NudgeVerbs.Snooze, false, (NudgeVerbs.KeyNudge, id)));
            fields.Add(new FieldView(NudgeVerbs.SnoozeFor, "Snooze", FieldInputKind.Choice, NudgeVerbs.NextMorning, Choices: SnoozeChoices));
            fields.Add(new FieldView(NudgeVerbs.SnoozeReason, "Why (optional)", Placeholder: "e.g. waiting on the hiring manager", MaxLength: Nudge.MaxReasonLength));
        }
        if (stop) buttons.Add(ActionButton.For("Stop these reminders", NudgeVerbs.Stop, false, (NudgeVerbs.KeyNudge, id)));
        return new NudgeView(title, body, draft, buttons, Fields: fields.Count == 0 ? null : fields);
    }

    /// <summary>
    /// The date a holding message written now offers (<see cref="HoldingDate"/>): the promised date while
    /// it is ahead of the card's day, else the day of the next reminder, in the recruiter's working days.
    /// </summary>
    public static DateOnly HearBy(NudgeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (_, workspace, interview, person, _, _, _, _) = context;
        var calendar = new WorkingCalendar(WorkingTime.Of(person!) with { AddedHolidays = workspace.HolidaysOf(person!.HolidayCountry) });
        return HoldingDate.For(calendar, calendar.LocalDate(context.SpeaksAt), interview!.FeedbackDueDate, workspace.NudgeSettings.With(person.NudgeOverrides));
    }

    /// <summary>The holding message, promising news by <see cref="HearBy"/> whatever date the recruiter typed on the step before.</summary>
    private static string? HoldingDraft(NudgeContext context) =>
        DraftOf(context, "keep-in-the-loop", ("expected", "by " + LoopWords.Date(HearBy(context))));

    private static string PromisedBody(NudgeContext context)
    {
        var who = context.Interview!.CounterpartName(context.Recipient!.Id);
        return $"The decision on {who} is still pending. Tell them a new date – here is a holding message with one – and record it with Update sent. Or record the decision.";
    }

    /// <summary>
    /// The buttons a nudge card offers for where the follow-up of a past call stands – held or a
    /// no-show, then feedback sent or closed – for the App Home's open follow-ups; none once it is over.
    /// </summary>
    public static IReadOnlyList<ActionButton> FollowUpButtons(Interview interview)
    {
        ArgumentNullException.ThrowIfNull(interview);
        return interview.Status switch
        {
            InterviewStatus.Scheduled => CallDoneButtons(interview),
            InterviewStatus.Held or InterviewStatus.DecisionPending => DecisionButtons(interview),
            _ => [],
        };
    }

    private static IReadOnlyList<ActionButton> DecisionButtons(Interview interview)
    {
        var id = interview.Id.ToString();
        return
        [
            ActionButton.For("Feedback sent", Verbs.SetStatus, false, (Verbs.KeyInterview, id), (Verbs.KeyStatus, nameof(InterviewStatus.FeedbackSent))),
            ActionButton.For("Close it", Verbs.SetStatus, false, (Verbs.KeyInterview, id), (Verbs.KeyStatus, nameof(InterviewStatus.Closed))),
            Open(interview, "after", "Open the after-call steps"),
        ];
    }

    private static string CallStartingBody(NudgeContext context, string when)
    {
        var (_, _, interview, person, _, _, _, _) = context;
        var questions = interview!.QuestionsBy(person!.Id).Count();
        var plan = questions == 0 ? "" : $" You have {questions} question{(questions == 1 ? "" : "s")} ready on the call card.";
        when = char.ToUpperInvariant(when[0]) + when[1..];
        return interview.SideOf(person.Id) == Audience.Candidate
            ? $"{when}. Close chat and e-mail and mute notifications now – a distracted pause is easy to hear.{plan}"
            : $"{when}. Your plan, the role brief and a notes box are on the call card.{plan}";
    }

    private static string FeedbackBody(NudgeContext context, bool overdue)
    {
        var (_, _, interview, person, _, _, _, _) = context;
        var today = DayWords.DateIn(context.SpeaksAt, person!.TimeZoneId);
        var held = DayWords.On(DayWords.DateIn(interview!.StartUtc, person.TimeZoneId), today);
        var promised = interview.FeedbackDueDate is { } due ? $" You promised it for {DayWords.Day(due, today)}." : "";
        return overdue
            ? $"The call was {held} and the candidate is still waiting.{promised} A short honest reply beats silence – here is a draft."
            : $"The call was {held}.{promised} Say what was good, what to improve and what happens next – here is a draft to start from.";
    }

    /// <summary>The prep steps the checklist shows open, by the checklist's own rule (<see cref="StepProgress"/>).</summary>
    private static string OpenSteps(NudgeContext context)
    {
        var (_, _, interview, person, playbook, _, brief, _) = context;
        var open = playbook is null ? [] : StepProgress.Open(interview!, person!, playbook.Phases[0], brief).Select(s => s.Title).ToList();
        return open.Count == 0 ? "nothing – you are ready" : string.Join("; ", open);
    }

    /// <param name="given">Answers the card gives in place of the step's own (the date a holding message offers).</param>
    private static string? DraftOf(NudgeContext context, string stepId, params (string Field, string Value)[] given)
    {
        var (_, _, interview, person, playbook, _, _, _) = context;
        var step = playbook?.FindStep(stepId);
        if (step is null) return null;
        var answers = DraftSources.Answers(step, StepAnswers.Read(step, interview!.FindEntry(person!.Id, stepId)?.Value), interview, person!);
        if (given.Length > 0)
        {
            // A draft edited on the step would keep the date it was written with: the card writes a fresh one.
            var merged = answers.Where(a => !a.Key.StartsWith(StepAnswers.DraftKey, StringComparison.Ordinal)).ToDictionary();
            foreach (var (field, value) in given) merged[field] = value;
            answers = merged;
        }
        var drafts = DraftWriter.Write(step, ChecklistCardBuilder.Placeholders(interview, person), answers, interview.CounterpartName(person.Id));
        return drafts.Count == 0 ? null : drafts[0].Text;
    }

    internal static ActionButton Open(Interview interview, string phase, string label) =>
        ActionButton.For(label, Verbs.ShowPhase, false, (Verbs.KeyInterview, interview.Id.ToString()), (Verbs.KeyPhase, phase));

    private static IReadOnlyList<ActionButton> CallDoneButtons(Interview interview)
    {
        var id = interview.Id.ToString();
        return
        [
            ActionButton.For("Call held", Verbs.SetStatus, false, (Verbs.KeyInterview, id), (Verbs.KeyStatus, nameof(InterviewStatus.Held))),
            ActionButton.For("No-show", Verbs.SetStatus, false, (Verbs.KeyInterview, id), (Verbs.KeyStatus, nameof(InterviewStatus.NoShow))),
        ];
    }

    private static IReadOnlyList<ActionButton> Reflect(Interview interview) =>
        [ActionButton.For("Reflect now", Verbs.AnswerInChat, false, (Verbs.KeyInterview, interview.Id.ToString()), (Verbs.KeyStep, "post-mortem"))];
}
