using System.Globalization;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Nudges;

namespace InterviewBot.Core.FollowUp;

/// <summary>
/// What the hiring manager and the recruiter see about a decision. The hiring manager's card holds
/// what they need to decide on this one call – the role, when it was, the recruiter's notes – and
/// nothing of the candidate's own material. Their reason is shown to the recruiter only, never in a
/// draft meant for the candidate.
/// </summary>
public static class DecisionCards
{
    /// <summary>The decision card a hiring manager gets (the ask, and each reminder), with its answers.</summary>
    public static NudgeView Ask(NudgeContext context, string? status)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Ask(context.Interview!, context.Recipient!, context.Nudge.Kind == NudgeKind.DecisionReminder, context.Nudge.Id, context.SpeaksAt, status);
    }

    /// <param name="reminder">A reminder rather than the first ask.</param>
    /// <param name="cardId">The nudge whose card this is.</param>
    public static NudgeView Ask(Interview interview, Person manager, bool reminder, Guid cardId, DateTime speaksAtUtc, string? status)
    {
        ArgumentNullException.ThrowIfNull(interview);
        ArgumentNullException.ThrowIfNull(manager);
        var recruiter = interview.Recruiter.Name;
        var candidate = interview.Candidate.Name;
        var held = DayWords.On(interview.StartUtc, speaksAtUtc, manager.TimeZoneId);
        var body = reminder
            ? $"{recruiter} is still waiting for your decision on {candidate} ({interview.Role}), whose phone screen was {held}. The candidate is waiting too."
            : $"{recruiter} held the phone screen with {candidate} ({interview.Role}) {held} and asks for your decision.";
        var facts = new List<Fact> { new("Role", interview.Role), new("Recruiter", recruiter) };
        if (interview.FeedbackDueDate is { } due) facts.Add(new Fact("Candidate hears by", due.ToString("ddd d MMM", CultureInfo.InvariantCulture)));
        var notes = interview.Recruiter.PersonId is { } r ? interview.NotesBy(r).Select(n => n.Text).ToList() : [];
        IReadOnlyList<Section> sections = notes.Count == 0 ? [] : [new Section($"{recruiter}'s call notes", notes)];
        var title = $"Your decision on {candidate}";
        if (status is not null) return new NudgeView(title, body, null, [], facts, status, sections);

        var id = interview.Id.ToString();
        var card = cardId.ToString();
        ActionButton Answer(string label, HiringAnswer answer, bool primary = false) =>
            ActionButton.For(label, DecisionVerbs.Answer, primary, (Verbs.KeyInterview, id), (NudgeVerbs.KeyNudge, card), (DecisionVerbs.KeyAnswer, answer.ToString()));
        return new NudgeView(title, body, null,
            [Answer("Next round", HiringAnswer.NextRound, primary: true), Answer("Not a fit", HiringAnswer.NotAFit), Answer("I need until the date below", HiringAnswer.NeedsTime)],
            facts, null, sections,
            [
                new FieldView(DecisionVerbs.Reason, $"Reason (only {interview.Recruiter.Name} sees it)", FieldInputKind.MultilineText,
                    Placeholder: "e.g. strong on payments, light on system design", MaxLength: Interview.MaxManagerNoteLength),
                new FieldView(DecisionVerbs.Until, "I need until", FieldInputKind.Date),
            ]);
    }

    /// <summary>What the hiring manager's tapped card says once they answered.</summary>
    public static string Answered(Interview interview, HiringAnswer answer) => answer switch
    {
        HiringAnswer.NextRound => $"You answered: next round ✓ – I told {interview.Recruiter.Name}.",
        HiringAnswer.NotAFit => $"You answered: not a fit ✓ – I told {interview.Recruiter.Name}.",
        _ => $"You need until {interview.FeedbackDueDate?.ToString("ddd d MMM", CultureInfo.InvariantCulture)} ✓ – I told {interview.Recruiter.Name}.",
    };

    /// <summary>The recruiter's notice of the answer: what it means for the candidate, and the reason for them only.</summary>
    public static NudgeView Notice(Interview interview)
    {
        var manager = interview.HiringManager?.FirstName ?? "The hiring manager";
        var candidate = interview.Candidate.Name;
        var due = interview.FeedbackDueDate?.ToString("ddd d MMM", CultureInfo.InvariantCulture);
        var (title, body) = interview.ManagerAnswer switch
        {
            HiringAnswer.NextRound => ($"{manager}: next round for {candidate}",
                $"Tell {candidate} the good news{(due is null ? " soon" : $" by {due}, the date you promised")} – the feedback reminders run until you mark it sent."),
            HiringAnswer.NotAFit => ($"{manager}: {candidate} is not a fit",
                $"Let {candidate} know{(due is null ? " soon" : $" by {due}, the date you promised")}, kindly and in your own words – the feedback reminders run until you mark it sent."),
            _ => ($"{manager} needs until {due}",
                $"The decision on {candidate} stays pending. I set {due} as the date {candidate} hears by; change it under \"Say what happens next\" on the call card if you like."),
        };
        IReadOnlyList<Fact> facts = interview.ManagerNote is { } note ? [new Fact($"{manager}'s reason (for you only)", note)] : [];
        var open = ActionButton.For("Open the after-call steps", Verbs.ShowPhase, false, (Verbs.KeyInterview, interview.Id.ToString()), (Verbs.KeyPhase, "after"));
        return new NudgeView(title, body, null, [open], facts);
    }
}
